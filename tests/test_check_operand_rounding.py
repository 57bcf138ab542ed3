"""Arithmetic on rounded decimals (operand_rounding): the result may come from the operands' unrounded values.

Notes invented for these tests; ranges worked out by hand. 2 · 0.419974: the operand is in [0.4199735, 0.4199745],
the product in [0.839947, 0.839949], so 0.839949 (and 0.839948, 0.839947) can be right and 0.839950 cannot.
0.7616² with 0.7616 in [0.76155, 0.76165]: [0.579958…, 0.580111…], so 0.5801 can be right and 0.5803 cannot.
1.5 stands for [1.45, 1.55] and 0.25 for [0.245, 0.255], so 1.5 + 0.25 is in [1.695, 1.805]: 1.76 can be right,
1.90 cannot. Whole numbers are exact: 2 · 3 = 7 is wrong.
"""

import pytest
from check_helpers import notes_verdicts

PROBLEM = ("$f(x) = W^{[2]}\\tanh(W^{[1]} x + b^{[1]}) + b^{[2]}$ with $W^{[1]} = 1$, $b^{[1]} = 0$, "
           "$W^{[2]} = 2$, $b^{[2]} = 0$, $x_1 = 0$, $x_2 = 1$.\n\n")   # line 1


@pytest.mark.parametrize("line, verdict", [
    ("(mit mehr Stellen gerechnet: $2\\cdot 0{,}419974 = 0{,}839949$)", "correct"),
    ("(with more digits: $2 \\cdot 0.419974 = 0.839948$)", "correct"),
    ("(with more digits: $2 \\cdot 0.419974 = 0.839950$)", "wrong"),
    ("$0{,}7616^2 = 0{,}5801$", "correct"),
    ("$0{,}7616^2 = 0{,}5803$", "wrong"),
    ("$1.5 + 0.25 = 1.76$", "correct"),
    ("$1.5 + 0.25 = 1.90$", "wrong"),
])
def test_a_result_within_the_operands_rounding(line, verdict):
    lines, _ = notes_verdicts(PROBLEM + line + "\n")
    assert lines[3] == [verdict]


def test_whole_numbers_stay_exact():
    lines, _ = notes_verdicts(PROBLEM + "$2 \\cdot 3 = 7$\n")
    assert lines[3] == ["wrong"]
