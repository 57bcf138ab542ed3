"""A derivative written without a datapoint in its name whose formula names the datapoint for the input
(``\\frac{\\partial f}{\\partial w_1} = v_1 x_1 = 1`` under "at x_1"): the derivative at that datapoint, with the
parameters still letters; the next link of its chain too. Not for several inputs (x_1 is then a coordinate).

The notes are invented; the values worked out by hand. f(x) = v_1(w_1 x + b_1) + v_2(w_2 x + b_2) + c with
w_1 = 1, w_2 = 1, b_1 = 0, b_2 = 1, v_1 = 2, v_2 = 0, c = 0 at x_1 = 1, x_2 = 3: ∂f/∂w_1 = v_1 x (2 at x_1, 6 at
x_2), ∂f/∂w_2 = v_2 x (0), ∂f/∂b_1 = v_1 = 2, ∂f/∂v_2 = w_2 x + b_2 (2 at x_1, 4 at x_2).
"""

import pytest
from check_helpers import notes_verdicts

from symntk.check.claims import DerivativeClaim
from symntk.check.datapoint_names import named_point
from symntk.check.syntax import parse

HEAD = ("$f(x) = v_1(w_1 x + b_1) + v_2(w_2 x + b_2) + c$ with $w_1 = 1$, $w_2 = 1$, $b_1 = 0$, $b_2 = 1$, "
        "$v_1 = 2$, $v_2 = 0$, $c = 0$; $x_1 = 1$, $x_2 = 3$.\n\nAt the datapoints:\n\n")   # lines 1-3


@pytest.mark.parametrize("line, verdicts", [
    (r"$\frac{\partial f}{\partial w_1} = v_1 x_1 = 2$", ["correct", "correct"]),
    (r"$\frac{\partial f}{\partial w_1} = v_1 x_2 = 6$", ["correct", "correct"]),
    (r"$\frac{\partial f}{\partial v_2} = w_2 x_2 + b_2 = 4$", ["correct", "correct"]),
    (r"$\frac{\partial f}{\partial b_1} = v_1 x_2 = 6$", ["wrong", "wrong"]),        # v_1, not v_1 x
    (r"$\frac{\partial f}{\partial w_1} = v_2 x_1 = 0$", ["wrong", "wrong"]),        # the other unit's weight
    (r"$\frac{\partial f}{\partial w_1} = v_1 x$", ["correct"]),                     # the formula in x stays one
])
def test_a_formula_with_the_datapoints_name_is_the_derivative_there(line, verdicts):
    got, _ = notes_verdicts(HEAD + line + "\n")
    assert [v if v != "carried" else "wrong" for v in got[5]] == verdicts


def _claim(value: str, previous: str | None = None) -> DerivativeClaim:
    node = parse(f"a = {value}").members[-1].node
    before = parse(f"a = {previous}").members[-1].node if previous else None
    return DerivativeClaim(1, node, value, previous=before)


def test_which_datapoint_a_formula_names():
    assert named_point(_claim("v_1 x_1"), 1, 2) == 1
    assert named_point(_claim("2", "v_1 x_2"), 1, 2) == 2          # the next link of the chain
    assert named_point(_claim("v_1 x_1"), 2, 2) is None            # two inputs: x_1 is a coordinate
    assert named_point(_claim("v_1 x_1 + x"), 1, 2) is None        # the input named too
    assert named_point(_claim("x_1 + x_2"), 1, 2) is None          # two datapoints
    assert named_point(_claim("v_1 x_3"), 1, 2) is None            # no such datapoint
    assert named_point(_claim("v_1"), 1, 2) is None


def test_an_index_formulas_instance_keeps_x_k_as_the_input():
    claim = _claim("v_1 x_1")
    claim.general = True
    assert named_point(claim, 1, 2) is None
