"""A row of derivatives of f written whole and its row of results (``(∂f/∂W^{[1]}, ∂f/∂b^{[1]}) = (x, 1)``): one
derivative claim each; and two spellings of worked examples read with it: a gradient named g at an input written as
a number (``g(0) = (0, 1, 1)``) and a parameter dropped because it "doesn't matter" (invented notes).

Network (worked out by hand): W^{[1]} = (1, 2)ᵀ, b^{[1]} = (0, 1), W^{[2]} = (3, 1), b^{[2]} = 0, identity, so
h = (x, 2x + 1) and ∂f/∂θ = (W^{[2]}_1 x, W^{[2]}_2 x, W^{[2]}_1, W^{[2]}_2, h_1, h_2, 1) = (3x, x, 3, 1, x, 2x + 1, 1);
at x = 1: (3, 1, 3, 1, 1, 3, 1).
"""

import pytest
from check_helpers import problem, verdicts

from symntk.check.dropped_words import dropped_names
from symntk.check.normalise import normalise
from symntk.check.operator_tuples import operator_rows

NET = problem([1, 2, 1], "identity", [1, 2], W1=[[1], [2]], b1=[0, 1], W2=[[3, 1]], b2=0)
ROW = (r"(∂f/∂W^{[1]}_1, ∂f/∂W^{[1]}_2, ∂f/∂b^{[1]}_1, ∂f/∂b^{[1]}_2, ∂f/∂W^{[2]}_1, ∂f/∂W^{[2]}_2, "
       r"∂f/∂b^{[2]})")


@pytest.mark.parametrize("text, expected", [
    (r"$(∂f/∂w, ∂f/∂b) = (x, 1)$", r"$∂f/∂w = x,\quad ∂f/∂b = 1$"),
    (r"$(\frac{\partial f}{\partial w}, \frac{\partial f(x_1)}{\partial b}) = (x,\ 1)$",
     r"$\frac{\partial f}{\partial w} = x,\quad \frac{\partial f(x_1)}{\partial b} = 1$"),
    (r"$(\partial f/\partial w, \partial f/\partial b) = (1, 2, 3)$",
     r"$(\partial f/\partial w, \partial f/\partial b) = (1, 2, 3)$"),   # lengths differ
    (r"$(∂f/∂w + 1, ∂f/∂b) = (x, 1)$", r"$(∂f/∂w + 1, ∂f/∂b) = (x, 1)$"),   # a sum is no derivative
    (r"$(a, b) = (1, 2)$", r"$(a, b) = (1, 2)$"),
])
def test_derivative_rows(text, expected):
    assert operator_rows(text) == expected


def test_a_row_of_derivatives_of_f_is_judged_entry_by_entry(tmp_path):
    notes = "\n\n".join([f"{ROW} = (3x, x, 3, 1, x, 2x + 1, 1)", f"{ROW} = (3x, x, 3, 1, x, 2x, 1)"])
    out, first = verdicts(tmp_path, NET, notes)
    assert out[1] == ["correct"] * 7
    assert out[3] == ["correct"] * 5 + ["wrong", "correct"] and first == 3


def test_a_gradient_named_g_at_a_number():
    assert normalise("g(0) = (0, 1, 1)") == normalise(r"\nabla_\theta f(0) = (0, 1, 1)")
    assert normalise("g(0) = (1 + 2)") == normalise("g(0) = (1 + 2)")   # no list: g may be a function of the notes


def test_g_at_a_datapoint_by_its_value_is_judged(tmp_path):
    out, first = verdicts(tmp_path, NET, "g(1) = (3, 1, 3, 1, 1, 3, 1)\n\ng(2) = (6, 2, 3, 1, 2, 4, 1)")
    assert out[1] == ["correct"] and out[3] == ["wrong"] and first == 3


@pytest.mark.parametrize("line", [
    "b^{[2]} doesn't matter for the kernel.",
    "Notice that b^{[2]} only shifts f, it doesn't interact with anything, so it doesn’t matter for the kernel.",
    "b2 don't matter here",
])
def test_doesnt_matter_drops_the_parameter(line):
    assert dropped_names(line) and all("t" not in names for names in dropped_names(line))


def test_the_order_not_mattering_drops_nothing():
    assert dropped_names("the order of W and b doesn't matter") == []
