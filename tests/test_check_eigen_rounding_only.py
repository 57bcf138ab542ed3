"""An eigenvalue that follows only the learner's right, correctly rounded intermediate values is wrong, not
carried: carried needs an earlier wrong value (judge_spectrum.py).

The notes here are invented for these tests: f(x) = W⁽²⁾(W⁽¹⁾x + b⁽¹⁾) + b⁽²⁾ with every W = 1, every b = 0 at
x₁ = 1, x₂ = 2 has gradients (x, 1, x, 1), so K = [[4, 6], [6, 10]] (by hand and by the reference), tr K = 14,
det K = 4 and λ = 7 ± √45 with √45 = 6.70820…: λ₁ = 13.70820…, λ₂ = 0.29180…. From √45 ≈ 6,708 (right to
three places) the learner's λ₂ ≈ 0,2920 is not the true 0,2918; from √45 ≈ 6,718 (wrong) it is carried.
"""

import math

import pytest
from check_helpers import first_mistake, line_verdicts

from symntk.check import check_text

from reference import exact_jacobian, gram

NOTES = ("$f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$, all weights 1, all biases 0; $x_1 = 1$, $x_2 = 2$.\n"  # 1
         "\n"
         r"$K = \begin{pmatrix}4&6\\6&10\end{pmatrix}$" "\n"            # 3
         "\n"
         r"$\operatorname{tr}K = 14$, $\det K = 4$" "\n"               # 5
         "\n"
         r"$\lambda = 7 \pm \sqrt{45}$, $\sqrt{45} \approx ROOT$" "\n"  # 7
         "\n"
         r"$\lambda_1 \approx ONE$ and $\lambda_2 \approx TWO$." "\n")  # 9


def test_the_invented_kernel_by_the_reference():
    assert gram(exact_jacobian([1, 0, 1, 0], [1, 1, 1], ["identity"], [[1], [2]])) == [[4, 6], [6, 10]]
    assert f"{7 - math.sqrt(45):.4f}" == "0.2918" and f"{7 + math.sqrt(45):.4f}" == "13.7082"


@pytest.mark.parametrize("root, one, two, line7, line9, first", [
    ("6{,}708", "13{,}7082", "0{,}2918", ["correct", "correct"], ["correct", "correct"], 0),
    ("6{,}708", "13{,}7080", "0{,}2920", ["correct", "correct"], ["wrong", "wrong"], 9),
    ("6{,}718", "13{,}7180", "0{,}2820", ["correct", "wrong"], ["carried", "carried"], 7),
])
def test_rounded_right_values_carry_nothing(root, one, two, line7, line9, first):
    notes = NOTES.replace("ROOT", root).replace("ONE", one).replace("TWO", two)
    report = check_text(notes, "notes.md")
    lines = line_verdicts(report)
    assert lines[7] == line7
    assert lines[9] == line9
    assert first_mistake(report) == first
