"""A count of parameters in words inside math, after a comma or LaTeX spaces (``θ = (…),\\ 4\\ \\text{Parameter}``,
``P = 7\\;\\text{parameters}``): a claim P = n of its own, the θ before it read on its own.

Notes invented for these tests: f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]} with two hidden units has
2 + 2 + 2 + 1 = 7 parameters (counted by hand).
"""

import pytest
from check_helpers import notes_verdicts

PROBLEM = ("$f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]}$ with $W^{[1]} = (1, 2)^T$, $b^{[1]} = (0, 1)^T$, "
           "$W^{[2]} = (1, 1)$, $b^{[2]} = 0$, $x_1 = 1$, $x_2 = 2$.\n\n")   # line 1
THETA = "\\theta = (W^{[1]}_1, W^{[1]}_2, b^{[1]}_1, b^{[1]}_2, W^{[2]}_1, W^{[2]}_2, b^{[2]})"


@pytest.mark.parametrize("count, verdict", [
    (",\\ 7\\ \\text{Parameter}", "correct"),
    (",\\ 7\\ \\text{parameters}", "correct"),
    (", \\; 7~\\text{stikar}", "correct"),
    (",\\ 8\\ \\text{Parameter}", "wrong"),
])
def test_theta_then_the_count(count, verdict):
    lines, _ = notes_verdicts(PROBLEM + "$$" + THETA + count + "$$\n")
    assert lines[3] == ["correct", verdict]


def test_a_count_after_latex_spaces():
    lines, _ = notes_verdicts(PROBLEM + "$$P = 7\\ \\text{parameters}$$\n")
    assert lines[3] == ["correct"]
