"""Derivatives of the learner's own hidden units (∂a/∂z, da/dz, a′(z), ∂f/∂z, ∂z/∂W) judged as formulas in z.

Network f = W_2·tanh(W_1·x + b_1) + b_2 with W_1 = 1, b_1 = 0, W_2 = 3, b_2 = 0 and datapoints x₁ = 0, x₂ = 2
(sigmoid and two hidden units below). By hand, with z = W_1 x + b_1 and a = tanh z: da/dz = 1 − tanh² z = 1 − a²,
∂f/∂a = W_2 = 3, ∂f/∂z = W_2(1 − a²), ∂z/∂W_1 = x, ∂z/∂b_1 = 1, ∂f/∂W_1 = W_2(1 − a²)x; at x₂, z = 2 and
∂f/∂b_1 = 3(1 − tanh² 2). The central differences of tests/reference.py confirm ∂f/∂b_1 and ∂f/∂W_1 at x₂ below.
"""

import math

import pytest
from check_helpers import problem, verdicts

from reference import central_jacobian

TANH = problem([1, 1, 1], "tanh", [0, 2], W1=1, b1=0, W2=3, b2=0)
HEAD = "$f(x) = W_2 \\tanh(W_1 x + b_1) + b_2$\n\nLet $z = W_1 x + b_1$ and $a = \\tanh(z)$.\n\n"


def test_hand_value_agrees_with_central_differences():
    J = central_jacobian([1, 0, 3, 0], [1, 1, 1], ["tanh", "identity"], [[0], [2]])
    assert math.isclose(J[1][1], 3 * (1 - math.tanh(2) ** 2), rel_tol=1e-6)
    assert math.isclose(J[1][0], 3 * (1 - math.tanh(2) ** 2) * 2, rel_tol=1e-6)


@pytest.mark.parametrize("claim, verdict", [
    (r"$\frac{da}{dz} = 1 - \tanh^2(z)$", "correct"),
    (r"$\frac{d a}{d z} = 1 - a^2$", "correct"),
    (r"$\frac { \mathrm { d } a } { \mathrm { d } z } = 1 - \tanh^2 z$", "correct"),
    (r"$\frac{\partial a}{\partial z} = \operatorname{sech}^2(z)$", "correct"),
    (r"$a'(z) = 1 - a^2$", "correct"),
    ("da/dz = 1 - tanh(z)^2", "correct"),
    (r"$\frac{da}{dz} = 1 - \tanh(z)$", "wrong"),
    (r"$a'(z) = 1 + a^2$", "wrong"),
    ("da/dz = 2 tanh(z)", "wrong"),
    (r"$\frac{\partial f}{\partial a} = W_2$", "correct"),
    (r"$\frac{df}{da} = 1$", "wrong"),
    (r"$\frac{\partial f}{\partial z} = W_2 (1 - a^2)$", "correct"),
    (r"$\frac{\partial f}{\partial z} = W_2 a^2$", "wrong"),
    (r"$\frac{\partial z}{\partial W_1} = x$", "correct"),
    (r"$\frac{\partial z}{\partial b_1} = 1$", "correct"),
    (r"$\frac{\partial z}{\partial b_1} = x$", "wrong"),
])
def test_derivatives_of_own_units(tmp_path, claim, verdict):
    got, first = verdicts(tmp_path, TANH, HEAD + claim + "\n")
    assert got[5] == [verdict]
    assert first == (5 if verdict == "wrong" else 0)


def test_a_wrong_unit_derivative_is_carried_into_the_gradients(tmp_path):
    notes = HEAD + "\n\n".join([
        r"$\frac{da}{dz} = 1 - \tanh(z)$",                              # line 5: wrong, tanh′ = 1 − tanh²
        r"$\frac{\partial f}{\partial b_1} = W_2 (1 - \tanh(z))$",     # line 7: follows from line 5
        r"$\frac{\partial f}{\partial W_2} = \tanh(z)$",               # line 9: right
        r"At $x_2 = 2$: $z = 2$, $\frac{da}{dz} = 1 - \tanh(2)$",      # line 11: line 5's rule at z = 2
    ]) + "\n"
    got, first = verdicts(tmp_path, TANH, notes)
    assert first == 5
    assert got[5] == ["wrong"] and got[7] == ["carried"] and got[9] == ["correct"]
    assert got[11][-1] == "carried"


SIGMOID_TWO = problem([1, 2, 1], "sigmoid", [1, 3], W1=[[1], [-1]], b1=[0, 1], W2=[[2, 5]], b2=[0])
TWO_HEAD = ("$f(x) = v_1 \\sigma(w_1 x + b_1) + v_2 \\sigma(w_2 x + b_2) + c$\n\n"
            "$z_1 = w_1 x + b_1$, $z_2 = w_2 x + b_2$, $h_1 = \\sigma(z_1)$, $h_2 = \\sigma(z_2)$\n\n")


@pytest.mark.parametrize("claim, verdict", [
    (r"$\frac{\partial h_1}{\partial z_1} = h_1 (1 - h_1)$", "correct"),
    ("dh_2/dz_2 = h_2(1 - h_2)", "correct"),
    (r"$\frac{\partial h_1}{\partial z_1} = \sigma(z_1)(1 - \sigma(z_1))$", "correct"),
    (r"$\frac{\partial h_1}{\partial z_1} = h_1 (1 + h_1)$", "wrong"),
    (r"$\frac{\partial h_1}{\partial z_2} = 0$", "correct"),
    (r"$\frac{\partial f}{\partial h_2} = v_2$", "correct"),
    (r"$\frac{\partial f}{\partial z_2} = v_1 h_2 (1 - h_2)$", "wrong"),
])
def test_two_hidden_units_and_sigmoid(tmp_path, claim, verdict):
    got, first = verdicts(tmp_path, SIGMOID_TWO, TWO_HEAD + claim + "\n")
    assert got[5] == [verdict]


RELU_TWO = problem([1, 2, 1], "relu", [1, 3], W1=[[2], [-1]], b1=[0, 2], W2=[[1, 1]], b2=[0])
RELU_HEAD = ("$f(x) = v_1 \\mathrm{relu}(w_1 x + b_1) + v_2 \\mathrm{relu}(w_2 x + b_2) + c$\n\n"
             "$z_1 = w_1 x + b_1$, $z_2 = w_2 x + b_2$\n\n")


@pytest.mark.parametrize("heading, second, verdict", [
    ("### At $x_2 = 3$", "0", "correct"),    # z_2 = −3 + 2 = −1 < 0: relu′(z_2) = 0 there
    ("### At $x_2 = 3$", "1", "wrong"),      # 1 is relu′(z_2) at x_1 (z_2 = 1), not under this heading
    ("### At $x_1 = 1$", "1", "correct"),    # z_2 = −1 + 2 = 1 > 0
    ("### At $x_1 = 1$", "0", "wrong"),
])
def test_relu_slope_of_a_named_unit_is_judged_at_the_section_point(tmp_path, heading, second, verdict):
    notes = RELU_HEAD + heading + "\n\n" + rf"$\mathrm{{relu}}'(z_1) = 1$ and $\mathrm{{relu}}'(z_2) = {second}$" + "\n"
    got, first = verdicts(tmp_path, RELU_TWO, notes)
    assert got[7] == ["correct", verdict]
    assert first == (7 if verdict == "wrong" else 0)
