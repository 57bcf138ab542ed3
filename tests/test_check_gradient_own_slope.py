"""A gradient vector written with the learner's own wrong rule for φ′ is carried from that rule, not a new mistake.

Notes invented for these tests: f(x) = W^{[2]} tanh(W^{[1]} x + b^{[1]}) + b^{[2]}, θ = (W^{[1]}, b^{[1]}, W^{[2]},
b^{[2]}). By hand: ∇_θ f = (W^{[2]}(1 − tanh² z) x, W^{[2]}(1 − tanh² z), tanh z, 1) with z = W^{[1]} x + b^{[1]}.
With the learner's rule tanh′(z) = 1 − tanh z (wrong) it is (W^{[2]}(1 − tanh z) x, W^{[2]}(1 − tanh z), tanh z, 1);
(1 + tanh z) follows from neither.
"""

import pytest
from check_helpers import notes_verdicts

PROBLEM = ("$f(x) = W^{[2]}\\tanh(W^{[1]} x + b^{[1]}) + b^{[2]}$ with $W^{[1]} = 1$, $b^{[1]} = 0$, "
           "$W^{[2]} = 2$, $b^{[2]} = 0$, $x_1 = 0$, $x_2 = 1$.\n\n")   # line 1
Z = "(W^{[1]}x + b^{[1]})"


@pytest.mark.parametrize("sign, verdict", [("-", "carried"), ("+", "wrong")])
def test_the_gradient_from_the_learners_own_slope(sign, verdict):
    d = f"W^{{[2]}}(1 {sign} \\tanh{Z})"
    notes = PROBLEM + "$\\tanh'(z) = 1 - \\tanh(z)$\n\n" + \
        f"$$\\nabla_\\theta f(x) = \\begin{{pmatrix}} {d}\\,x \\\\ {d} \\\\ \\tanh{Z} \\\\ 1 \\end{{pmatrix}}$$\n"
    lines, first = notes_verdicts(notes)
    assert lines[3] == ["wrong"] and lines[5] == [verdict] and first == 3
