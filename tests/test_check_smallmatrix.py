"""Problem data typed as inline ``smallmatrix`` (in ``\\left( … \\right)``) is read as the matrix it is."""

from symntk.check import check_text

NOTES = r"""# Aufgabe

Gegeben: $W^{[1]} = \left(\begin{smallmatrix}3\\1\end{smallmatrix}\right)$,
$b^{[1]} = \left(\begin{smallmatrix}0\\2\end{smallmatrix}\right)$,
$W^{[2]} = \left(\begin{smallmatrix}1 & -1\end{smallmatrix}\right)$, $b^{[2]} = 0$; Datenpunkte $x_1 = 1$, $x_2 = 2$.

$K_{11} = 23$

$K_{12} = 36$

$K_{22} = 63$
"""


def test_smallmatrix_data_fix_the_exercise():
    # ∇f(x) = (x, −x, 1, −1, 3x, x + 2, 1): at 1 (1, −1, 1, −1, 3, 3, 1), at 2 (2, −2, 1, −1, 6, 4, 1);
    # K₁₁ = 23, K₁₂ = 2 + 2 + 1 + 1 + 18 + 12 + 1 = 37, K₂₂ = 63 (worked out by hand)
    report = check_text(NOTES, "aufgabe.md")
    assert tuple(report.problem.widths) == (1, 2, 1) and [int(v) for v in report.problem.weights[0]] == [3, 1]
    verdicts = {j.line: j.verdict for j in report.judgements}
    assert verdicts == {7: "correct", 9: "wrong", 11: "correct"}
