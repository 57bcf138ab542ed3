"""An activation's slope without its argument, said in prose on a line whose ``x = c:`` label names a datapoint
(``**x = 2:** $z = (2, -2)$. relu' = 1``): about every hidden unit there unless the line's words single out one
unit (``unit 2 is off``, ``die zweite Einheit ist tot``); the learner's slope is then used for what follows.

Invented exercise (worked by hand): f(x) = W2 relu(W1 x + b1) + b2, W1 = (1, −1)ᵀ, b1 = 0, W2 = (1, 1), b2 = 0,
x = (1, 2). At x = 2: z = (2, −2), relu′ = (1, 0), ∇f(2) = (2, 0, 1, 0, 2, 0, 1); with relu′ = 1 for both units it
would be (2, 2, 1, 1, 2, 0, 1). With b1 = (0, 1) instead, at x = 1: z = (1, 2), both units on, relu′ = 1.
"""

import pytest
from check_helpers import problem, verdicts

from symntk.check.one_unit_words import one_unit_lines

RELU = problem([1, 2, 1], "relu", [1, 2], W1=[[1], [-1]], b1=[0, 0], W2=[[1, 1]], b2=0)
RELU_ON = problem([1, 2, 1], "relu", [1, 2], W1=[[1], [1]], b1=[0, 1], W2=[[1, 1]], b2=0)


def test_every_unit_slope_wrong_and_its_gradient_carried(tmp_path):
    """relu' = 1 at x = 2 where unit 2 has z = −2: wrong (line 1); the gradient with slope 1 in both units is
    carried (line 3)."""
    notes = "**x = 2:** $z = (2, -2)$. relu' = 1 (linear regime)\n\n$\\nabla f(x_2) = (2, 2, 1, 1, 2, 0, 1)$\n"
    lines, first = verdicts(tmp_path, RELU, notes)
    assert lines[1][-1] == "wrong" and set(lines[1][:-1]) == {"correct"} and first == 1
    assert lines[3] == ["carried"]


def test_one_unit_named_keeps_some_unit_reading(tmp_path):
    """"unit 2 is off (relu' = 0)": about unit 2, correct."""
    lines, first = verdicts(tmp_path, RELU, "**x = 2:** $z = (2, -2)$, unit 2 is off (relu' = 0)\n")
    assert set(lines[1]) == {"correct"} and len(lines[1]) >= 2 and first == 0


def test_every_unit_on_is_correct(tmp_path):
    """Both units on at x = 1 (z = (1, 2)): relu' = 1 is correct."""
    lines, first = verdicts(tmp_path, RELU_ON, "**x = 1:** $z = (1, 2)$, both on, relu' = 1.\n")
    assert set(lines[1]) == {"correct"} and len(lines[1]) >= 2 and first == 0


@pytest.mark.parametrize("line, singles", [
    ("z2 = -4, so unit 2 is off (relu' = 0)", True),
    ("die zweite Einheit ist tot (relu' = 0)", True),
    ("eining 1 er dauð", True),
    ("la neurona 2 está apagada", True),
    ("x = 2: z = (2, -2), relu' = 1 (linear part of the net)", False),
    ("both units on, relu' = 1.", False),
])
def test_words_that_single_out_one_unit(line, singles):
    """The line's words single out one hidden unit, or do not."""
    assert (one_unit_lines(line) == {1}) is singles
