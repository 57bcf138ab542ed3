"""A kernel entry written as a sum of decimals is wrong when one written term disagrees, to its digits, with the
parameters' products it stands for, even when the total agrees (kernel_terms.py).

Invented exercise: f(x) = 2 tanh(x), θ = (W1, b1, W2, b2) = (1, 0, 2, 0), x_2 = 1: ∇f(1) = (2 sech²1, 2 sech²1,
tanh 1, 1) = (0.839948, 0.839948, 0.761594, 1), products 0.705513, 0.705513, 0.580026, 1, so K_22 = 2.991052.
"""

import pytest
from check_helpers import notes_verdicts

PROBLEM = ("$f(x) = W^{[2]}\\tanh(W^{[1]} x + b^{[1]}) + b^{[2]}$ with $W^{[1]} = 1$, $b^{[1]} = 0$, "
           "$W^{[2]} = 2$, $b^{[2]} = 0$, $x_1 = 0$, $x_2 = 1$.\n\n")   # line 1


@pytest.mark.parametrize("sum_, total, verdict", [
    ("0.7055 + 0.7055 + 0.5801 + 1", "2.9911", "wrong"),     # 0.580026 is 0.5800, not 0.5801; total agrees
    ("0.7055 + 0.7055 + 0.5800 + 1", "2.9910", "correct"),   # every term right (total truncated)
    ("1.4110 + 0.5801 + 1", "2.9911", "wrong"),               # the two W1, b1 products in one term; 0.5801 wrong
    ("1.4110 + 0.5800 + 1", "2.9911", "correct"),
])
def test_a_wrong_written_term(sum_, total, verdict):
    """The member of written terms takes the verdict; the total after it agrees with 2.991052 either way."""
    lines, _ = notes_verdicts(PROBLEM + f"$K_{{22}} = {sum_} = {total}$\n")
    assert lines[3][0] == verdict
    assert lines[3][-1] == "correct"
