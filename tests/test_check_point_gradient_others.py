"""Words between a datapoint and a pronoun that name another quantity (``and at $x_2$ the forward values, I get
$(…)$``): the vector is no gradient at that datapoint (symntk.check.point_gradients)."""

from check_helpers import THETA_HEAD, notes_verdicts

# θ = (2, 1, 3, 0), f = θ_3(θ_1 x + θ_2) + θ_4, ∇f(x) = (θ_3 x, θ_3, θ_1 x + θ_2, 1) = (3x, 3, 2x + 1, 1):
# ∇f(x_1 = 1) = (3, 3, 3, 1), ∇f(x_2 = 2) = (6, 3, 5, 1).


def test_forward_values_after_the_point_are_no_gradient():
    """(5, 5, 15, 3) are z, h, f and f′ at x_2 (named "the forward values"): not the gradient, not judged; the
    gradient at x_1 on the same line is correct, so nothing is wrong."""
    seen, first = notes_verdicts(THETA_HEAD + "The gradient at $x_1$ is $(3, 3, 3, 1)$, and at $x_2$ the forward "
                                 "values, I get $(5, 5, 15, 3)$.\n")
    assert seen[5] == ["correct"] and first == 0


def test_kernel_entries_after_the_point_are_no_gradient():
    """(28, 43, 71, 99) named "the kernel entries" after "at $x_2$": no gradient; nothing wrong."""
    seen, first = notes_verdicts(THETA_HEAD + "The gradient at $x_1$ is $(3, 3, 3, 1)$, and at $x_2$ for the "
                                 "kernel entries we get $(28, 43, 71, 99)$.\n")
    assert seen[5] == ["correct"] and first == 0


def test_pronoun_for_the_gradient_still_labels():
    """"and at $x_2$ it's $(6, 3, 5, 2)$": the gradient at x_2, whose last entry (∂f/∂θ_4 = 1) is wrong."""
    seen, first = notes_verdicts(THETA_HEAD + "The gradient at $x_1$ is $(3, 3, 3, 1)$, and at $x_2$ it's "
                                 "$(6, 3, 5, 2)$.\n")
    assert seen[5] == ["correct", "wrong"] and first == 5
