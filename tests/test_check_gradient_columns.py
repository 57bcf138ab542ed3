"""A table of parameters whose columns are the whole gradient at each datapoint said in words (``∂f/∂θ at x₁``,
``at x₂``, ``∇f @ x_1``, ``df/dθ bei x₂``) and whose rows name the parameters with Unicode subscripts (``θ₁``,
``w₂``, ``W⁽¹⁾₁``): each cell is ∂f(x_i)/∂(row's parameter) (invented notes).

Expected values worked out by hand. LINEAR: f(x) = W2 (W1 x + b1) + b2 with W1 = 2, b1 = 0, W2 = 1, b2 = 1,
θ = (W1, b1, W2, b2), datapoints 0 and 1: ∇f(x) = (W2 x, W2, W1 x + b1, 1) = (x, 1, 2x, 1), so
∇f(0) = (0, 1, 0, 1) and ∇f(1) = (1, 1, 2, 1).
"""

import pytest
from check_helpers import problem
from check_helpers import verdicts as _verdicts

from symntk.check.tables import table_segments

LINEAR = problem([1, 1, 1], "identity", [0, 1], W1=2, b1=0, W2=1, b2=1)


@pytest.mark.parametrize("first, second", [("∂f/∂θ at x₁", "at x₂"), ("∇f @ x_1", "∇f @ x_2"),
                                           ("df/dθ bei x₁", "bei x₂"), ("gradient at x = 0", "at x = 1")])
def test_columns_of_the_gradient_at_each_datapoint(tmp_path, first, second):
    notes = "\n".join(["x_1 = 0, x_2 = 1", "", f"| param | {first} | {second} |", "|---|---|---|",
                       "| θ₁ | 0 | 1 |", "| θ₂ | 1 | 1 |", "| θ₃ | 0 | 1 |", "| θ₄ | 1 | 1 |"])   # θ₃ at x₂ is 2
    verdicts, first_line = _verdicts(tmp_path, LINEAR, notes)
    assert verdicts[5] == ["correct"] * 2 and verdicts[6] == ["correct"] * 2 and verdicts[8] == ["correct"] * 2
    assert verdicts[7] == ["correct", "wrong"]
    assert first_line == 7


def test_cells_under_a_gradient_column_are_derivatives_at_the_datapoint():
    rows = list(enumerate(["| param | ∂f/∂θ at x₁ | at x₂ |", "|---|---|---|", "| θ₁ | 1 | −1 |",
                           "| W⁽²⁾₁ | 3 | 3 |"], start=1))
    said = [(s.line, s.text) for s in table_segments(rows)]
    assert said == [(3, "\\frac{\\partial f(x_{1})}{\\partial θ₁} = 1"),
                    (3, "\\frac{\\partial f(x_{2})}{\\partial θ₁} = −1"),
                    (4, "\\frac{\\partial f(x_{1})}{\\partial W⁽²⁾₁} = 3"),
                    (4, "\\frac{\\partial f(x_{2})}{\\partial W⁽²⁾₁} = 3")]


@pytest.mark.parametrize("header", ["∂f/∂θ", "∂f/∂θ_k", "symbolic"])
def test_a_gradient_header_without_a_datapoint_stays_a_formula_column(header):
    rows = list(enumerate([f"| param | {header} |", "|---|---|", "| θ₁ | x |"], start=1))
    assert [s.text for s in table_segments(rows)] == ["\\frac{\\partial f}{\\partial θ₁} = x"]


def test_a_quantity_that_is_no_gradient_is_no_gradient_column():
    rows = list(enumerate(["| param | z at x₁ |", "|---|---|", "| θ₁ | 1 |"], start=1))
    assert all("partial f(x" not in s.text for s in table_segments(rows))
