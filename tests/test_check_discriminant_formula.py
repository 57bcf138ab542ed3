"""The discriminant written as its formula on the left of a claim (``tr² − 4 det ≈ 24,0594``) is a claim about Δ,
and a recap of the eigenvalues that repeats a wrong one written before is carried, as that one alone is.

Invented notes: f(x) = W⁽²⁾(W⁽¹⁾x + b⁽¹⁾) + b⁽²⁾ with W⁽¹⁾ = [1, −2]ᵀ, b⁽¹⁾ = [0, 1]ᵀ, W⁽²⁾ = [3, 1], b⁽²⁾ = −1 at
x₁ = 1, x₂ = 2: K = [[23, 36], [36, 64]] (checked by central differences below), tr 87, det 176, Δ = 87² − 4·176 =
6865, λ = (87 ± √6865)/2 ≈ 84,93 and 2,07.
"""

import math

import pytest

from symntk.check import check_text
from symntk.check.discriminant_formula import is_discriminant_formula
from symntk.check.normalise import normalise
from symntk.check.syntax import parse

from reference import central_jacobian, gram


@pytest.mark.parametrize("written, is_it", [
    (r"\operatorname{tr}^2 - 4\det", True),
    (r"(\operatorname{tr} K)^2 - 4\det K", True),
    (r"\operatorname{tr}^2 K - 4 \cdot \det K", True),
    (r"\operatorname{tr}(K)^2 - 4\det(K)", True),
    (r"b^2 - 4ac", True),
    (r"\operatorname{tr}^2 - 2\det", False),
    (r"(\operatorname{tr} K)^3 - 4\det K", False),
    (r"\operatorname{tr}^2 - 4\det - 1", False),
    (r"\operatorname{tr}^2 - 4\det K_1", False),
])
def test_the_formula_in_its_spellings(written, is_it):
    assert is_discriminant_formula(parse(normalise(written)).members[0].node) is is_it


def test_the_invented_network_numerically():
    rows = central_jacobian([1, -2, 0, 1, 3, 1, -1], [1, 2, 1], ["identity"], [[1], [2]])
    assert gram([[round(v) for v in r] for r in rows]) == [[23, 36], [36, 64]]
    assert 87 ** 2 - 4 * (23 * 64 - 36 ** 2) == 6865
    assert f"{(87 + math.sqrt(6865)) / 2:.2f}" == "84.93" and f"{(87 - math.sqrt(6865)) / 2:.2f}" == "2.07"


HEAD = ("Given $W^{[1]} = [1, -2]^T$, $b^{[1]} = [0, 1]^T$, $W^{[2]} = [3, 1]$, $b^{[2]} = -1$, "
        "points $x_1 = 1$, $x_2 = 2$.\n\n"  # 1
        "$$K = \\begin{bmatrix} 23 & 36 \\\\ 36 & 64 \\end{bmatrix}$$\n\n")  # 3


def _by_line(notes: str) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for j in check_text(notes, "notes.md").judgements:
        out.setdefault(j.line, []).append("carried" if j.carried else j.verdict)
    return out


def test_the_discriminant_by_its_formula():
    notes = HEAD + ("$\\operatorname{tr} K = 87$, $\\det K = 176$\n\n"  # 5
                    "$(\\operatorname{tr} K)^2 - 4\\det K = 7569 - 704 = 6865$\n\n"  # 7
                    "$\\operatorname{tr}^2 - 4\\det = 6856$\n")  # 9
    verdicts = _by_line(notes)
    assert verdicts[7] == ["correct", "correct"]
    assert verdicts[9] == ["wrong"]


def test_the_discriminant_formula_inside_a_root_is_no_claim():
    notes = HEAD + "$\\lambda = \\frac{\\operatorname{tr} \\pm \\sqrt{\\operatorname{tr}^2 - 4\\det}}{2}$\n"  # 5
    assert "wrong" not in _by_line(notes).get(5, [])


def test_a_recap_repeating_a_wrong_eigenvalue_is_carried():
    notes = HEAD + ("$\\lambda_1 \\approx 84.93$, $\\lambda_2 \\approx 2.08$\n\n"  # 5
                    "Eigenvalues: $\\lambda \\approx 84.93, 2.08$\n\n"  # 7
                    "Eigenvalues: $\\lambda \\approx 84.93, 2.09$\n")  # 9
    verdicts = _by_line(notes)
    assert verdicts[5] == ["correct", "wrong"]
    assert verdicts[7] == ["carried"]
    assert verdicts[9] == ["wrong"]
