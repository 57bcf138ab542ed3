"""The gradient letter given at datapoints named by their values (``g(1) = (…)``, ``g(2) = (…)``) makes the same
letter as a function of x (``g(x) = (…)``) the gradient in general (symntk.check.own_gradients); invented notes.

The exercise (worked out by hand): f(x) = W2 (W1 x + b1) + b2 with W1 = 3, b1 = −1, W2 = 2, b2 = 1, x = (1, 2):
∇f(x) = (W2 x, W2, W1 x + b1, 1) = (2x, 2, 3x − 1, 1), so ∇f(x_1) = (2, 2, 2, 1), ∇f(x_2) = (4, 2, 5, 1).
"""

import pytest
from check_helpers import notes_verdicts

GIVEN = ("Given: $f(x) = W2(W1 x + b1) + b2$, $W1 = 3$, $b1 = -1$, $W2 = 2$, $b2 = 1$; $x_1 = 1$, $x_2 = 2$.\n\n")
AT = "\n\n$g(1) = (2, 2, 2, 1)$, $g(2) = (4, 2, 5, 1)$\n"


@pytest.mark.parametrize("label", ["Gradient:", "التدرج:", "Der Gradient:"])
def test_general_gradient_with_values_named_points(label):
    """g(x) = (2x, 2, 3x − 1, 1) is right and the file has no unreadable line; (2x, 2, 3x, 1) is wrong (the third
    entry misses b1 = −1)."""
    out, first = notes_verdicts(GIVEN + f"{label} $g(x) = (2x, 2, 3x - 1, 1)$" + AT)
    assert out[3] == ["correct"] and out[5] == ["correct", "correct"] and first == 0
    out, first = notes_verdicts(GIVEN + f"{label} $g(x) = (2x, 2, 3x, 1)$" + AT)
    assert out[3] == ["wrong"] and first == 3


def test_one_value_named_point_is_not_enough():
    """With only g(1) given, g(x) is not taken as the gradient by this rule (one point may be a function's value):
    the line is not judged correct from it."""
    out, _ = notes_verdicts(GIVEN + "$g(x) = (2x, 2, 3x - 1, 1)$\n\n$g(1) = (2, 2, 2, 1)$\n")
    assert out.get(3) != ["correct"]
