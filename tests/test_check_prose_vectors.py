"""Gradient vectors typed as plain text in a sentence with math, and ``at $x_2$ it is (…)`` after a gradient line."""

from check_helpers import IDENTITY_1_2_1, NETWORK_HEAD, verdicts

from symntk.check.prose_vectors import prose_vectors


def test_wraps_the_vector_and_its_chain():
    """The plain vector after ``is`` (and its ``= (…)`` link) goes in math; words after it stay words."""
    assert prose_vectors("At $x_1$ the gradient is (1·3, 2, 1) = (3, 2, 1).") == \
        "At $x_1$ the gradient is $(1·3, 2, 1) = (3, 2, 1)$."
    assert prose_vectors("The gradient at $x_2 = 4$ is (4, −1, 1), all fine.") == \
        "The gradient at $x_2 = 4$ is $(4, −1, 1)$, all fine."


def test_leaves_other_brackets():
    """No gradient said on the line or the one before, no math on the line, a vector already in math, or a
    bracket of words: unchanged."""
    for text in ("At $x_1$ the value is (1, 2).", "The gradient is (1, 2, 3).",
                 "At $x_1$ the gradient is $(1, 2)$.", "At $x_1$ the gradient is (see above, twice)."):
        assert prose_vectors(text) == text


def test_gradient_vectors_in_prose(tmp_path):
    """∇f(x) = (x, 0, 1, 0, x, x + 1, 1) (check_helpers), so ∇f(x_1) = (1, 0, 1, 0, 1, 2, 1): the chain on line 3
    is correct; ∇f(x_2) = (2, 0, 1, 0, 2, 3, 1) but line 4 (the gradient said on the line before) ends in
    (2, 0, 1, 0, 2, 3, 2): wrong, the first mistake."""
    notes = NETWORK_HEAD + ("At $x_1$ the gradient is (1·1, 0, 1, 0, 1, 2, 1) = (1, 0, 1, 0, 1, 2, 1).\n"
                            "At $x_2$ it is (1·2, 0, 1, 0, 2, 3, 1) = (2, 0, 1, 0, 2, 3, 2).\n")
    lines, first = verdicts(tmp_path, IDENTITY_1_2_1, notes)
    assert set(lines[3]) == {"correct"}
    assert "wrong" in lines[4] and first == 4


def test_it_is_after_a_gradient_line_in_math(tmp_path):
    """``At $x_2$ it is $(…)$`` right below a line naming the gradient at $x_1$ is ∇f(x_2): (2, 0, 1, 0, 2, 3, 1)
    is correct, the last entry written 0 (true ∂f/∂b^{[2]} = 1) is wrong."""
    head = NETWORK_HEAD + "At $x_1$ the gradient is $(1, 0, 1, 0, 1, 2, 1)$.\n"
    good, _ = verdicts(tmp_path, IDENTITY_1_2_1, head + "At $x_2$ it is $(2, 0, 1, 0, 2, 3, 1)$.\n")
    bad, first = verdicts(tmp_path, IDENTITY_1_2_1, head + "At $x_2$ it is $(2, 0, 1, 0, 2, 3, 0)$.\n")
    assert good[4] == ["correct"] and bad[4] == ["wrong"] and first == 4
