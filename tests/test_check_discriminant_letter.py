"""A letter D named the discriminant by the word before it is Δ, and the general eigenvalue formula in bare tr and
det is context.

The notes are invented for these tests; verdicts worked out by hand: f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]}
with W^{[1]} = (1, 2)^T, b^{[1]} = (0, 1)^T, W^{[2]} = (1, 1), b^{[2]} = 0, x_1 = 1, x_2 = 2 gives
K = [[15, 24], [24, 40]]: tr K = 55, det K = 600 − 576 = 24, Δ = 55² − 4·24 = 3025 − 96 = 2929.
"""

import pytest

from symntk.check import check_text
from symntk.check.discriminant_letter import discriminant_letter

PROBLEM = ("$f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]}$ with $W^{[1]} = (1, 2)^T$, $b^{[1]} = (0, 1)^T$, "
           "$W^{[2]} = (1, 1)$, $b^{[2]} = 0$, $x_1 = 1$, $x_2 = 2$.\n\n")   # line 1


def _by_line(notes: str) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for j in check_text(notes, "notes.md").judgements:
        out.setdefault(j.line, []).append("carried" if j.carried else j.verdict)
    return out


@pytest.mark.parametrize("word", ["판별식", "the discriminant", "Diskriminante:", "дискриминант", "discriminant is"])
def test_the_discriminants_letter_is_delta(word):
    right = _by_line(PROBLEM + f"{word} $D = 55^2 - 4 \\cdot 24 = 2929$\n")[3]
    wrong = _by_line(PROBLEM + f"{word} $D = 50^2 - 4 \\cdot 24 = 2404$\n")[3]   # sound arithmetic, not Δ
    assert set(right) == {"correct"} and "wrong" in wrong


def test_the_letter_after_it_on_the_line():
    assert discriminant_letter(r"판별식 $D = 24.1$, $\sqrt{D} \approx 4.9$ and $D_1$") == \
        r"판별식 $\Delta = 24.1$, $\sqrt{\Delta } \approx 4.9$ and $\Delta _1$"
    assert discriminant_letter("where $D = 3$") == "where $D = 3$"   # no word for the discriminant before it


@pytest.mark.parametrize("formula", [
    r"\lambda = \frac{\operatorname{tr} \pm \sqrt{\operatorname{tr}^2 - 4\det}}{2}",
    r"\lambda_{1,2} = \frac{\text{tr} \mp \sqrt{\text{tr}^2 - 4\text{det}}}{2}",
    r"\lambda = (\operatorname{tr} \pm \sqrt{\operatorname{tr}^2 - 4\det})/2",
    r"\lambda = \frac{\operatorname{tr} K \pm \sqrt{(\operatorname{tr} K)^2 - 4\det K}}{2}",
])
def test_the_general_eigenvalue_formula_is_context(formula):
    assert 3 not in _by_line(PROBLEM + f"${formula}$\n")
