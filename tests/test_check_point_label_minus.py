"""A datapoint's label at the start of a line with a negative value typed with the unicode minus (``**Í x₂ = −1:**``,
``At x_2 = −3:``) puts the claims after it at that datapoint, as ``x_2 = -1`` does.

Invented notes; hand-worked values: f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]} with W^{[1]} = 2, b^{[1]} = 1,
W^{[2]} = 1, b^{[2]} = 0 at x_1 = 1, x_2 = −1: h = 2x + 1 is 3 at x_1 and −1 at x_2.
"""

import pytest
from check_helpers import notes_verdicts

from symntk.check.points import prose_points

HEAD = ("$f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$, $W^{[1]} = 2$, $b^{[1]} = 1$, $W^{[2]} = 1$, "
        "$b^{[2]} = 0$, $x_1 = 1$, $x_2 = -1$.\n\n")


@pytest.mark.parametrize("line, point", [("**Í x₂ = −1:** h = 1", 2), ("At x_2 = −1: h = 1", 2),
                                         ("- x_1 = 1: h = 3", 1), ("x₂ = −1 + 2: h", None)])
def test_prose_point_labels_with_a_unicode_minus(line, point):
    assert prose_points(line).get(1) == point


def test_a_value_at_the_first_datapoint_under_the_second_label_is_wrong():
    notes = HEAD + "**Í x₂ = −1:** h = 2·(−1) + 1 = 3\n"   # 3 is h at x_1; at x_2 the sum is −1
    out, first = notes_verdicts(notes)
    assert "wrong" in out[3] and first == 3
