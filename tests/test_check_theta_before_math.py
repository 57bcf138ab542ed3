"""θ typed in prose right before inline math that opens with ``=`` (``θ $= (W1, b1, W2, b2)$``) names that math
(symntk.check.inline_names); invented notes.

The exercise: f(x) = W2 (W1 x + b1) + b2 with W1 = 3, b1 = −1, W2 = 2, b2 = 1, so θ = (W1, b1, W2, b2) =
(3, −1, 2, 1): 4 parameters.
"""

import pytest
from check_helpers import notes_verdicts

GIVEN = ("Given: $f(x) = W2(W1 x + b1) + b2$, $W1 = 3$, $b1 = -1$, $W2 = 2$, $b2 = 1$; $x_1 = 1$, $x_2 = 2$.\n\n")


@pytest.mark.parametrize("name", ["θ", "theta", "Theta"])
def test_theta_in_prose_names_the_math(name):
    """The names (W1, b1, W2, b2) are read, not unreadable, and the count after them is right; the values
    (3, −1, 2, 1) are right and (3, −1, 2, 2) is wrong (b2 = 1)."""
    out, first = notes_verdicts(GIVEN + f"{name} $= (W1, b1, W2, b2)$ → 4 parameters.\n")
    assert out[3] == ["correct", "correct"] and first == 0
    out, first = notes_verdicts(GIVEN + f"{name} $= (3, -1, 2, 1)$\n")
    assert out[3] == ["correct"] and first == 0
    out, first = notes_verdicts(GIVEN + f"{name} $= (3, -1, 2, 2)$\n")
    assert out[3] == ["wrong"] and first == 3
