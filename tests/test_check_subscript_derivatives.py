"""A derivative by a parameter written as f's subscript (``f_{W^{[2]}_1}``, ``f'_{b^{[2]}}``) or as an operator
before f (``D_{W^{[2]}_2} f``, ``\\frac{d}{dW^{[2]}_1} f``). Notes invented; the exercise is f = W2(W1 x + b1) + b2
with W1 = (1, 1)ᵀ, b1 = (0, 1)ᵀ, W2 = (1, 0), b2 = 0 at x = 1, 2. By hand: h = (x, x + 1), ∂f/∂W2_j = h_j,
∂f/∂b1_j = W2_j, ∂f/∂W1_j = W2_j x, ∂f/∂b2 = 1; at x_2 = 2, ∂f/∂W2_2 = 3 and ∂f/∂W1_1 = 2."""

import pytest
from check_helpers import notes_verdicts

HEAD = ("$W^{[1]} = [1, 1]^T$, $b^{[1]} = [0, 1]^T$, $W^{[2]} = [1, 0]$, $b^{[2]} = 0$, $x_1 = 1$, $x_2 = 2$.\n\n"
        "$f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$\n\n")


@pytest.mark.parametrize("written, verdict", [
    ("f_{W^{[2]}_1} = h_1", "correct"),
    ("f_{b^{[1]}_1} = W^{[2]}_1", "correct"),
    ("f^{\\prime}_{b^{[2]}} = 1", "correct"),
    ("f_{W^{[2]}_2}(x_2) = 3", "correct"),
    ("f_{W^{[1]}_1}(x_2) = 2", "correct"),
    ("f_{W^{[1]}_1}(x_2) = 1", "wrong"),
    ("f_{b^{[2]}} = 0", "wrong"),
    ("D_{W^{[2]}_2} f = h_2", "correct"),
    ("\\frac{d}{dW^{[2]}_1} f = h_1", "correct"),
    ("\\frac{d}{dW^{[2]}_1} f = h_2", "wrong"),
])
def test_subscript_and_operator_derivatives(written, verdict):
    """Each derivative is judged against ∂f/∂θ_k worked out by hand (module doc)."""
    lines, _ = notes_verdicts(HEAD + f"${written}$\n")
    assert lines[5] == [verdict]


def test_f_with_theta_stays_the_network():
    """``f_θ(x_2) = 2`` is no derivative but the network's value at x_2 = 2 (h_1 = 2): never judged wrong."""
    lines, _ = notes_verdicts(HEAD + "$f_{\\theta}(x_2) = 2$\n")
    assert lines.get(5, ["correct"]) == ["correct"]
