"""A datapoint label followed by a CJK word for "when" (``$x_1 = 1$ のとき $(…)$``, ``$x_2 = 2$ 时 $(…)$``) labels
the gradient vector after it as a colon does (symntk.check.inline_names); invented notes.

The exercise (worked out by hand): f(x) = W2 (W1 x + b1) + b2 with W1 = 3, b1 = −1, W2 = 2, b2 = 1, x = (1, 2):
∇f(x) = (2x, 2, 3x − 1, 1), so ∇f(x_1) = (2, 2, 2, 1) and ∇f(x_2) = (4, 2, 5, 1).
"""

import pytest
from check_helpers import notes_verdicts

GIVEN = ("Given: $f(x) = W2(W1 x + b1) + b2$, $W1 = 3$, $b1 = -1$, $W2 = 2$, $b2 = 1$; $x_1 = 1$, $x_2 = 2$.\n\n")


@pytest.mark.parametrize("when", ["のとき", "の時", "时"])
def test_when_labels_the_gradient(when):
    """Both gradients right; (4, 2, 4, 1) at x_2 is wrong; x_1's vector written at x_2 is wrong."""
    line = f"$x_1 = 1$ {when} $(2, 2, 2, 1)$、$x_2 = 2$ {when} $({{v}})$。\n"
    out, first = notes_verdicts(GIVEN + line.format(v="4, 2, 5, 1"))
    assert out[3] == ["correct", "correct"] and first == 0
    out, first = notes_verdicts(GIVEN + line.format(v="4, 2, 4, 1"))
    assert out[3] == ["correct", "wrong"] and first == 3
    out, first = notes_verdicts(GIVEN + line.format(v="2, 2, 2, 1"))
    assert out[3] == ["correct", "wrong"] and first == 3
