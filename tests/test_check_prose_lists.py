"""Derivative tables headed ∂f/∂(·), a gradient named by a word before its vector, and values zipped with
datapoints (invented notes; verdicts worked out by hand).

LINEAR: f(x) = W2 (W1 x + b1) + b2 with W1 = 3, b1 = -1, W2 = 2, b2 = 0, θ = (W1, b1, W2, b2), datapoints
x_1 = 1, x_2 = 2. ∂f/∂W1 = W2 x = 2x, ∂f/∂b1 = W2 = 2, ∂f/∂W2 = W1 x + b1 = 3x - 1, ∂f/∂b2 = 1;
h = 3x - 1 is 2 at x_1 and 5 at x_2; ∇f(x_1) = (2, 2, 2, 1), ∇f(x_2) = (4, 2, 5, 1).
"""

from fractions import Fraction

from check_helpers import problem
from check_helpers import verdicts as _verdicts

from symntk.check.zipped import zipped_claims

LINEAR = problem([1, 1, 1], "identity", [1, 2], W1=3, b1=-1, W2=2, b2=0)
DATA = "Datapoints $x_1 = 1$, $x_2 = 2$.\n\n"


def test_a_derivative_table_headed_by_a_placeholder_with_a_value_column(tmp_path):
    notes = DATA + "\n".join([r"| param | $\partial f/\partial(\cdot)$ | value |", "|---|---|---|",
                              r"| $W^{[1]}$ | $W^{[2]}x$ | $2x$ |", r"| $b^{[1]}$ | $W^{[2]}$ | $2$ |",
                              r"| $W^{[2]}$ | $W^{[1]}x + b^{[1]}$ | $3x$ |",   # the value is 3x - 1
                              r"| $b^{[2]}$ | $1$ | $1$ |"])
    verdicts, first = _verdicts(tmp_path, LINEAR, notes)
    assert {k: v for k, v in verdicts.items() if k >= 5} == {
        5: ["correct", "correct"], 6: ["correct", "correct"], 7: ["correct", "wrong"], 8: ["correct", "correct"]}
    assert first == 7


def test_unicode_placeholder_header_without_a_value_column(tmp_path):
    notes = DATA + "\n".join(["| θ | ∂f/∂· |", "|---|---|", "| W1 | W2 x |", "| b1 | 1 |"])   # ∂f/∂b1 = W2 = 2
    verdicts, first = _verdicts(tmp_path, LINEAR, notes)
    assert verdicts.get(5) == ["correct"] and verdicts.get(6) == ["wrong"]
    assert first == 6


def test_a_gradient_word_before_a_bare_vector(tmp_path):
    notes = DATA + "Gradient $(2x, 2, 3x - 1, 1)$ at both points.\n\nThe gradient is $(2x, 2, 3x, 1)$.\n"
    verdicts, first = _verdicts(tmp_path, LINEAR, notes)
    assert verdicts.get(3) == ["correct"] and verdicts.get(5) == ["wrong"]
    assert first == 5


def test_gradient_word_then_a_relation_at_a_labelled_point(tmp_path):
    notes = DATA + "**At $x_2 = 2$:** gradient $= (4, 2, 5, 1)$\n\n**At $x_1 = 1$:** gradient $= (2, 2, 3, 1)$\n"
    verdicts, first = _verdicts(tmp_path, LINEAR, notes)
    assert verdicts.get(3)[-1] == "correct" and verdicts.get(5)[-1] == "wrong"
    assert first == 5


def test_values_zipped_with_datapoints(tmp_path):
    notes = DATA + "Hidden values (h = 2, 5 for x = 1, 2), outputs f = 4; 9 für x = 1; 2.\n"   # f(x_2) = 10
    verdicts, first = _verdicts(tmp_path, LINEAR, notes)
    assert verdicts.get(3) == ["correct", "correct", "correct", "wrong"]
    assert first == 3


def test_zipped_lists_need_equal_lengths_and_known_datapoints():
    points = {(Fraction(1),): 1, (Fraction(2),): 2}
    assert zipped_claims("for x_1, x_2: z = 0,5, 1", points)[0][0] == ["z(x_{1}) = 0.5", "z(x_{2}) = 1"]
    assert zipped_claims("h = 2, 5, 8 for x = 1, 2", points) == []
    assert zipped_claims("h = 2, 5 for x = 1, 3", points) == []
    assert zipped_claims("h = 2, 5 for x = " + "1, " * 500 + "2", points) == []
