"""The trace named by an operator with no matrix right before its value (``\\mathrm{Sp} = 55``, German Spur;
``\\operatorname{tr} \\approx 55``): tr K.

Notes invented for these tests: f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]} with W^{[1]} = (1, 2)^T,
b^{[1]} = (0, 1)^T, W^{[2]} = (1, 1), b^{[2]} = 0, x_1 = 1, x_2 = 2. By hand: K = [[15, 24], [24, 40]], tr K = 55,
det K = 600 − 576 = 24.
"""

import pytest
from check_helpers import notes_verdicts

PROBLEM = ("$f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]}$ with $W^{[1]} = (1, 2)^T$, $b^{[1]} = (0, 1)^T$, "
           "$W^{[2]} = (1, 1)$, $b^{[2]} = 0$, $x_1 = 1$, $x_2 = 2$.\n\n")   # line 1
K = "K = \\left(\\begin{array}{cc} 15 & 24 \\\\ 24 & 40 \\end{array}\\right)"


@pytest.mark.parametrize("trace, verdict", [("\\mathrm{Sp} = 55", "correct"), ("\\text{Spur} = 55", "correct"),
                                            ("\\operatorname{tr} \\approx 55", "correct"),
                                            ("\\mathrm{Sp} = 54", "wrong")])
def test_the_trace_after_its_kernel(trace, verdict):
    lines, _ = notes_verdicts(PROBLEM + f"$${K},\\quad {trace},\\quad \\det = 600 - 576 = 24$$\n")
    assert lines[3] == ["correct", verdict, "correct", "correct"]
