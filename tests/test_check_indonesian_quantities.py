"""Indonesian and Malay words for the kernel's trace, determinant and discriminant in plain notes: ``jejak = 27``,
``determinan = 8*19 - 12^2 = 8``, ``diskriminan = 27^2 - 4*8 = 697``.

The notes are invented; values worked out by hand: K = [[8, 12], [12, 19]], tr K = 27, det K = 152 − 144 = 8,
Δ = 27² − 4·8 = 697.
"""

import pytest
from check_helpers import line_verdicts

from symntk.check import check_text

GIVEN = ("f(x) = W2 (W1 x + b1) + b2, tanpa aktivasi, W1 = [1, 1]^T, b1 = [0, 1]^T, W2 = [1, 0], b2 = 0, "
         "x1 = 1, x2 = 2\n\nK = [[8, 12], [12, 19]]\n\n")   # line 5 next


@pytest.mark.parametrize("line, verdicts", [
    ("jejak = 8 + 19 = 27", ["correct", "correct"]),
    ("jejak = 28", ["wrong"]),
    ("determinan = 8*19 - 12^2 = 8", ["correct", "correct"]),
    ("diskriminan = 27^2 - 4*8 = 697", ["correct", "correct"]),
])
def test_the_words_name_the_quantities(line, verdicts):
    assert line_verdicts(check_text(GIVEN + line + "\n", "notes.txt")).get(5) == verdicts
