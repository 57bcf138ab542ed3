"""Spellings of strong students: f_θ(x), f(x; θ), Θ^{(o)} per output, λ_± of a 3 × 3 kernel, "Sum = …" remarks.

Expected values by hand: the scalar network f = v(w x + b) + c with w = 2, b = 1, v = 1, c = 0 at x = 0, 1, 2
has K = [[3, 5, 7], [5, 12, 19], [7, 19, 31]] (see tests/test_check_facts.py): trace 46, principal 2 × 2
minors 11 + 44 + 11 = 66, det 0, so det(K − λI) = −λ(λ² − 46λ + 66) and λ ∈ {0, 23 ± √463}; √463 ≈ 21.5174,
so 23 + √463 ≈ 44.517 and 23 − √463 ≈ 1.483. With x_1 = 0 the output is f(x_1) = 2·0 + 1 = 1.
"""

from symntk.check import check_text

NOTES_H = r"""Network $f_\theta(x) = W^{(2)}(W^{(1)} x + b^{(1)}) + b^{(2)}$ with
$W^{(1)} = 2$, $b^{(1)} = 1$, $W^{(2)} = 1$, $b^{(2)} = 0$; datapoints $x_1 = 0$, $x_2 = 1$, $x_3 = 2$.

$f_\theta(x_1) = 1$, $\quad f(x_2; \theta) = 3$

$$\Theta = \begin{bmatrix} 3 & 5 & 7 \\ 5 & 12 & 19 \\ 7 & 19 & 31 \end{bmatrix}$$

$\lambda_+ \approx 44.517$, $\lambda_- \approx 1.483$. (Sum $= 46$ ✓.)
"""


def test_strong_students_spellings():
    report = check_text(NOTES_H)
    got = [(j.line, j.kind, j.verdict) for j in report.judgements]
    assert got == [(1, "expansion", "correct"), (4, "output_value", "correct"), (4, "output_value", "correct"),
                   (6, "kernel_matrix", "correct"), (8, "eigenvalues", "correct"), (8, "eigenvalues", "correct"),
                   (8, "trace", "correct")]   # "Sum = 46" after the eigenvalues: their sum, tr K = 46


def test_a_wrong_root_named_by_sign_is_still_wrong():
    report = check_text(NOTES_H.replace("1.483", "1.438"))
    # "Sum = 46" is tr K = 46 (true), whatever the roots written before it
    assert [j.verdict for j in report.judgements if j.line == 8] == ["correct", "wrong", "correct"]


def test_a_command_before_a_bold_letter_keeps_its_end():
    # x = 0, 1 only: K = [[3, 5], [5, 12]], trace 15, det 36 − 25 = 11, det(K − λI) = λ² − 15λ + 11.
    notes = "\n".join(NOTES_H.split("\n")[:2]).replace(r", $x_3 = 2$", "") + "\n\n" + \
        r"$$\det(\mathbf{K}-\lambda\mathbf{I}) = \lambda^2 - 15\lambda + {c}$$" + "\n"
    for c, verdict in (("11", "correct"), ("12", "wrong")):
        report = check_text(notes.replace("{c}", c))
        assert [(j.line, j.verdict) for j in report.judgements if j.line == 4] == [(4, verdict)]


RELU_AT_POINT = "\n".join([
    r"Net $f(x) = W^{(2)}\mathrm{relu}(W^{(1)}x + b^{(1)}) + b^{(2)}$ with $W^{(1)} = [1, -1]^T$,",
    r"$b^{(1)} = [0, 4]^T$, $W^{(2)} = [2, 1]$, $b^{(2)} = 0$; datapoints $x_1 = 2$, $x_2 = 5$.",
    "",
    r"at $x_{k}$: $\mathrm{relu}'(z_1) = \mathrm{relu}'(z_2)$",
])


