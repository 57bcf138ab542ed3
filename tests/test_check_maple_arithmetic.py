"""A pasted Maple session's arithmetic in numbers (``evalf(sqrt(697), 4);``, ``(27 + 26.40)/2;``): the expression
is claimed equal to the value Maple printed below it. Worked by hand: √697 = 26.4007…, (27 + 26.40)/2 = 26.7,
(27 − 26.40)/2 = 0.3; 26.8 is wrong.
"""

from check_helpers import IDENTITY_1_2_1, verdicts

SESSION = ("> K := Matrix([[8, 12], [12, 19]]);\n                K := [[8, 12], [12, 19]]\n"
           "> evalf(sqrt(697), 4);\n                26.40\n"
           "> (27 + 26.40)/2;  (27 - 26.40)/2;\n                26.70000000\n                0.3000000000\n")


def test_arithmetic_and_its_printed_values(tmp_path):
    """The rounded root (line 4) and both halves (lines 6 and 7) are correct."""
    lines, first = verdicts(tmp_path, IDENTITY_1_2_1, SESSION)
    assert lines[4] == ["correct"]
    assert lines[6] == ["correct"]
    assert lines[7] == ["correct"]
    assert first == 0


def test_a_wrong_printed_value_is_wrong(tmp_path):
    """``(27 + 26.40)/2`` printed as 26.8 (line 9): wrong."""
    lines, first = verdicts(tmp_path, IDENTITY_1_2_1, SESSION + "> (27 + 26.40)/2;\n                26.80000000\n")
    assert lines[9] == ["wrong"]
    assert first == 9
