"""Inline math in ``\\(…\\)`` on one line is read like ``$…$``, with the prose around it: a quantity named in words
before it (``The characteristic polynomial is \\( … \\)``, ``trace \\(= 55\\)``).

Notes invented for these tests: f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]} with W^{[1]} = (1, 2)^T,
b^{[1]} = (0, 1)^T, W^{[2]} = (1, 1), b^{[2]} = 0, x_1 = 1, x_2 = 2. By hand: the gradients are
(1, 1, 1, 1, 1, 3, 1) and (2, 2, 1, 1, 2, 5, 1), K = [[15, 24], [24, 40]], tr K = 55, det K = 600 − 576 = 24,
det(λI − K) = λ² − 55λ + 24.
"""

import pytest
from check_helpers import notes_verdicts

PROBLEM = ("Given \\( f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]} \\) with \\( W^{[1]} = (1, 2)^T \\), "
           "\\( b^{[1]} = (0, 1)^T \\), \\( W^{[2]} = (1, 1) \\), \\( b^{[2]} = 0 \\), \\( x_1 = 1 \\), "
           "\\( x_2 = 2 \\).\n\n")   # line 1


@pytest.mark.parametrize("line, verdict", [
    ("The characteristic polynomial is \\( \\lambda^2 - 55\\lambda + 24 \\), so", "correct"),
    ("The characteristic polynomial is \\( \\lambda^2 - 55\\lambda + 25 \\), so", "wrong"),
    ("Das charakteristische Polynom lautet \\( \\lambda^2 - 55\\lambda + 24 \\).", "correct"),
    ("trace \\(= 55\\)", "correct"),
    ("trace \\(= 54\\)", "wrong"),
])
def test_a_quantity_named_before_paren_math(line, verdict):
    lines, _ = notes_verdicts(PROBLEM + line + "\n")
    assert lines[3] == [verdict]


def test_the_data_in_paren_math_is_the_exercise():
    lines, first = notes_verdicts(PROBLEM + "\\( K_{12} = 24 \\), \\( K_{22} = 40 \\)\n")
    assert lines[3] == ["correct", "correct"] and first == 0
