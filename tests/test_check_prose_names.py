"""The network's output named in prose with a verb before its formula (``so f is $…$``) and the gradient named
at a datapoint in words (``the gradient at $x_1$ is $(…)$``, then ``and at $x_2$ it is $(…)$``,
symntk.check.inline_names and point_gradients), on invented notes.

THETA_HEAD (check_helpers): f = θ_3(θ_1 x + θ_2) + θ_4. ``f is $θ_3(θ_1 x + θ_2) + θ_4$`` is f(x) = that formula,
correct; ``f(x) ist $θ_3 θ_1 x + θ_4$`` drops θ_3 θ_2, wrong (the first mistake); ``f is $7$`` names no
parameter and is not read as f = 7.
"""

from symntk.check.inline_names import name_before
from tests.check_helpers import THETA_HEAD, notes_verdicts


def test_f_is_before_its_formula_is_judged():
    """Line 5 correct, line 7 wrong and the first mistake."""
    notes = THETA_HEAD + ("So then f is $\\theta_3(\\theta_1 x + \\theta_2) + \\theta_4$ as written.\n\n"
                          "Also f(x) ist $\\theta_3 \\theta_1 x + \\theta_4$.\n")
    lines, first = notes_verdicts(notes)
    assert lines[5] == ["correct"] and lines[7] == ["wrong"] and first == 7


def test_what_is_no_formula_of_f():
    """Math with no parameter, a relation of its own, or another name before the verb is left as it is."""
    for prose, body in (("so f is ", "7"), ("so f is ", "g(x) = 2"), ("the value of ref is ", "W^{[1]}x")):
        text = prose + "$" + body + "$"
        assert name_before(text, len(prose), body) == (len(prose), body)
    text = "f(x) is $W^{[1]}x$"   # the math opens at 8
    assert name_before(text, 8, "W^{[1]}x") == (8, "f(x) = W^{[1]}x")


def test_pronoun_after_a_datapoint_is_the_gradient():
    """THETA_HEAD: ∇f(x) = (θ_3 x, θ_3, θ_1 x + θ_2, 1) = (3x, 3, 2x + 1, 1): ∇f(x_1) = (3, 3, 3, 1),
    ∇f(x_2) = (6, 3, 5, 1). ``at $x_1$ the gradient is $(3, 3, 3, 1)$`` then ``and at $x_2$ it is $(6, 3, 5, 2)$``:
    the second is the gradient at x_2 with its last entry wrong; without the gradient named before, ``at $x_2$ it
    is $(6, 3)$`` is not read."""
    notes = THETA_HEAD + ("So at $x_1$ the gradient is $(3, 3, 3, 1)$,\nand at $x_2$ it is $(6, 3, 5, 2)$.\n\n"
                          "Some words.\n\nThen at $x_2$ it is $(6, 3)$.\n")
    lines, first = notes_verdicts(notes)
    assert lines[5] == ["correct"] and lines[6] == ["wrong"] and first == 6
    assert 10 not in lines


def test_gradient_at_a_named_datapoint_in_words():
    """THETA_HEAD: ``the gradient at $x_2$ is $(6, 3, 5, 1)$`` is ∇f(x_2), correct, even with no datapoint in the
    context; ``Then ∇f at $x_1$ equals $(3, 3, 3, 2)$`` is ∇f(x_1) with its last entry wrong (true 1)."""
    notes = THETA_HEAD + ("So the gradient at $x_2$ is $(6, 3, 5, 1)$.\n\n"
                          "Then ∇f at $x_1$ equals $(3, 3, 3, 2)$.\n")
    lines, first = notes_verdicts(notes)
    assert lines[5] == ["correct"] and lines[7] == ["wrong"] and first == 7
