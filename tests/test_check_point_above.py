"""A datapoint named on a line just above a layer formula (``**At $x_2 = 4$:** $z = (8, -1)$`` then
``$⇒ relu′(z) = (1, 0)$``) holds for it: the formula is judged at that datapoint, not at any datapoint."""

from tests.check_helpers import NETWORK_HEAD, problem, verdicts

# W^{[1]} = (2, −1)ᵀ, b^{[1]} = (0, 3)ᵀ, W^{[2]} = (1, 3), b^{[2]} = 0, relu, x = (1, 4): z(x) = (2x, 3 − x), so
# z(x_1) = (2, 2) (relu′ = (1, 1)) and z(x_2) = (8, −1) (relu′ = (1, 0)).
RELU = problem([1, 2, 1], "relu", [1, 4], W1=[[2], [-1]], b1=[0, 3], W2=[[1, 3]], b2=0)
X1 = "**At $x_1 = 1$:** $z = (2, 2)$\n\n$\\Rightarrow \\mathrm{relu}'(z) = (1, 1)$\n\n"   # lines 3 and 5


def test_the_slope_at_the_datapoint_above_is_right(tmp_path):
    """relu′(z) = (1, 0) two lines below "At x_2 = 4" (line 9): z_2 = −1 < 0, correct; (1, 1) at x_1 correct."""
    notes = NETWORK_HEAD + X1 + "**At $x_2 = 4$:** $z = (8, -1)$\n\n$\\Rightarrow \\mathrm{relu}'(z) = (1, 0)$\n"
    lines, first = verdicts(tmp_path, RELU, notes)
    assert lines[5] == ["correct"] and lines[9] == ["correct"] and first == 0


def test_the_slope_of_another_datapoint_is_wrong(tmp_path):
    """relu′(z) = (1, 1) under "At x_2 = 4" (line 9): true at x_1 only; at x_2 z_2 = −1, so wrong, first mistake."""
    notes = NETWORK_HEAD + X1 + "**At $x_2 = 4$:** $z = (8, -1)$\n\n$\\Rightarrow \\mathrm{relu}'(z) = (1, 1)$\n"
    lines, first = verdicts(tmp_path, RELU, notes)
    assert lines[9] == ["wrong"] and first == 9
