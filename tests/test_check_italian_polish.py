"""Notes written the way Italian, Polish (and Spanish, French, Portuguese) students write them in LaTeX-in-Markdown:
derivative tables with headers in their words, a count of parameters in ``\\text{}`` inside the math, weights
``w_{ij}^{(l)}`` summed over the input's entries, the exact eigenvalues of a wrong Δ rounded later, a Jacobian that
forgets a column, and Δ of a singular 3 × 3 kernel.

Hand-worked network (identity, scalars): W1 = 2, b1 = 1, W2 = 1, b2 = 0, so f = 2x + 1 and
∂f/∂θ = (x, 1, 2x + 1, 1). At x = 0, 1: K = [[3, 5], [5, 12]], det(K − λI) = λ² − 15λ + 11, Δ = 225 − 44 = 181.
At x = 0, 1, 2: J = [[0, 1, 1, 1], [1, 1, 3, 1], [2, 1, 5, 1]], K = [[3, 5, 7], [5, 12, 19], [7, 19, 31]],
det(K − λI) = −λ(λ² − 46λ + 66), so the quadratic left has Δ = 2116 − 264 = 1852. Without the last column of J
(b2 forgotten): K = [[2, 4, 6], [4, 11, 18], [6, 18, 30]], −λ(λ² − 43λ + 36), Δ = 1849 − 144 = 1705.
"""

import pytest

from symntk.check import check_text

SCALAR = (r"Dati: $f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$, $W^{[1]} = 2$, $b^{[1]} = 1$, $W^{[2]} = 1$, "
          r"$b^{[2]} = 0$, $x_1 = 0$, $x_2 = 1$.")
THREE = SCALAR.replace("$x_2 = 1$.", "$x_2 = 1$, $x_3 = 2$.")
RANK = {"correct": 0, "carried": 1, "wrong": 2}


def _lines(head: str, *lines: str) -> dict[int, str]:
    """Each line after ``head`` (numbered from 1) → its worst verdict (carried when a wrong claim is carried)."""
    report = check_text(head + "\n\n" + "\n\n".join(lines))
    out: dict[int, str] = {}
    for j in report.judgements:
        if j.line <= 2 or j.verdict == "unreadable":
            continue
        verdict = "carried" if j.verdict == "wrong" and j.carried else j.verdict
        line = (j.line - 1) // 2
        if RANK.get(verdict, -1) > RANK.get(out.get(line, ""), -1):
            out[line] = verdict
    return out


