"""A bracket of prose closing a statement in an untagged code fence is a remark, not math (invented notes).

Network f = W3 (W2 (W1 x + b1) + b2) + b3 with every W 1 and every b 0, x_1 = 1, x_2 = 2 (worked out by hand):
∂f/∂b3 = 1, ∂f/∂b2 = W3 = 1, ∂f/∂W3 = W2 (W1 x + b1) + b2 = x.
"""

import pytest
from check_helpers import notes_verdicts

from symntk.check.plain_text import trailing_remark

HEAD = "```\nf(x) = W3 (W2 (W1 x + b1) + b2) + b3\nW1 = W2 = W3 = 1, b1 = b2 = b3 = 0\nx1 = 1, x2 = 2\n```\n\n"


@pytest.mark.parametrize("body, expected", [
    ("df/db3 = 0   (b3 is just added on at the end, its a constant)", "df/db3 = 0"),
    ("dL/dw = 2  (weil das Gewicht nur einmal vorkommt)", "dL/dw = 2"),
    ("K12 = 8 (I think this is right).", "K12 = 8"),
    ("g = (1, 0, 2) (at x2)", "g = (1, 0, 2) (at x2)"),          # a datapoint, not prose
    ("W2 = [1, 0] (v1, v2)", "W2 = [1, 0] (v1, v2)"),            # names of the entries
    ("f = 2 (tanh x + 1)", "f = 2 (tanh x + 1)"),                # a factor
    ("K = (wait no)", "K = (wait no)"),                          # two words only
    ("(just a remark in brackets alone)", "(just a remark in brackets alone)"),   # no statement before it
])
def test_trailing_remark(body, expected):
    assert trailing_remark(body) == expected


def test_a_derivative_with_a_remark_in_a_fence_is_judged():
    notes = HEAD + "```\ndf/db3 = 0   (b3 is just added on at the end, its a constant)\n" \
                   "df/db2 = 1   (same reason as for the one above)\ndf/dW3 = x   (the hidden value at the end)\n```\n"
    out, first = notes_verdicts(notes)
    assert out[8] == ["wrong"] and first == 8
    assert out[9] == ["correct"] and out[10] == ["correct"]