def test_two_formulas_equated_at_a_named_datapoint_are_judged_there():
    # z = (x, 4 − x): at x_1 = 2, z = (2, 2) and relu′(z_1) = relu′(z_2) = 1; at x_2 = 5, z = (5, −1): 1 ≠ 0.
    for k, verdict in (("1", "correct"), ("2", "wrong")):
        report = check_text(RELU_AT_POINT.replace("{k}", k))
        assert [j.verdict for j in report.judgements if j.line == 4] == [verdict]


TWO_OUTPUTS = "\n".join([
    r"Net $f(x) = W^{(2)}(W^{(1)}x + b^{(1)}) + b^{(2)}$ with $W^{(1)} = 1$, $b^{(1)} = 0$, $W^{(2)} = [1, 2]^T$,",
    r"$b^{(2)} = [0, 0]^T$; datapoints $x_1 = 1$, $x_2 = 2$.",
    "",
    r"$$K^{[1]} = \begin{bmatrix} 4 & 6 \\ 6 & 10 \end{bmatrix}, \qquad "
    r"K^{[2]} = \begin{bmatrix} 10 & 15 \\ 15 & 25 \end{bmatrix}$$",
    "",
    r"$K^{[1]}$: trace $= 14$, determinant $= 4$, so $\lambda^2 - 14\lambda + {c} = 0$",
])


def test_a_kernel_named_before_a_colon_is_the_one_the_line_is_about():
    # h = x; ∇f_1 = (x, 1, x, 0, 1, 0), ∇f_2 = (2x, 2, 0, x, 0, 1): K^{[1]} = 2xx′ + 2 = [[4, 6], [6, 10]]
    # (trace 14, det 40 − 36 = 4), K^{[2]} = 5xx′ + 5 = [[10, 15], [15, 25]] (trace 35, det 25).
    for c, verdict in (("4", "correct"), ("25", "wrong")):
        report = check_text(TWO_OUTPUTS.replace("{c}", c))
        assert [j.verdict for j in report.judgements if j.line == 4] == ["correct", "correct"]
        assert [j.verdict for j in report.judgements if j.line == 6] == ["correct", "correct", verdict]


def test_a_one_letter_at_before_a_datapoint_is_prose_and_both_eigenvalues_by_two_indices(tmp_path):
    # The notes' exercise: ∇f(x_1) = (1, 0, 1, 0, 1, 2, 1), λ_{1,2} = (27 ± √697)/2 (by hand, K = [[8, 12], [12, 19]])
    from pathlib import Path

    from symntk.check import check_text

    problem = Path(__file__).parent.parent / "examples" / "notes.toml"
    notes = ("gradient i x₁ = 1: g₁ = (1, 0, 1, 0, 1, 2, 1)\n\ngradient à x_1 = 1 : (1, 0, 1, 0, 1, 2, 1)\n\n"
             "λ₁,₂ = (27 ± √697)/2\n\nλ₁,₂ = (27 ± √698)/2\n")
    got = [(j.line, j.verdict) for j in check_text(notes, "n.md", problem).judgements]
    assert got == [(1, "correct"), (3, "correct"), (5, "correct"), (7, "wrong")]


def test_math_left_open_in_an_unfinished_line_is_no_claim():
    # The notes' exercise: ∇f(x_1) = (1, 0, 1, 0, 1, 2, 1), ∇f(x_2) = (2, 0, 1, 0, 2, 3, 1), K_11 = 8 (by hand); a
    # gradient cut off after some entries claims those entries (the teachers' marking: symntk.check.cut_vectors),
    # the rest of the math left open (K_12 = (1) claims nothing
    from pathlib import Path

    from symntk.check import check_text

    problem = Path(__file__).parent.parent / "examples" / "notes.toml"
    notes = ("$\\nabla f(x_1) = (1, 0, 1, 0, 1, 2, 1)$\n\n$\\nabla f(x_2) = (2, 0, 1, 0, $\n\n$K_{11} = 8$\n\n"
             "$K_{12} = (1$\n")
    report = check_text(notes, "n.md", problem)
    assert [(j.line, j.verdict) for j in report.judgements] == [(1, "correct")] + [(3, "correct")] * 4 + [
        (5, "correct")]
    assert report.exit_code == 0
