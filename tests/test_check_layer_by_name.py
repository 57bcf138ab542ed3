"""∂f/∂W_2 (a whole layer named by a digit without brackets) judged as ∂f/∂W^{[2]}; a derivative by a name that
means nothing is unreadable, never dropped (symntk.check.layer_by_name, judge_derivatives).

The lecture's example A: z^{[1]} = W^{[1]} x + b^{[1]} = (x, x + 1)ᵀ, f = W^{[2]} z^{[1]} + b^{[2]}, so
∂f/∂W^{[2]} = z^{[1]}ᵀ = [x, x + 1], at x = 2: [2, 3] (not [5, 7]).
"""

import pytest
from check_helpers import notes_verdicts

GIVEN = ("Network: $W^{[1]} = [1, 1]^T$, $b^{[1]} = [0, 1]^T$, $W^{[2]} = [1, 0]$, $b^{[2]} = 0$; "
         "x₁ = 1, x₂ = 2.\n\n")


@pytest.mark.parametrize("name", ["W2", "W_2", "W_{2}", "W^2", "W^{(2)}", "\\mathbf{W}_2"])
def test_layer_named_by_digit_is_judged(name):
    """[2, 3] at x = 2 is right, [5, 7] is wrong (the `x = 2` beside it is read and right in both)."""
    out, first = notes_verdicts(GIVEN + f"$\\partial f/\\partial {name} = [2, 3]$ at $x = 2$\n")
    assert sorted(out[3]) == ["correct", "correct"] and first == 0
    out, first = notes_verdicts(GIVEN + f"$\\partial f/\\partial {name} = [5, 7]$ at $x = 2$\n")
    assert sorted(out[3]) == ["correct", "wrong"] and first == 3


def test_name_meaning_nothing_is_unreadable():
    """∂f/∂Q_7: no parameter, no layer: reported unreadable, not silently left out."""
    out, _ = notes_verdicts(GIVEN + "$\\partial f/\\partial Q_7 = [5, 7]$ at $x = 2$\n")
    assert sorted(out[3]) == ["correct", "unreadable"]
