"""A derivative named by its parameter's math alone in a sentence: ``for $W^{[2]}_1$ it is $…$``, ``the last bias
$b^{[2]}$ always gives $1$``, ``with respect to the first weight $W^{[1]}_1$ is $…$`` (superscript, then index)."""

from check_helpers import IDENTITY_1_2_1, NETWORK_HEAD, verdicts

# ∂f/∂W^{[1]}_1 = W^{[2]}_1 x = x, ∂f/∂b^{[1]}_2 = W^{[2]}_2 = 0, ∂f/∂W^{[2]}_2 = h_2 = x + 1, ∂f/∂b^{[2]} = 1
HEAD = NETWORK_HEAD + "Now the derivatives, one by one.\n"


def test_for_the_name_it_is(tmp_path):
    """``for $W^{[2]}_2$ it is $x + 1$``: correct; ``for $b^{[1]}_2$ it is $1$`` (true 0): wrong, line 5."""
    notes = HEAD + "for $W^{[2]}_2$ it is $x + 1$;\nfor $b^{[1]}_2$ it is $1$.\n"
    lines, first = verdicts(tmp_path, IDENTITY_1_2_1, notes)
    assert lines[4] == ["correct"] and lines[5] == ["wrong"] and first == 5


def test_the_name_gives(tmp_path):
    """``the last bias $b^{[2]}$ always gives $1$``: correct; ``the first weight $W^{[1]}_1$ gives $2x$`` (true x):
    wrong."""
    notes = HEAD + "And the last bias $b^{[2]}$ always gives $1$.\nThe first weight $W^{[1]}_1$ gives $2x$.\n"
    lines, first = verdicts(tmp_path, IDENTITY_1_2_1, notes)
    assert lines[4] == ["correct"] and lines[5] == ["wrong"] and first == 5


def test_with_respect_to_a_name_with_superscript_first(tmp_path):
    """``with respect to the first weight $W^{[1]}_1$ is $W^{[2]}_1 x$`` (= x): correct."""
    notes = HEAD + "The derivative with respect to the first weight $W^{[1]}_1$ is $W^{[2]}_1 x$.\n"
    lines, first = verdicts(tmp_path, IDENTITY_1_2_1, notes)
    assert lines[4] == ["correct"] and first == 0


def test_values_are_not_parameters(tmp_path):
    """``for $h_1$ it is $2$`` and ``$z_2$ gives $3$`` name values, no derivatives: nothing judged on those lines."""
    notes = HEAD + "for $h_1$ it is $2$.\nthen $z_2$ gives $3$.\n"
    lines, _ = verdicts(tmp_path, IDENTITY_1_2_1, notes)
    assert 4 not in lines and 5 not in lines
