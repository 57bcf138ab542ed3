"""An eigenvalue given to a whole number after ≈ (``λ_1 ≈ 27``) is the eigenvalue rounded or truncated to no decimals.

The notes are invented; their exercise is the lecture's (K = [[8, 12], [12, 19]]). The reference eigenvalues
come from numpy here (26.70…, 0.2996…), not from symntk.
"""

import numpy as np
import pytest

from symntk.check import check_text

HEAD = ("Given $W^{[1]} = [1, 1]^T$, $b^{[1]} = [0, 1]^T$, $W^{[2]} = [1, 0]$, $b^{[2]} = 0$, $x_1 = 1$, $x_2 = 2$, "
        "$f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]}$.\n\n"
        "$K = \\begin{bmatrix} 8 & 12 \\\\ 12 & 19\\end{bmatrix}$\n\n")
SMALL, LARGE = sorted(np.linalg.eigvalsh(np.array([[8.0, 12.0], [12.0, 19.0]])))


def test_the_reference_eigenvalues():
    assert round(LARGE) == 27 and int(LARGE) == 26 and round(SMALL) == 0


def _verdicts(line: str) -> list[str]:
    report = check_text(HEAD + line + "\n", "notes.md")
    return [j.verdict for j in report.judgements if j.line == 5]


@pytest.mark.parametrize(("line", "expected"), [
    (f"$\\lambda_1 \\approx {round(LARGE)}$, $\\lambda_2 \\approx {round(SMALL)}$", ["correct", "correct"]),
    (f"$\\lambda_{{\\max}} \\approx {int(LARGE)}$", ["correct"]),                   # truncated
    (f"$\\lambda_1 ≈ {round(LARGE)}$", ["correct"]),                                # the unicode sign
    (f"$\\lambda_1 \\approx {round(LARGE) + 1}$", ["wrong"]),                       # neither rounded nor cut
    (f"$\\lambda_1 = {round(LARGE)}$", ["wrong"]),                                  # no ≈: an exact claim
])
def test_a_whole_number_after_approx(line, expected):
    assert _verdicts(line) == expected
