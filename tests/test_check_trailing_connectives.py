"""A connective word ending a prose line (``so``, ``hence``, ``, thus``) leads into the next line (invented notes).

By hand: tanh′(z) = 1 − tanh²(z), so ``1 - tanh(z)^2`` is right and ``1 - tanh(z)`` is the classic slip.
"""

import pytest
from check_helpers import problem, verdicts

from symntk.check.plain_words import trailing_connective

TANH = problem([1, 1, 1], "tanh", [0, 1], W1=1, b1=0, W2=1, b2=0)


@pytest.mark.parametrize("line, verdict", [
    ("derivative of tanh is 1 - tanh(z)^2 so", "correct"),
    ("derivative of tanh is 1 - tanh(z) so", "wrong"),
    ("derivative of tanh is 1 - tanh(z), hence", "wrong"),
    ("the derivative of tanh is 1 - tanh(z)^2, and so:", "correct"),
])
def test_a_rule_in_words_ending_in_a_connective_is_judged(tmp_path, line, verdict):
    out, _ = verdicts(tmp_path, TANH, line + "\n")
    assert out[1] == [verdict]


@pytest.mark.parametrize("line, want", [
    ("K = 8 so", "K = 8"),
    ("K = 8, thus.", "K = 8"),
    ("K = 8 and so", "K = 8"),
    ("so", "so"),                            # nothing before it: stays
    ("we do so and also", "we do so and also"),
    ("a soso", "a soso"),
])
def test_which_line_ends_are_connectives(line, want):
    assert trailing_connective(line) == want
