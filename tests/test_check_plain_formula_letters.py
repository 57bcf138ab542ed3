"""A bare letter applied to the hidden layer after a coefficient is the activation, not plain parentheses
(network_formula._plain / _applied).

Notes: W1 = 2, b1 = 1, W2 = 3, b2 = 0, x_1 = 1, x_2 = 2, "activation g = tanh", f(x) = θ_3 g(θ_1 x + θ_2) + θ_4:
a tanh network, so f(x_1) = 3 tanh(2·1 + 1) = 3 tanh 3 (right) and ∂f/∂θ_4 = 1 (right). Read as the identity,
f(x_1) would be 9 and 3 tanh 3 judged wrong.
"""

from tests.check_helpers import notes_verdicts


def test_a_letter_applied_after_a_coefficient_is_the_activation():
    """f(x_1) = 3 tanh(3) is right in the tanh network the prose names."""
    notes = ("W1 = 2, b1 = 1, W2 = 3, b2 = 0 ; x_1 = 1, x_2 = 2, activation $g = \\tanh$\n\n"
             "$f(x) = \\theta_3 g(\\theta_1 x + \\theta_2) + \\theta_4$\n\n$f(x_1) = 3\\tanh(3)$\n\n"
             "$\\partial f/\\partial \\theta_4 = 1$\n")
    lines, first = notes_verdicts(notes)
    assert lines[5] == ["correct"] and lines[7] == ["correct"] and first == 0


def test_plain_parentheses_stay_the_identity():
    """W1 = 2, b1 = 1, W2 = 3, b2 = 0 and f(x) = θ_3(θ_1 x + θ_2) + θ_4: identity, f(x_1) = 9 right, 10 wrong."""
    notes = ("W1 = 2, b1 = 1, W2 = 3, b2 = 0 ; x_1 = 1, x_2 = 2\n\n"
             "$f(x) = \\theta_3(\\theta_1 x + \\theta_2) + \\theta_4$\n\n$f(x_1) = 9$\n\n$f(x_2) = 16$\n")
    lines, first = notes_verdicts(notes)
    assert lines[5] == ["correct"] and lines[7] == ["wrong"] and first == 7
