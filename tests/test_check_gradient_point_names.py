"""A gradient named with its datapoint in the name (``grad_x2 = [...]``, ``g_x1 = (...)``, ``gradf_x1 = ...``) is the
claim ∇θ f(x_i) at that datapoint, in plain notes and in code.

The notes are invented; values worked out by hand. f(x) = W2 (W1 x + b1) + b2, identity, W1 = (1, 1)ᵀ,
b1 = (0, 1)ᵀ, W2 = (1, 0), b2 = 0: ∇θ f(x) = (x, 0, 1, 0, x, x + 1, 1), so ∇θ f(1) = (1, 0, 1, 0, 1, 2, 1) and
∇θ f(2) = (2, 0, 1, 0, 2, 3, 1).
"""

import pytest
from check_helpers import line_verdicts

from symntk.check import check_text

GIVEN = ("f(x) = W2 (W1 x + b1) + b2, no activation, W1 = [1, 1]^T, b1 = [0, 1]^T, W2 = [1, 0], b2 = 0, "
         "x1 = 1, x2 = 2\n\n")   # line 3 next


@pytest.mark.parametrize("line, verdict", [
    ("grad_x2 = [2, 0, 1, 0, 2, 3, 1]", "correct"),
    ("g_x1 = (1, 0, 1, 0, 1, 2, 1)", "correct"),
    ("gradf_x1 = [1, 0, 1, 0, 1, 2, 1]", "correct"),
    ("grad_f_x2 = [1, 0, 1, 0, 1, 2, 1]", "wrong"),     # the gradient at x_1 under x_2's name
    ("gradient_x2 = [2, 0, 1, 0, 2, 3, 2]", "wrong"),   # ∂f/∂b2 = 1
])
def test_a_gradient_named_by_its_datapoint(line, verdict):
    assert line_verdicts(check_text(GIVEN + line + "\n", "notes.txt")).get(3) == [verdict]


def test_in_code_too():
    code = ('"""\nf(x) = W2 (W1 x + b1) + b2, no activation\n'
            "W1 = [1, 1]^T, b1 = [0, 1]^T, W2 = [1, 0], b2 = 0, x1 = 1, x2 = 2\n\"\"\"\nimport numpy as np\n"
            "grad_x1 = np.array([1, 0, 1, 0, 1, 2, 1])\ngrad_x2 = np.array([2, 0, 1, 0, 2, 3, 2])\n")
    lines = line_verdicts(check_text(code, "notes.py"))
    assert (lines.get(6), lines.get(7)) == (["correct"], ["wrong"])
