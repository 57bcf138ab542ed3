"""A single 0 (``0``, ``\\mathbf{0}``, ``\\vec{0}``) written for a whole block of derivatives that is zero.
Notes invented; the exercise is f(x) = W2 σ(W1 x + b1) + b2 with W1 = (1, −1)ᵀ, b1 = (0, 0)ᵀ, W2 = (1, 1), b2 = 0
at x = 0, 1. By hand: ∂f/∂W1_j = W2_j σ′(z_j) x, so at x_1 = 0 the block ∂f/∂W^{[1]} is (0, 0)ᵀ, and at x_2 = 1
it is (σ′(1), σ′(−1)) = (e/(1+e)², e/(1+e)²) ≈ (0.1966, 0.1966), not zero."""

import pytest
from check_helpers import notes_verdicts

HEAD = ("$W^{[1]} = [1, -1]^T$, $b^{[1]} = [0, 0]^T$, $W^{[2]} = [1, 1]$, $b^{[2]} = 0$; $x_1 = 0$, $x_2 = 1$.\n\n"
        "$f(x) = W^{[2]} \\sigma(W^{[1]} x + b^{[1]}) + b^{[2]}$\n\n")


@pytest.mark.parametrize("zero", ["0", "\\mathbf{0}", "\\vec{0}"])
def test_zero_block_at_the_datapoint_where_it_vanishes(zero):
    """``∂f/∂W^{[1]}(x_1) = 0`` is right (both entries are 0 at x = 0); at x_2 the same is wrong."""
    notes = HEAD + (f"$\\frac{{\\partial f}}{{\\partial W^{{[1]}}}}(x_1) = {zero}$\n\n"
                    f"$\\frac{{\\partial f}}{{\\partial W^{{[1]}}}}(x_2) = {zero}$\n")
    lines, first = notes_verdicts(notes)
    assert lines[5] == ["correct"]
    assert lines[7] == ["wrong"]
    assert first == 7
