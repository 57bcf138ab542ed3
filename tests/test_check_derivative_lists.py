"""A ``parameter: value`` list under a heading that says the lines are derivatives at a datapoint: each line is
∂f/∂parameter at that datapoint (invented notes).

Expected values worked out by hand: f(x) = W2 (W1 x + b1) + b2 with W1 = 2, b1 = 0, W2 = 3, b2 = 1, datapoints
x_1 = 1, x_2 = 2: ∂f/∂W1 = W2 x, ∂f/∂b1 = W2 = 3, ∂f/∂W2 = W1 x + b1 = 2x, ∂f/∂b2 = 1, so at x_2:
∂f/∂W1 = 3·2 = 6, ∂f/∂b1 = 3, ∂f/∂W2 = 2·2 = 4, ∂f/∂b2 = 1.
"""

import pytest
from check_helpers import notes_verdicts

from symntk.check.derivative_lists import derivative_lists

HEAD = "Given: W1 = 2, b1 = 0, W2 = 3, b2 = 1, x_1 = 1, x_2 = 2\n\n"


@pytest.mark.parametrize("heading", [
    "Derivatives at x₂ = 2, one parameter at a time:",
    "Ableitungen bei x_2:",
    "### Partials in x2",
    "Afleiður í x⁽²⁾:"])
def test_a_bare_value_list_is_the_derivatives_at_the_datapoint(heading):
    """b1: 3 and b2: 1 are right (∂f/∂b1 = W2 = 3, ∂f/∂b2 = 1); W2: 5 is wrong (2·2 = 4)."""
    verdicts, first = notes_verdicts(HEAD + heading + "\n W1: 3·2 = 6\n b1: 3\n W2: 5\n b2: 1\n")
    assert verdicts[4] == ["correct", "correct"]
    assert verdicts[5] == ["correct"]
    assert verdicts[6] == ["wrong"]
    assert verdicts[7] == ["correct"]
    assert first == 6


def test_a_wrong_derivative_with_right_arithmetic_is_wrong():
    """W1: 2·2 = 4 adds up but ∂f/∂W1 at x_2 is W2 x_2 = 6: the derivative is wrong though the product is right."""
    verdicts, first = notes_verdicts(HEAD + "Derivatives at x_2:\n\n- W1: 2·2 = 4\n- b1: 3\n")
    assert "wrong" in verdicts[5]
    assert verdicts[6] == ["correct"]
    assert first == 5


def test_bullets_with_the_derivative_sign_and_math():
    """- ∂/∂W2: 4 (2·2) and - $b_1$: $3$ are right at x_2; ∂f/∂W1: 3 is wrong (6)."""
    notes = HEAD + "gradient entries at $x_2$:\n- ∂/∂W2: 4\n- $b_1$: $3$\n- ∂f/∂W1: 3\n"
    verdicts, first = notes_verdicts(notes)
    assert verdicts == {4: ["correct"], 5: ["correct"], 6: ["wrong"]}
    assert first == 6


@pytest.mark.parametrize("text", [
    "Derivatives at x_1 and x_2:\nW1: 3\n",              # two datapoints: which one is not said
    "Parameters at x_2:\nW1: 3\n",                       # not derivatives
    "Derivatives at x_2:\nNote: 3 of them vanish\n",    # a remark, not a parameter
    "Derivatives at x_2:\nW1: the same as before, 6\n",  # words in the value
    "gradient at x_2:\nw1: v·x = 6, b1: 3\n",          # several entries on one line
    "Derivatives at x_2:\nsee below\nW1: 6\n"])          # the list must follow the heading
def test_other_lines_are_left_alone(text):
    assert derivative_lists(text) == text


def test_the_rewrite_keeps_lines_and_notation():
    text = "Derivatives at x₂:\n W⁽¹⁾₁₁: 2·3 = 6\n\n - $w_{21}$: $1 \\cdot 3 = 3$\nK = 5\nb1: 2"
    assert derivative_lists(text).split("\n") == [
        "Derivatives at x₂:", " ∂f/∂W⁽¹⁾₁₁(x₂) = 2·3 = 6", "",
        " - $\\partial f/\\partial w_{21}(x_2) = 1 \\cdot 3 = 3$", "K = 5", "b1: 2"]
