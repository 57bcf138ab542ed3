"""The layer as a bare superscript after an entry's indices (``w_{21}^{1}``, ``b_2^{1}``), a scalar bias written
``b^{1}`` beside such entries, and a free letter (``c``) for the output bias (symntk.check.trailing_layers).

Invented exercise A (worked by hand): W⁽¹⁾ = [2, −1]ᵀ, b⁽¹⁾ = [1, 0]ᵀ, W⁽²⁾ = [1, 3], b⁽²⁾ = 2, identity, datapoints
1 and 2. f = w₁₁²(w₁₁¹x + b₁) + w₁₂²(w₂₁¹x + b₂) + c, so ∂f/∂w₂₁¹ = w₁₂² x = 3x, ∂f/∂b₂ = w₁₂² = 3,
∂f/∂w₁₁² = w₁₁¹x + b₁ = 2x + 1, ∂f/∂w₁₂² = w₂₁¹x + b₂ = −x; ∇f(1) = (1, 3, 1, 3, 3, −1, 1),
∇f(2) = (2, 6, 1, 3, 5, −2, 1); K₁₁ = 1 + 9 + 1 + 9 + 9 + 1 + 1 = 31, K₁₂ = 2 + 18 + 1 + 9 + 15 + 2 + 1 = 48.

Invented exercise B (1-1-1, identity, stated only in the learner's names): w₁₁¹ = 3, b¹ = −1, w₁₁² = 2, c = 1,
datapoints 1 and 2. ∇f(x) = (w₁₁² x, w₁₁², w₁₁¹x + b¹, 1) = (2x, 2, 3x − 1, 1): ∇f(1) = (2, 2, 2, 1),
∇f(2) = (4, 2, 5, 1); K₁₂ = 8 + 4 + 10 + 1 = 23, K₂₂ = 16 + 4 + 25 + 1 = 46.
"""

from check_helpers import notes_verdicts

from symntk.check.trailing_layers import layers_before_indices, writes_trailing_layers

NOTES_A = (
    "Given: $W^{[1]} = [2, -1]^T$, $b^{[1]} = [1, 0]^T$, $W^{[2]} = [1, 3]$, $b^{[2]} = 2$; "
    "$x_1 = 1$, $x_2 = 2$.\n\n"   # 1
    "$f(x) = w_{11}^{2}(w_{11}^{1}x + b_1) + w_{12}^{2}(w_{21}^{1}x + b_2) + c$\n\n"   # 3
    "$\\theta = (w_{11}^{1}, w_{21}^{1}, b_1, b_2, w_{11}^{2}, w_{12}^{2}, c) = (2, -1, 1, 0, 1, 3, 2)$\n\n"   # 5
    "$$\\frac{\\partial f}{\\partial w_{21}^{1}} = w_{12}^{2}x = 3x$$\n\n"   # 7
    "$$\\frac{\\partial f}{\\partial w_{12}^2} = w_{21}^1 x + b_2 = -x$$\n\n"   # 9
    "$$\\frac{\\partial f}{\\partial w_{11}^{2}} = 2x$$\n\n"   # 11
    "$\\nabla f(x_2) = (2, 6, 1, 3, 5, -2, 1)$\n\n"   # 13
    "$K_{11} = 31$, $K_{12} = 48$\n")   # 15


def test_entries_with_the_layer_after_their_indices_are_read_as_those_entries():
    lines, first = notes_verdicts(NOTES_A)
    assert lines[3] == ["correct"]
    assert set(lines[5]) == {"correct"}
    assert lines[7] == ["correct", "correct"]       # w_{21}^{1} is W⁽¹⁾₂₁: w₁₂² x = 3x
    assert lines[9] == ["correct", "correct"]       # w_{12}^2 (no braces) is W⁽²⁾₁₂: −x
    assert lines[11] == ["wrong"] and first == 11   # 2x + 1, not 2x
    assert lines[13] == ["correct"]
    assert lines[15] == ["correct", "correct"]


NOTES_B = (
    "Dane: $w_{11}^{1} = 3$, $b^{1} = -1$, $w_{11}^{2} = 2$, $c = 1$; $x_1 = 1$, $x_2 = 2$.\n\n"   # 1
    "$f(x) = w_{11}^{2}(w_{11}^{1}x + b^{1}) + c$\n\n"   # 3
    "$\\nabla f(x_1) = (2, 2, 2, 1)$\n\n"   # 5
    "$\\nabla f(x_2) = (4, 2, 5, 1)$\n\n"   # 7
    "$K_{12} = 23$, $K_{22} = 45$\n")   # 9


def test_an_exercise_stated_by_trailing_layers_and_a_scalar_bias_is_read():
    lines, first = notes_verdicts(NOTES_B)   # the exercise is read (no error), b^{1} is the one bias of layer 1
    assert lines[3] == ["correct"]
    assert lines[5] == ["correct"] and lines[7] == ["correct"]
    assert lines[9] == ["correct", "wrong"] and first == 9   # K₂₂ = 46


def test_the_notes_decide_once_whether_a_trailing_digit_is_a_layer():
    assert writes_trailing_layers("$w_{11}^{1} = 3$")
    assert writes_trailing_layers("$b_2^1$ and $W_{21}^{1}$")
    assert not writes_trailing_layers("$K = w_1^2 + w_2^2$")      # squares: no layer 1 after indices
    assert not writes_trailing_layers("$W^{1}_{11} = 3$")         # the layer before the indices
    assert layers_before_indices("w_{12}^{2}x + b_2^{1}") == "w^{[2]}_{12}x + b^{[1]}_2"
    assert layers_before_indices("a_1^{1} + a_1^2") == "a^{[1]}_1 + a_1^2"   # a unit only with layer 1
    assert layers_before_indices("W_{21}^{12}") == "W_{21}^{12}"   # two digits: not a layer
