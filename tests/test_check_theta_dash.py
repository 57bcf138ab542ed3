"""A θ listing in plain text followed by an em dash and prose (``θ = (w₁₁, …, c) — 7 pieces (w = W^{[1]}, …)``):
the em dash ends the math (symntk.check.prose_runs), so the listing is read and fixes the learner's names.

The exercise: W^{[1]} = (1, 1)ᵀ, b^{[1]} = (0, 1)ᵀ, W^{[2]} = (1, 0), b^{[2]} = 0, no activation, so
f(x) = x; θ = (w₁₁, w₂₁, b₁, b₂, v₁, v₂, c) makes b₂ = b^{[1]}_2 with ∂f/∂b^{[1]}_2 = W^{[2]}_{1,2} = v₂ (= 0),
while ∂f/∂b^{[2]} = 1 ≠ v₂; ∂f/∂v₂ = z^{[1]}_2 = w₂₁ x + b₂ (= x + 1).
"""

import pytest
from check_helpers import notes_verdicts

from symntk.check.prose_runs import math_runs

GIVEN = ("Network without activation: $W^{[1]} = [1, 1]^T$, $b^{[1]} = [0, 1]^T$, $W^{[2]} = [1, 0]$, "
         "$b^{[2]} = 0$; x₁ = 1, x₂ = 2.\n\n")
DERIVATIVES = ("$$\\frac{\\partial f}{\\partial b_2} = v_2,\\quad \\frac{\\partial f}{\\partial v_2} = w_{21}x + b_2,"
               "\\quad \\frac{\\partial f}{\\partial c} = 1$$\n")


def test_em_dash_ends_the_math_run():
    """``θ = (a, b) — 7 pieces``: the run is the listing alone, the count after the dash is prose."""
    assert math_runs("θ = (w₁₁, b₁, c) — 7 bucăți (w = W^{[1]}, c = b^{[2]}).") == \
        ["θ = (w₁₁, b₁, c)", "w = W^{[1]}, c = b^{[2]}"]
    assert math_runs("f(x) = 3 − 1 = 2") == ["f(x) = 3 − 1 = 2"]   # the minus sign is still math


@pytest.mark.parametrize("listing", [
    "Parametri: θ = (w₁₁, w₂₁, b₁, b₂, v₁, v₂, c) — 7 bucăți (w = W^{[1]}, v = W^{[2]}, c = b^{[2]}).",
    "Parametri: θ = (w₁₁, w₂₁, b₁, b₂, v₁, v₂, c) — 7 bucăți.",
    "Parameters: $\\theta = (w_{11}, w_{21}, b_1, b_2, v_1, v_2, c)$ — seven of them ($v = W^{[2]}$).",
])
def test_listing_before_a_dash_names_b2_the_hidden_bias(listing):
    """b₂ is θ₄ = b^{[1]}_2: ∂f/∂b₂ = v₂ is right (not the output bias's 1), and so are the other two."""
    out, first = notes_verdicts(GIVEN + listing + "\n\n" + DERIVATIVES)
    assert out[5] == ["correct", "correct", "correct"] and first == 0


def test_listing_before_a_dash_still_finds_mistakes():
    """∂f/∂b₂ = v₁ is wrong (v₁ = W^{[2]}_{1,1} = 1, the derivative is v₂ = 0)."""
    listing = "θ = (w₁₁, w₂₁, b₁, b₂, v₁, v₂, c) — 7 bucăți (w = W^{[1]}, v = W^{[2]}, c = b^{[2]})."
    out, first = notes_verdicts(GIVEN + listing + "\n\n$$\\frac{\\partial f}{\\partial b_2} = v_1$$\n")
    assert out[5] == ["wrong"] and first == 5
