"""A parameter count given as a total after its parts (``パラメータは $W1$ が1個、…、合計4個``, ``参数…一共4个``)
is the count, not the first part's number (symntk.check.cjk_words); invented notes.

The exercise: f(x) = W2 (W1 x + b1) + b2, all scalars: 4 parameters.
"""

import pytest
from check_helpers import notes_verdicts

from symntk.check.cjk_words import counts

GIVEN = ("Given: $f(x) = W2(W1 x + b1) + b2$, $W1 = 3$, $b1 = -1$, $W2 = 2$, $b2 = 1$; $x_1 = 1$, $x_2 = 2$.\n\n")
PARTS = "パラメータは $W1$ が1個、$b1$ が1個、$W2$ が1個、$b2$ が1個で、{total}{n}個。\n"


@pytest.mark.parametrize("total", ["合計", "全部で"])
def test_total_after_the_parts(total):
    """合計4個 is right (4 parameters), 合計5個 is wrong; the parts' 1個 are not read as the count."""
    out, first = notes_verdicts(GIVEN + PARTS.format(total=total, n=4))
    assert out[3] == ["correct"] and first == 0
    out, first = notes_verdicts(GIVEN + PARTS.format(total=total, n=5))
    assert out[3] == ["wrong"] and first == 3


def test_counts_reads_the_total_only():
    """One count, the total: ['9'] for parameters of 3 and 6 with 合計9個."""
    assert counts("パラメータは W が3個、b が6個、合計9個") == ["9"]
