"""Eigenvalues written as decimals ± decimals that are a new mistake (far from every true eigenvalue) are the
learner's own: the single values read off them after are carried forward; a rounding of the true values is not.

Invented notes; hand-worked values: f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]} with W^{[1]} = b^{[1]} = W^{[2]} = 1,
b^{[2]} = 0 at x_1 = 1, x_2 = 2 has the gradients (1, 1, 2, 1) and (2, 1, 3, 1), K = [[7, 10], [10, 15]],
λ² − 22λ + 5 = 0, λ = 11 ± √116 ≈ 21.770, 0.230. The slip: 11 ± √(121 + 5) ≈ 11 ± 11.225 → 22.225, −0.225.
"""

from symntk.check import check_text

HEAD = ("$f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$, $W^{[1]} = 1$, $b^{[1]} = 1$, $W^{[2]} = 1$, "
        "$b^{[2]} = 0$, $x_1 = 1$, $x_2 = 2$.\n\n"
        "$K = \\begin{pmatrix}7 & 10\\\\ 10 & 15\\end{pmatrix}$\n\n")   # lines 1, 3


def _lines(notes: str) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for j in check_text(notes, "notes.md").judgements:
        out.setdefault(j.line, []).append("carried" if j.carried else j.verdict)
    return out


def test_values_read_off_a_wrong_decimal_pm_are_carried():
    lines = _lines(HEAD + "$\\lambda \\approx 11.0 \\pm 11.225$\n\n"
                   "$\\lambda_1 \\approx 22.225$, $\\lambda_2 \\approx -0.225$\n")
    assert lines[5] == ["wrong"] and lines[7] == ["carried", "carried"]


def test_values_that_follow_nothing_written_stay_wrong():
    lines = _lines(HEAD + "$\\lambda \\approx 11.0 \\pm 11.225$\n\n$\\lambda_1 \\approx 30.5$\n")
    assert lines[5] == ["wrong"] and lines[7] == ["wrong"]


def test_right_decimals_after_right_decimals_are_correct():
    lines = _lines(HEAD + "$\\lambda \\approx 11.0 \\pm 10.770$\n\n"
                   "$\\lambda_1 \\approx 21.770$, $\\lambda_2 \\approx 0.230$\n")
    assert lines[5] == ["correct"] and lines[7] == ["correct", "correct"]
