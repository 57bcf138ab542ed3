"""Definitions set side by side in a prose line, two spaces or more apart, also after a transposed value
(``W1 = [1, 2]^T  b1 = [0, 1]^T  W2 = [1, 1]  b2 = 0``, or a tab apart): each is read on its own.

The notes are invented; values worked out by hand. f(x) = v_1(w_1 x + b_1) + v_2(w_2 x + b_2) + c, identity, with
w = (1, 2), b = (0, 1), v = (1, 1), c = 0 at x_1 = 1, x_2 = 2: ∇f = (x, x, 1, 1, x, 2x + 1, 1), ∇f(1) =
(1, 1, 1, 1, 1, 3, 1), ∇f(2) = (2, 2, 1, 1, 2, 5, 1); K_11 = 15, K_12 = 24.
"""

import pytest
from check_helpers import notes_verdicts

from symntk.check.prose_runs import math_runs


@pytest.mark.parametrize("line, runs", [
    ("W1 = [1, 2]^T  b1 = [0, 1]^T", ["W1 = [1, 2]^T, b1 = [0, 1]^T"]),
    ("W1 = [1, 2]^{T}   b1 = [0, 1]^T", ["W1 = [1, 2]^{T}, b1 = [0, 1]^T"]),
    ("W1 = [1, 2]ᵀ\tb1 = [0, 1]ᵀ", ["W1 = [1, 2]ᵀ, b1 = [0, 1]ᵀ"]),   # a tab sets them apart too
    ("W1 = [1, 2]^T b1 = [0, 1]^T", ["W1 = [1, 2]^T b1 = [0, 1]^T"]),   # one space: not said apart
    ("W1 = [1, 2]ᵀ  b1 = [0, 1]ᵀ", ["W1 = [1, 2]ᵀ, b1 = [0, 1]ᵀ"]),
])
def test_a_transposed_value_ends_its_definition(line, runs):
    assert math_runs(line) == runs


def test_side_by_side_definitions_after_transposed_values_give_the_exercise():
    notes = ("W1 = [1, 2]^T  b1 = [0, 1]^T  W2 = [1, 1]  b2 = 0\nx1 = 1, x2 = 2\n\n"
             "K11 = 1 + 1 + 1 + 1 + 1 + 9 + 1 = 15\n\nK12 = 2 + 2 + 1 + 1 + 2 + 15 + 1 = 25\n")
    lines, first = notes_verdicts(notes)
    assert lines[4] == ["correct", "correct"] and lines[6] == ["correct", "wrong"] and first == 6