def _unreadable_or_wrong(head: str, *lines: str) -> set[int]:
    report = check_text(head + "\n\n" + "\n\n".join(lines))
    return {(j.line - 1) // 2 for j in report.judgements if j.line > 2 and j.verdict in ("unreadable", "wrong")}


@pytest.mark.parametrize(("corner", "formula", "value"), [
    ("parametro", "derivata simbolica", "valore in generale"),
    ("parametr", "pochodna symboliczna", "wartość"),
    ("parámetro", "expresión simbólica", "valor"),
    ("paramètre", "formule générale", "valeur"),
])
def test_a_derivative_table_with_headers_in_the_learners_words(corner, formula, value):
    table = "\n".join([
        f"| {corner} | {formula} | {value} |",
        "|---|---|---|",
        r"| $W^{[1]}$ | $W^{[2]} x$ | $x$ |",
        r"| $b^{[1]}$ | $W^{[2]}$ | $1$ |",
        r"| $W^{[2]}$ | $W^{[1]} x + b^{[1]}$ | $2x$ |",
        r"| $b^{[2]}$ | $1$ | $1$ |",
    ])
    report = check_text(SCALAR + "\n\n" + table)
    rows = {}
    for j in report.judgements:
        if j.line > 2:
            rows.setdefault(j.line - 4, set()).add(j.verdict)
    assert rows == {1: {"correct"}, 2: {"correct"}, 3: {"correct", "wrong"}, 4: {"correct"}}   # 2x: not 2x + 1


@pytest.mark.parametrize(("written", "verdict"), [
    (r"$$\theta = (W^{[1]}, b^{[1]}, W^{[2]}, b^{[2]}) = (2, 1, 1, 0) \Rightarrow 4 \text{ parametri}$$", "correct"),
    (r"$$\theta = (2, 1, 1, 0) \implies 4 \text{ parámetros}$$", "correct"),
    (r"$$\theta = (2, 1, 1, 0), \qquad 4 \text{ parametry.}$$", "correct"),
    (r"$$\theta = (2, 1, 1, 0) \Rightarrow 5 \text{ parametrów}$$", "wrong"),
    (r"$$\theta = (2, 1, 1, 0), \quad 3 \mathrm{parameters}$$", "wrong"),
])
def test_a_count_of_parameters_in_words_inside_the_math(written, verdict):
    assert _lines(SCALAR, written) == {1: verdict}


def test_a_count_in_polish_prose():
    assert _lines(SCALAR, r"$\theta = (W^{[1]}, b^{[1]}, W^{[2]}, b^{[2]})$, razem 4 parametry.") == {1: "correct"}
    assert _lines(SCALAR, r"$\theta = (W^{[1]}, b^{[1]}, W^{[2]}, b^{[2]})$. Razem 6 parametrów.") == {1: "wrong"}


TWO_INPUTS = (r"Dane: $W^{[1]} = \begin{pmatrix} 1 & 2 \\ 0 & 1 \end{pmatrix}$, "
              r"$b^{[1]} = \begin{pmatrix} 0 \\ 1 \end{pmatrix}$, $W^{[2]} = \begin{pmatrix} 1 & -1 \end{pmatrix}$, "
              r"$b^{[2]} = 0$, $x^{(1)} = (1, 0)^T$, $x^{(2)} = (0, 1)^T$.")


def test_weights_with_indices_then_layer_summed_over_the_inputs():
    inner = r"\sum_{j=1}^{2} w_{ij}^{(1)} x_j + b_i^{(1)}"
    assert _lines(TWO_INPUTS,
                  rf"$$f(x) = \sum_{{i=1}}^{{2}} w_{{1i}}^{{(2)}}\Big({inner}\Big) + b^{{(2)}}$$",
                  r"$$f(\mathbf{x}) = \sum_{i} w_{1i}^{(2)}\left(\sum_{j} w_{ij}^{(1)} x_j + b_i^{(1)}\right)"
                  r" + b^{(2)}$$",
                  rf"$$f(x) = \sum_{{i=1}}^{{2}} w_{{1i}}^{{(2)}}\Big({inner.replace('ij', 'ji')}\Big) + b^{{(2)}}$$",
                  r"$z_i = \sum_j w_{ij}^{(1)} x_j + b_i^{(1)}$") == {
        1: "correct", 2: "correct", 3: "wrong", 4: "correct"}


def test_a_sum_over_the_inputs_of_a_one_input_network_is_the_input():
    one = (r"$W^{(1)} = (1, 1)^T$, $b^{(1)} = (0, 1)^T$, $W^{(2)} = (2, -1)$, $b^{(2)} = 0$, "
           r"$x_1 = 1$, $x_2 = 2$.")
    assert _lines(one, r"$z_i = \sum_j W^{(1)}_{ij} x_j + b^{(1)}_i = W^{(1)}_{i1} x + b^{(1)}_i$",
                  r"$z_i = \sum_j W^{(1)}_{ij} x_j$") == {1: "correct", 2: "wrong"}   # z_2 = x + 1, not x


@pytest.mark.parametrize("word", ["somma", "soma", "suma", "somme"])
def test_a_sum_named_in_words_is_no_eigenvalue(word):
    assert not _unreadable_or_wrong(
        SCALAR, r"$K = \begin{pmatrix} 3 & 5 \\ 5 & 12 \end{pmatrix}$",
        r"$\lambda_1 \approx 14{,}23$, $\lambda_2 \approx 0{,}77$",
        f"(controllo: {word} $= 15$ = traccia)")


def test_decimals_of_the_learners_own_exact_eigenvalues_are_carried():
    assert _lines(SCALAR, r"$K = \begin{pmatrix} 3 & 5 \\ 5 & 12 \end{pmatrix}$",
                  r"$$\lambda^2 - 15\lambda + 11 = 0 \Rightarrow \lambda = \frac{15 \pm \sqrt{225 - 22}}{2}"
                  r" = \frac{15 \pm \sqrt{203}}{2}$$",
                  r"$\sqrt{203} \approx 14{,}248 \Rightarrow \lambda_1 \approx 14{,}62$, $\lambda_2 \approx 0{,}38$",
                  r"$\lambda_1 \approx 14{,}70$") == {1: "correct", 2: "wrong", 3: "carried", 4: "wrong"}


def test_a_jacobian_without_a_column_gives_the_kernel_the_learner_goes_on_with():
    assert _lines(THREE, r"$$J = \begin{pmatrix} 0 & 1 & 1 \\ 1 & 1 & 3 \\ 2 & 1 & 5 \end{pmatrix}$$",
                  r"$K_{11} = 0 + 1 + 1 = 2$, $K_{12} = 0 + 1 + 3 = 4$",
                  r"$K_{23} = 2 + 1 + 15 = 18$, $K_{33} = 4 + 1 + 25 = 32$") == {
        1: "wrong", 2: "carried", 3: "wrong"}


@pytest.mark.parametrize(("j", "poly", "delta", "verdict"), [
    (r"0 & 1 & 1 & 1 \\ 1 & 1 & 3 & 1 \\ 2 & 1 & 5 & 1", r"\lambda^2 - 46\lambda + 66", "2116 - 264 = 1852", "correct"),
    (r"0 & 1 & 1 & 1 \\ 1 & 1 & 3 & 1 \\ 2 & 1 & 5 & 1", r"\lambda^2 - 46\lambda + 66", "2116 - 66 = 2050", "wrong"),
    (r"0 & 1 & 1 \\ 1 & 1 & 3 \\ 2 & 1 & 5", r"\lambda^2 - 43\lambda + 36", "1849 - 144 = 1705", "carried"),
])
def test_the_discriminant_of_a_singular_three_by_three_kernel(j, poly, delta, verdict):
    lines = _lines(THREE, rf"$$J = \begin{{pmatrix}} {j} \end{{pmatrix}}$$", rf"$-\lambda({poly}) = 0$",
                   rf"$\Delta = {delta}$")
    assert lines[3] == verdict


@pytest.mark.parametrize("written", [
    r"$$|K - \lambda I| = \lambda^2 - 15\lambda + 11$$",
    r"$$\left| K - \lambda \mathbb{I} \right| = \lambda^2 - 15\lambda + 11$$",
    r"$$\det(K - \lambda \mathrm{I}_2) = \lambda^2 - 15\lambda + 11$$",
    r"$$\operatorname{det}(K - \lambda I_{2}) = \lambda^2 - 15\lambda + 11$$",
    r"$$\det\begin{bmatrix} 3-\lambda & 5 \\ 5 & 12-\lambda \end{bmatrix} = \lambda^2 - 15\lambda + 11$$",
    r"$$\left|\begin{array}{cc} 3-\lambda & 5 \\ 5 & 12-\lambda \end{array}\right| = \lambda^2 - 15\lambda + 11$$",
])
def test_det_of_k_minus_lambda_i_in_the_spellings_of_the_family(written):
    assert _lines(SCALAR, r"$K = \begin{pmatrix} 3 & 5 \\ 5 & 12 \end{pmatrix}$", written) == {
        1: "correct", 2: "correct"}
    assert _lines(SCALAR, r"$K = \begin{pmatrix} 3 & 5 \\ 5 & 12 \end{pmatrix}$",
                  written.replace("+ 11", "+ 36")) == {1: "correct", 2: "wrong"}


@pytest.mark.parametrize(("trace", "det"), [("ślad", "wyznacznik"), ("traço", "determinante"),
                                            ("traza", "déterminant")])
def test_trace_and_determinant_named_in_words(trace, det):
    assert _lines(SCALAR, r"$K = \begin{pmatrix} 3 & 5 \\ 5 & 12 \end{pmatrix}$",
                  f"{det} $= 11$, {trace} $= 15$", f"{det} $= 11$, {trace} $= 16$") == {
        1: "correct", 2: "correct", 3: "wrong"}


HIDDEN_TWO = (r"Dane: $W^{[1]} = \begin{pmatrix} 1 \\ 1 \end{pmatrix}$, "
              r"$b^{[1]} = \begin{pmatrix} 0 \\ 1 \end{pmatrix}$, "
              r"$W^{[2]} = \begin{pmatrix} 1 & 0 \end{pmatrix}$, $b^{[2]} = 0$; $x_1 = 1$, $x_2 = 2$.")


def test_a_listing_of_theta_whose_letters_are_its_blocks_names_the_parameters():
    # f = v_1 (w_1 x + b_1) + v_2 (w_2 x + b_2) + c with w = (1, 1), b = (0, 1), v = (1, 0), c = 0
    assert _lines(HIDDEN_TWO, r"$\theta = (w_1, w_2, b_1, b_2, v_1, v_2, c)$ — tu $w$ to $W^{[1]}$, $v$ to $W^{[2]}$.",
                  r"$\frac{\partial f}{\partial w_2} = v_2 \cdot x$, $\frac{\partial f}{\partial b_2} = v_2$",
                  r"$\frac{\partial f}{\partial v_2} = w_2 \cdot x + b_2$",
                  r"$\frac{\partial f}{\partial v_2} = w_2 \cdot x$") == {
        1: "correct", 2: "correct", 3: "correct", 4: "wrong"}


def test_a_listing_whose_letters_are_not_its_blocks_renames_nothing():
    lines = _lines(HIDDEN_TWO, r"$\theta = (w_1, w_2, v_1, v_2, b_1, b_2, c)$",
                   r"$\frac{\partial f}{\partial v_2} = w_2 \cdot x + b_2$")
    assert "wrong" not in lines.values()


TANH = (r"$f(x) = W^{[2]}\tanh(W^{[1]}x + b^{[1]}) + b^{[2]}$: $W^{[1]} = 1$, $b^{[1]} = 0$, $W^{[2]} = 2$, "
        r"$b^{[2]} = 0$, $x_1 = 0$, $x_2 = 1$.")


@pytest.mark.parametrize(("rule", "verdicts"), [
    (r"$\tanh'(z) = 1 - \tanh^2(z)$", {3: "correct", 4: "wrong"}),
    (r"$\tanh'(z) = 1 - \tanh(z)$", {3: "wrong", 4: "carried"}),
])
def test_a_rule_for_tanh_prime_in_the_letter_of_the_learners_own_unit(rule, verdicts):
    # z = w_1 x + b_1 is the learner's unit; tanh'(z) is still a rule in a free z, and the derivative after it
    # follows from it: ∂f/∂w_1 = w_2 (1 − tanh z) x is carried from the wrong rule, wrong after the right one
    lines = _lines(TANH, r"Notazione: $w_1 = W^{[1]}$, $b_1 = b^{[1]}$, $w_2 = W^{[2]}$, $b_2 = b^{[2]}$.",
                   r"Pongo $z = w_1 x + b_1$, $a = \tanh z$, così $f = w_2 a + b_2$.", rule,
                   r"$\partial_{w_1} f = w_2\,(1 - \tanh z)\,x$")
    assert {k: v for k, v in lines.items() if k >= 3} == verdicts
