"""A formula in x said to be a number on a line that names one datapoint (``and $x_2 = 2$ (so $3x = 6$)``) is that
formula at that datapoint, not at whichever datapoint makes it hold.

Invented notes (THETA_HEAD): x_1 = 1, x_2 = 2. By hand at x_2: 2x + 1 = 5 and 3x = 6; 3x = 3 holds only at x_1,
so said at x_2 it is a slip.
"""

from check_helpers import THETA_HEAD, notes_verdicts


def test_formula_right_at_the_named_point():
    by_line, first = notes_verdicts(THETA_HEAD + "and $x_2 = 2$ (so $2x+1 = 5$, $3x = 6$):\n")
    assert by_line[5] == ["correct", "correct"] and first == 0


def test_formula_right_only_at_another_point_is_wrong():
    by_line, first = notes_verdicts(THETA_HEAD + "and $x_2 = 2$ (so $2x+1 = 5$, $3x = 3$):\n")
    assert by_line[5] == ["correct", "wrong"] and first == 5
