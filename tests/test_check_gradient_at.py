"""The gradient at a datapoint said with a preposition in plain text (``grad at x1 = (…)``, ``gradient of f at
x_2 = […]``, ``Gradient bei x2 = (…)``): a gradient claim at that datapoint, never a second statement of the
datapoint itself (which made the notes unreadable, exit 2, when the vector's length differs from the input's).

Expected values are worked out by hand for the lecture's network below.
"""

from check_helpers import notes_verdicts

# f(x) = W2 (W1 x + b1) + b2 with W1 = [1, 1]^T, b1 = [0, 1]^T, W2 = [1, 0], b2 = 0: h1 = x, h2 = x + 1.
# θ = (W1_11, W1_21, b1_1, b1_2, W2_11, W2_12, b2); ∇f(x) = (W2_11 x, W2_12 x, W2_11, W2_12, h1, h2, 1)
# = (x, 0, 1, 0, x, x + 1, 1): at x1 = 1 (1, 0, 1, 0, 1, 2, 1), at x2 = 2 (2, 0, 1, 0, 2, 3, 1).
# K11 = 1 + 1 + 1 + 4 + 1 = 8.
HEAD = """# Exercise A

W1 = [1, 1]^T, b1 = [0, 1]^T, W2 = [1, 0], b2 = 0, x1 = 1, x2 = 2

f(x) = W2 (W1 x + b1) + b2

"""


def test_gradients_at_points_are_judged_and_the_points_stay_the_sheets():
    notes = HEAD + "- grad at x1 = (1, 0, 1, 0, 1, 2, 1)\n- gradient of f at x_2 = [2, 0, 1, 0, 2, 3, 1]\n- K11 = 8\n"
    lines, first = notes_verdicts(notes)
    assert lines[7] == ["correct"] and lines[8] == ["correct"] and lines[9] == ["correct"]
    assert first == 0


def test_a_wrong_gradient_at_a_point_is_the_first_mistake_and_its_kernel_entry_is_carried():
    # the learner's own ∇f(x1) = (1, 1, 1, 1, 2, 2, 1) gives K11 = 1 + 1 + 1 + 1 + 4 + 4 + 1 = 13
    notes = HEAD + "- grad at x1 = (1, 1, 1, 1, 2, 2, 1)\n- Gradient bei x2 = (2, 0, 1, 0, 2, 3, 1)\n- K11 = 13\n"
    lines, first = notes_verdicts(notes)
    assert lines[7] == ["wrong"] and lines[8] == ["correct"] and lines[9] == ["carried"]
    assert first == 7


def test_a_kernel_entry_that_follows_from_nothing_is_wrong():
    notes = HEAD + "- grad at x1 = (1, 0, 1, 0, 1, 2, 1)\n- K11 = 13\n"
    lines, first = notes_verdicts(notes)
    assert lines[7] == ["correct"] and lines[8] == ["wrong"] and first == 8
