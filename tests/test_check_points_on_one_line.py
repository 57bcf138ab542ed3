"""Several datapoints named on one line, each before its own values (``At x_1: z_1 = 1, … At x_2: z_1 = 2, …``):
the values after each label are at that datapoint; two datapoints with nothing claimed between them list the data.

Notes invented for these tests: f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]}, W^{[1]} = (1, 2)^T,
b^{[1]} = (0, 1)^T, W^{[2]} = (1, 1), b^{[2]} = 0, x_1 = 1, x_2 = 2. By hand: z = W^{[1]} x + b^{[1]} is (1, 3)
at x_1 and (2, 5) at x_2.
"""

import pytest
from check_helpers import notes_verdicts

PROBLEM = ("$f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]}$ with $W^{[1]} = (1, 2)^T$, $b^{[1]} = (0, 1)^T$, "
           "$W^{[2]} = (1, 1)$, $b^{[2]} = 0$, $x_1 = 1$, $x_2 = 2$.\n\n")   # line 1


@pytest.mark.parametrize("at", ["At", "Í", "Bei"])
def test_values_after_each_label_are_at_that_datapoint(at):
    lines, first = notes_verdicts(PROBLEM + f"{at} $x_1$: $z_1 = 1$, $z_2 = 3$. {at} $x_2$: $z_1 = 2$, $z_2 = 5$.\n")
    assert lines[3] == ["correct"] * 4 and first == 0


def test_a_value_of_the_first_datapoint_after_the_second_label_is_wrong():
    lines, first = notes_verdicts(PROBLEM + "At $x_1$: $z_1 = 1$, $z_2 = 3$. At $x_2$: $z_1 = 2$, $z_2 = 3$.\n")
    assert lines[3] == ["correct"] * 3 + ["wrong"] and first == 3
