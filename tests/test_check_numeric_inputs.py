"""Gradients at inputs written as numbers (∇_θ f(−1), ∇f(1, 0), ∇f(a)·∇f(b)): the datapoint they equal, or the input.

The networks are small enough to do by hand; every expected gradient is also the independent Fraction backprop
of tests/reference.py. One unit: f(x) = W2 (W1 x + b1) + b2 with W1 = 2, b1 = 1, W2 = 3, b2 = 0, so
∇_θ f(x) = (W2 x, W2, W1 x + b1, 1) = (3x, 3, 2x + 1, 1): (−3, 3, −1, 1) at x = −1, (6, 3, 5, 1) at x = 2,
(0, 3, 1, 1) at x = 0 (no datapoint), and K_12 = −18 + 9 − 5 + 1 = −13.
"""

import pytest

from symntk.check import check_text
from symntk.check.numeric_inputs import gradient_at_numbers, kernel_at_numbers
from symntk.check.syntax import parse

from reference import exact_jacobian, gram

ONE_UNIT = r"""Given $W^{(1)} = 2$, $b^{(1)} = 1$, $W^{(2)} = 3$, $b^{(2)} = 0$, no activation;
datapoints $x_1 = -1$, $x_2 = 2$.

$$f(x) = W^{(2)}(W^{(1)}x + b^{(1)}) + b^{(2)}$$

$\theta = (W^{(1)}, b^{(1)}, W^{(2)}, b^{(2)})$.

"""

TWO_INPUTS = r"""Given $W^{(1)} = \begin{pmatrix}1 & 2\end{pmatrix}$, $b^{(1)} = 0$, $W^{(2)} = 1$, $b^{(2)} = 0$,
no activation; datapoints $x_1 = (1, 0)^T$, $x_2 = (0, 1)^T$.

$\theta = (W^{(1)}_{11}, W^{(1)}_{12}, b^{(1)}, W^{(2)}, b^{(2)})$.

"""


def _verdicts(header, *claims):
    """(line counted from the first claim = 1, verdict, carried) of the claims after the header."""
    report = check_text(header + "\n".join(claims))
    start = header.count("\n")
    return [(j.claim.line - start, j.verdict, j.carried) for j in report.judgements if j.claim.line > start]


def test_the_hand_values_are_the_independent_backprop():
    J = exact_jacobian([2, 1, 3, 0], [1, 1, 1], ["identity"], [[-1], [2], [0]])
    assert J == [[-3, 3, -1, 1], [6, 3, 5, 1], [0, 3, 1, 1]]
    assert gram(J[:2])[0][1] == -13
    J2 = exact_jacobian([1, 2, 0, 1, 0], [2, 1, 1], ["identity"], [[1, 0], [0, 1], [1, 1]])
    assert J2 == [[1, 0, 1, 1, 1], [0, 1, 1, 2, 1], [1, 1, 1, 3, 1]]
    assert gram(J2[:2])[0][1] == 4


@pytest.mark.parametrize("text, expected", [
    (r"\nabla_\theta f(-1) = (1, 2)", (1, (-1,))),
    (r"\nabla f_2(1, 0)^T = (1, 2)", (2, (1, 0))),
    (r"\nabla_\theta f(0.5) = (1, 2)", (1, (0.5,))),
    (r"\nabla_\theta f(x_1) = (1, 2)", None),   # a datapoint by name is not an input written as numbers
    (r"\nabla_\theta f(a) = (1, 2)", None),
])
def test_gradient_at_numbers_recognised(text, expected):
    found = gradient_at_numbers(parse(text).members[0].node)
    assert found == expected


def test_products_of_two_gradients_at_numbers():
    for text in (r"\nabla f(1)\cdot\nabla f(-1) = 0", r"\langle \nabla f(1), \nabla f(-1) \rangle = 0",
                 r"\nabla f(1)^T \nabla f(-1) = 0"):
        assert kernel_at_numbers(parse(text).members[0].node) == (1, (1,), (-1,))
    assert kernel_at_numbers(parse(r"\nabla f_1(1)\cdot\nabla f_2(-1) = 0").members[0].node) is None


def test_gradients_at_the_datapoints_values_and_their_product():
    assert _verdicts(ONE_UNIT,
                     r"$$\nabla_\theta f(-1) = (-3, 3, -1, 1)$$",
                     r"$$\nabla_\theta f(2) = (6, 3, 5, 1)$$",
                     r"$$\nabla f(-1)\cdot\nabla f(2) = -18 + 9 - 5 + 1 = -13$$") == [
        (1, "correct", False), (2, "correct", False), (3, "correct", False), (3, "correct", False)]


def test_a_wrong_gradient_at_a_value_is_carried_into_the_product():
    assert _verdicts(ONE_UNIT,
                     r"$$\nabla_\theta f(-1) = (-3, 3, -1, 1)$$",
                     r"$$\nabla_\theta f(2) = (6, 3, 4, 1)$$",              # ∂f/∂W2 at 2 is 2·2 + 1 = 5
                     r"$$\nabla f(-1)\cdot\nabla f(2) = -18 + 9 - 4 + 1 = -12$$") == [
        (1, "correct", False), (2, "wrong", False), (3, "wrong", True), (3, "wrong", True)]


def test_an_input_that_is_no_datapoint_is_judged_at_that_input():
    assert _verdicts(ONE_UNIT, r"$$\nabla_\theta f(0) = (0, 3, 1, 1)$$", r"$$\nabla_\theta f(0) = (0, 3, 0, 1)$$") == [
        (1, "correct", False), (2, "wrong", False)]


def test_two_inputs_written_as_coordinates():
    assert _verdicts(TWO_INPUTS,
                     r"$$\nabla_\theta f(1, 0) = (1, 0, 1, 1, 1)$$",
                     r"$$\nabla_\theta f(0, 1) = (0, 1, 1, 2, 1)$$",
                     r"$$\langle \nabla f(1, 0), \nabla f(0, 1) \rangle = 4$$",
                     r"$$\nabla_\theta f(1, 1) = (1, 1, 1, 3, 1)$$",
                     r"$$\nabla_\theta f(1, 1) = (1, 1, 1, 2, 1)$$") == [
        (1, "correct", False), (2, "correct", False), (3, "correct", False), (4, "correct", False),
        (5, "wrong", False)]
