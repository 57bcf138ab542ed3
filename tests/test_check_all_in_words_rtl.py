"""One value for every weight and every bias said in Arabic or Greek words (``كل الأوزان $= 3$ وكل الانحيازات
$= 1$``, ``όλα τα βάρη = 3 και όλες οι πολώσεις = 1``), written after the formula on its own line.

The notes are invented for these tests; verdicts worked out by hand: f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]}
with every weight 3 and every bias 1 has gradient (W1, b1, W2, b2) ↦ (3x, 3, 3x + 1, 1): at x_1 = 1 (3, 3, 4, 1),
at x_2 = 2 (6, 3, 7, 1); K_11 = 9 + 9 + 16 + 1 = 35, K_12 = 18 + 9 + 28 + 1 = 56 (55 is wrong), K_22 = 95.
"""

import pytest
from check_helpers import notes_verdicts

from symntk.check.named_values import _all_of_a_kind

FORMULA = "المعطى: $f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]}$ ، "
WORK = ("\n"
        "$x_1 = 1$ ، $x_2 = 2$\n"                # 3
        "\n"
        "$K_{11} = 35$\n"                        # 5
        "\n"
        "$K_{12} = 55$\n"                        # 7
        "\n"
        "$K_{22} = 95$\n")                       # 9


@pytest.mark.parametrize("words", ["كل الأوزان $= 3$ وكل الانحيازات $= 1$", "جميع الأوزان = 3 ، جميع الانحيازات = 1",
                                   "όλα τα βάρη $= 3$ και όλες οι πολώσεις $= 1$"])
def test_one_value_for_every_weight_and_bias_in_arabic_and_greek(words):
    out, first = notes_verdicts(FORMULA + words + "\n" + WORK)
    assert out[1] == ["correct"] and out[5] == ["correct"] and out[7] == ["wrong"] and first == 7


def test_the_kind_of_each_word():
    values = _all_of_a_kind("كل الأوزان $= -2$ وكل الانحيازات $= 0.5$")
    assert str(values["W"][0].value) == "-2" and str(values["b"][0].value) == "1/2"
