"""Four families of ReLU notes read since judge19: tr K / det K written in K's entries (invariant_entries), a decimal
cut off with an ellipsis (the normaliser's ellipsis row), Heaviside's θ(z) for ReLU′ (indicator_rules), and a gradient
under the learner's own letter left unfinished (cut_vectors).

Invented notes of exercise E, worked by hand: W1 = (1, −1)^T, b1 = (0, 2)^T, W2 = (1, 2), b2 = 0, ReLU, x_1 = 1,
x_2 = 3. At x_1: z = (1, 1), both active, ∇f = (W2_1 x, W2_2 x, W2_1, W2_2, a_1, a_2, 1) = (1, 2, 1, 2, 1, 1, 1). At
x_2: z = (3, −1), unit 2 off: ∇f = (3, 0, 1, 0, 3, 0, 1). K_11 = 1+4+1+4+1+1+1 = 13, K_12 = 3+0+1+0+3+0+1 = 8,
K_22 = 9+0+1+0+9+0+1 = 20; tr K = 33, det K = 260 − 64 = 196; λ = (33 ± √305)/2 with √305 = 17.464249…, so
λ_1 = 25.232124…, λ_2 = 7.767875… (7.767 truncated, 7.768 rounded; 7.78 and 25.24 are neither).
"""

import pytest

from symntk.check import check_text
from symntk.check.normalise import normalise

HEAD = ("$W^{[1]} = [1, -1]^T$, $b^{[1]} = [0, 2]^T$, $W^{[2]} = [1, 2]$, $b^{[2]} = 0$, datapoints $x_1 = 1$, "
        "$x_2 = 3$, $\\phi = \\mathrm{relu}$.\n\n"
        "$\\theta = (W^{[1]}_{1}, W^{[1]}_{2}, b^{[1]}_{1}, b^{[1]}_{2}, W^{[2]}_{1}, W^{[2]}_{2}, b^{[2]})$\n\n"
        "$g_1 = (1, 2, 1, 2, 1, 1, 1)$, $g_2 = (3, 0, 1, 0, 3, 0, 1)$\n\n"
        "$K = \\begin{pmatrix} 13 & 8 \\\\ 8 & 20 \\end{pmatrix}$\n\n")   # lines 1-8; the line judged is 9


def _line8(sentence: str) -> list[str]:
    return ["carried" if j.carried else j.verdict for j in check_text(HEAD + sentence + "\n", "notes.md").judgements
            if j.line == 9]


@pytest.mark.parametrize("sentence, verdicts", [
    ("$\\operatorname{tr}(K) = K_{11}+K_{22}$", ["correct"]),
    ("tr K = K_11 + K_22 = 13 + 20 = 33", ["correct"] * 3),
    ("$\\operatorname{tr}(K) = K_{11}+K_{12} = 13 + 8 = 21$", ["wrong", "carried", "carried"]),
    ("$\\operatorname{tr}(K) = K_{11}+K_{22}+K_{33}$", ["wrong"]),          # K is 2 × 2
    ("$\\det K = K_{11}K_{22} - K_{12}^2 = 260 - 64 = 196$", ["correct"] * 3),
    ("$\\det K = K_{11}K_{22} - K_{12} K_{21}$", ["correct"]),              # K_21 = K_12
    ("$\\det K = K_{11}K_{22} + K_{12}^2$", ["wrong"]),
])
def test_trace_and_determinant_in_the_entries(sentence, verdicts):
    assert _line8(sentence) == verdicts


@pytest.mark.parametrize("sentence, verdict", [
    ("$\\lambda_2 = 7.767\\ldots$", "correct"),
    ("$\\lambda_2 = 7.767…$", "correct"),
    ("$\\lambda_2 \\approx 7.767\\dots$", "correct"),
    ("$\\lambda_1 = 25.232\\ldots$", "correct"),
    ("$\\lambda_1 = 25.24\\ldots$", "wrong"),
    ("$\\lambda_2 = 7.78...$", "wrong"),
    ("$\\det K = 196.00\\ldots$", "correct"),
])
def test_a_decimal_cut_off_with_an_ellipsis(sentence, verdict):
    assert _line8(sentence) == [verdict]


@pytest.mark.parametrize("text, read", [
    (r"\lambda = 26{,}70\ldots", r"\lambda = 26{,}70"),
    (r"x = 0.2996... so", "x = 0.2996 so"),
    (r"(0.1, \ldots, 0.7)", r"(0.1, \dots , 0.7)"),          # dots in a list stay
    (r"(0.5, 0.25 \dots)", r"(0.5, 0.25 \dots )"),           # a list going on stays
    (r"0.5 \dots 0.7", r"0.5 \dots 0.7"),                    # a range stays
])
def test_the_ellipsis_row(text, read):
    assert normalise(text) == read


@pytest.mark.parametrize("text, read", [
    (r"\theta(z_2) = 0", r"\operatorname{relu}'(z_2) = 0"),
    (r"W^{[2]}_i\,\theta(z_i)", r"W^{[2]}_i \operatorname{relu}'(z_i)"),
    (r"\vartheta(z^{[1]}_1)", r"\operatorname{relu}'(z^{[1]}_1)"),
    (r"\theta = (1,2)", r"\theta = (1,2)"),                   # the parameter vector
    (r"\nabla_\theta f(x_1)", r"\nabla_\theta f(x_1)"),
    (r"\theta(x)", r"\theta(x)"),                            # not of a pre-activation
])
def test_theta_of_a_pre_activation_is_the_step(text, read):
    assert normalise(text) == read


@pytest.mark.parametrize("sentence, verdicts", [
    ("$\\partial f/\\partial b^{[1]}_{i} = W^{[2]}_{i}\\,\\theta(z_i)$", ["correct", "correct"]),
    ("At $x_2 = 3$: $\\theta(z_2) = 0$", ["correct"]),
    ("At $x_2 = 3$: $\\theta(z_1) = 0$", ["wrong"]),            # z_1 = 3 > 0
])
def test_theta_step_is_judged(sentence, verdicts):
    assert _line8(sentence) == verdicts


@pytest.mark.parametrize("sentence, verdicts", [
    ("$J_2 = (3, 0, 1, 0,$", ["correct"] * 4),
    ("$g_2 = (3, 0, 1, 1,$", ["correct"] * 3 + ["wrong"]),     # the 4th entry (b1_2, unit 2 off) is 0
    ("$g_1 = (1, 2, 1, 2, 1$", ["correct"] * 5),
])
def test_an_unfinished_own_gradient_is_a_prefix(sentence, verdicts):
    assert _line8(sentence) == verdicts


def test_the_report_says_the_vector_is_unfinished():
    report = check_text(HEAD + "$J_2 = (3, 0, 1, 0,$\n", "notes.md")
    assert any(c.line == 9 and "unfinished vector" in c.reason for c in report.context)
