"""The activation registry's derivatives and the notation table."""

import pytest
import sympy

from symntk import notation
from symntk.activations import ACTIVATIONS, get_activation, relu, sigmoid, softplus, step
from symntk.errors import InputError

z = sympy.Symbol("z", real=True)
CLOSED = {  # each activation written out with elementary functions, independently of the registry
    "identity": z,
    "tanh": sympy.tanh(z),
    "sigmoid": 1 / (1 + sympy.exp(-z)),
    "softplus": sympy.log(1 + sympy.exp(z)),
    "quadratic": z ** 2,
}


@pytest.mark.parametrize("name", sorted(CLOSED))
def test_derivative_matches_differentiating_the_closed_form(name):
    act = ACTIVATIONS[name]
    for value in [sympy.Rational(-3, 2), sympy.Rational(1, 3), sympy.Integer(2)]:
        want = sympy.diff(CLOSED[name], z).subs(z, value)
        got = act.derivative(value).rewrite(sympy.exp)
        assert abs(sympy.N(want - got, 40)) < 1e-35
        assert abs(sympy.N(act.apply(value).rewrite(sympy.exp) - CLOSED[name].subs(z, value), 40)) < 1e-35


def test_relu_and_its_derivative_convention():
    assert relu(sympy.Integer(-2)) == 0 and relu(sympy.Rational(3, 2)) == sympy.Rational(3, 2)
    assert step(0) == 0 and step(sympy.Rational(1, 5)) == 1 and step(-1) == 0
    assert sympy.diff(relu(z), z) == step(z)
    assert relu(sympy.tanh(1) - 1) == 0  # decided numerically when SymPy cannot


def test_sigmoid_softplus_values():
    assert sigmoid(0) == sympy.Rational(1, 2) and softplus(0) == sympy.log(2)
    assert sympy.diff(softplus(z), z) == sigmoid(z)


def test_unknown_activation():
    with pytest.raises(InputError, match="one of identity, relu, tanh, sigmoid, softplus, quadratic"):
        get_activation("swish", "p.toml", "network.activation")


@pytest.mark.parametrize("symbol,latex,text", [
    (notation.weight(2, 1, 3), "W_{1,3}^{[2]}", "W⁽²⁾₁,₃"),
    (notation.bias(1, 2), "b_{2,1}^{[1]}", "b⁽¹⁾₂,₁"),
    (notation.inputs(1)[0], "x", "x"),
    (notation.inputs(3)[1], "x_{2}", "x₂"),
    (notation.weight(12, 10, 11), "W_{10,11}^{[12]}", "W⁽¹²⁾₁₀,₁₁"),
])
def test_notation_table(symbol, latex, text):
    assert notation.symbol_latex(symbol) == latex
    assert notation.symbol_unicode(symbol) == text
    assert notation.lookup(symbol) is not None


def test_notes_order_in_products_and_sums():
    W, b, x = notation.weight, notation.bias, notation.inputs(1)[0]
    assert notation.latex(x * W(1, 1, 1) * W(2, 1, 1)) == r"W_{1,1}^{[2]} W_{1,1}^{[1]} x"
    assert notation.latex(b(2, 1) + W(2, 1, 1) * b(1, 1) + W(2, 1, 1) * W(1, 1, 1) * x) == (
        r"W_{1,1}^{[2]} W_{1,1}^{[1]} x + W_{1,1}^{[2]} b_{1,1}^{[1]} + b_{1,1}^{[2]}")
