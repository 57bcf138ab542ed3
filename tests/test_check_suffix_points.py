"""A datapoint named right after a claim in prose (``$h = 2$ at $x_1$``, ``für $x = 2$``, ``(at $x^{(2)}$)``).

Invented exercise: f(x) = W2 (W1 x + b1) + b2 with W1 = 3, b1 = 1, W2 = 2, b2 = 0, datapoints 2 and -1.
By hand: h = 3x + 1, so h(2) = 7, h(-1) = -2; f = 6x + 2, so f(2) = 14, f(-1) = -4;
∂f/∂W1 = W2 x = 2x: 4 at x_1, -2 at x_2.
"""

import pytest
from check_helpers import problem, verdicts

from symntk.check.points import suffix_points

PROBLEM = problem([1, 1, 1], "identity", [2, -1], W1=3, b1=1, W2=2, b2=0)


def test_the_math_before_a_label_is_keyed_by_its_text():
    line = "so $h = 7$ at $x_1$ and $h = -2$ for $x = -1$, $f = 14$ (at $x^{(1)}$); $K$ is big at $x_1$"
    assert suffix_points(line, [(2,), (-1,)]) == {(1, "h = 7"): 1, (1, "h = -2"): 2, (1, "f = 14"): 1}


def test_a_value_that_is_no_datapoint_names_none():
    assert suffix_points("$h = 4$ at $x = 1$", [(2,), (-1,)]) == {}


@pytest.mark.parametrize("line, expected", [
    ("With the numbers $h = 3x + 1$, so $h = 7$ at $x_1$ and $h = -2$ at $x_2$.", ["correct", "correct", "correct"]),
    ("Also $h = 7$ für $x = 2$ und $h = -1$ bei $x = -1$.", ["correct", "correct", "wrong", "correct"]),
    ("$f = 14$ við $x_1$ og $f = -4$ við $x_2$", ["correct", "correct"]),
    ("$f = 14$ við $x_2$", ["wrong"]),
    (r"$\nabla_\theta f = (-2, 2, -2, 1)$ at $x_2$", ["correct"]),
    (r"$\nabla_\theta f = (-2, 2, -2, 1)$ at $x_1$", ["wrong"]),
    (r"$\frac{\partial f}{\partial W_1} = 4$ at $x_1$, $\frac{\partial f}{\partial W_1} = -2$ at $x_2$",
     ["correct", "correct"]),
    (r"$\frac{\partial f}{\partial W_1} = 4$ at $x_2$", ["wrong"]),
])
def test_claims_are_judged_at_the_datapoint_named_after_them(tmp_path, line, expected):
    notes = "$f(x) = W_2(W_1 x + b_1) + b_2$, $h = W_1 x + b_1$\n\n" + line + "\n"
    found = verdicts(tmp_path, PROBLEM, notes)[0]
    assert found.get(3) == expected
