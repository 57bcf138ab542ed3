"""A piecewise formula written with ``cases`` after a relation reads as it is said in words; ReLU's derivative
given that way is the claim relu′(z) = 1 for z > 0, 0 for z < 0 (the value at 0 is a convention).

Invented exercise (exercise E's shape, values by hand): f(x) = W^{[2]} relu(W^{[1]} x + b^{[1]}) + b^{[2]} with
W^{[1]} = (1, −1)ᵀ, b^{[1]} = (0, 2)ᵀ, W^{[2]} = (1, 2), b^{[2]} = 0, x = 1, 3.
"""

import pytest
from check_helpers import worst_verdicts

from symntk.check.row_continuations import piecewise_lines, system_rows

HEAD = ("$f(x) = W^{[2]}\\,\\mathrm{relu}(W^{[1]}x + b^{[1]}) + b^{[2]}$, $W^{[1]} = (1, -1)^T$, "
        "$b^{[1]} = (0, 2)^T$, $W^{[2]} = (1, 2)$, $b^{[2]} = 0$; $x_1 = 1$, $x_2 = 3$.\n\n")


def test_cases_are_said_in_words():
    assert system_rows("r'(z) = \\begin{cases} 1 & z > 0 \\\\ 0 & z \\le 0 \\end{cases}") == \
        "r'(z) = 1 \\text{ if } z > 0, \\quad 0 \\text{ if } z \\le 0"
    assert system_rows("g(z) = \\begin{cases} 1, & \\text{if } z > 0, \\\\ 0, & \\text{otherwise.} \\end{cases}") \
        == "g(z) = 1 \\text{ if } z > 0, \\quad 0 \\text{ otherwise}"


def test_cases_over_several_lines_start_where_the_formula_does():
    text = "intro\n$$\\mathrm{relu}'(z) = \\begin{cases}\n 1 & z > 0 \\\\\n 0 & z < 0\n\\end{cases}$$\n"
    assert piecewise_lines(text) == [(2, "\\mathrm{relu}'(z) = 1 \\text{ if } z > 0, \\quad 0 \\text{ if } z < 0")]


@pytest.mark.parametrize("cases, verdict", [
    ("1 & z > 0 \\\\ 0 & z \\le 0", "correct"),
    ("1 & \\text{for } z > 0 \\\\\n 0 & \\text{sonst}", "correct"),
    ("0 & z > 0 \\\\ 1 & z \\le 0", "wrong"),          # the two cases swapped
])
def test_relu_derivative_by_cases_is_judged(cases, verdict):
    worst, _ = worst_verdicts(HEAD + "$$\\mathrm{relu}'(z) = \\begin{cases} " + cases + " \\end{cases}$$\n")
    assert worst.get(3) == verdict


def test_relu_itself_by_cases_is_not_unreadable():
    worst, _ = worst_verdicts(HEAD + "$$h = \\max(0, z) = \\begin{cases} z & z > 0 \\\\ 0 & \\text{else} "
                              "\\end{cases}$$\n")
    assert worst.get(3) in (None, "correct")
