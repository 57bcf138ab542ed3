"""The grammar and the allow-list: the usual ways of writing the same thing read the same;
decimals are exact; numbers are judged at the precision written."""

from decimal import Decimal, getcontext
from fractions import Fraction

import pytest
import sympy

import symntk
from symntk import notation
from symntk.check.compare import at_precision, equivalent
from symntk.check.meaning import Scope, to_sympy
from symntk.check.syntax import Num, UnreadableError, parse

SOL = symntk.derive(symntk.notes_problem())
SCOPE = Scope(SOL.network, SOL.problem.points)
x = SOL.network.x[0]
W211, W111, b111 = notation.weight(2, 1, 1), notation.weight(1, 1, 1), notation.bias(1, 1)


def read(text):
    return to_sympy(parse(text).members[0].node, SCOPE)


@pytest.mark.parametrize("text, expected", [
    (r"W_{1,1}^{[2]}", W211),
    (r"W^{[2]}_{1,1}", W211),
    (r"W^{[2]}_{11}", W211),
    (r"W^{(2)}_{1,1}", W211),
    (r"\theta_5", W211),
    (r"\theta_{5}", W211),
    (r"b_{1,1}^{[1]}", b111),
    (r"b^{[1]}_1", b111),
    (r"W_{1,1}^{[2]} \cdot x", W211 * x),
    (r"W_{1,1}^{[2]} \times x", W211 * x),
    (r"W_{1,1}^{[2]} x", W211 * x),
    (r"(W_{1,1}^{[2]})(x)", W211 * x),
    (r"\left( W_{1,1}^{[2]} \right) x", W211 * x),
    (r"[W_{1,1}^{[2]} x]", W211 * x),
    (r"\frac{1}{2} x", x / 2),
    (r"\dfrac{x}{2}", x / 2),
    (r"0.5 x", x / 2),
    (r"0{,}5 x", x / 2),
    (r"x/2", x / 2),
    (r"0.1", sympy.Rational(1, 10)),
    (r"-x + 2", 2 - x),
    (r"x^2", x ** 2),
    (r"x^{-1}", 1 / x),
    (r"\sqrt{2}", sympy.sqrt(2)),
    (r"x_2", 2),  # one input: x_i is datapoint i
    (r"W_{1,1}^{[1]} x + b_{1,1}^{[1]}", W111 * x + b111),
])
def test_variants(text, expected):
    assert sympy.expand(read(text) - expected) == 0


@pytest.mark.parametrize("text, fragment", [
    (r"y_3", "unknown symbol"),
    (r"W_{1,1}", "layer"),
    (r"W_{1,1}^{[7]}", "layer"),
    (r"\theta_9", "θ_7"),
    (r"x_5", "datapoints"),
    (r"x^{y}", "exponents"),
    (r"x^{40}", "larger than"),
    (r"\frac{1}{0}", "division by zero"),
    (r"\tanh", "no argument"),
    (r"\text{hello}", "text"),
])
def test_outside_the_allow_list(text, fragment):
    with pytest.raises(UnreadableError, match=fragment):
        read(text)


def test_equivalence_is_algebraic():
    t = sympy.tanh(W111 * x + b111)
    assert equivalent(W211 * (1 - t ** 2), W211 * sympy.sech(W111 * x + b111) ** 2)
    assert equivalent((x + 1) ** 2, x ** 2 + 2 * x + 1)
    assert not equivalent(W211 * x, W211 * x + b111)


@pytest.mark.parametrize("written, value, how", [
    ("1.4142", "sqrt2", "truncated"),  # √2 = 1.41421356…: cut and rounded agree here
    ("1.414", "sqrt2", "truncated"),
    ("1.4143", "sqrt2", None),
    ("0.667", "2/3", "rounded"),
    ("0.666", "2/3", "truncated"),
    ("0.7", "2/3", "rounded"),
    ("0.5", "2/3", None),
    ("0.25", "1/4", "exact"),
    ("0.250", "1/4", "exact"),
])
def test_precision_as_written(written, value, how):
    getcontext().prec = 30
    true = sympy.sqrt(2) if value == "sqrt2" else sympy.Rational(value)
    q = Fraction(value) if value != "sqrt2" else None
    reference = Decimal(2).sqrt() if q is None else Decimal(q.numerator) / q.denominator
    d = len(written.split(".")[1])
    cut = Decimal(int(reference * 10 ** d)) / 10 ** d
    near = abs(Decimal(written) - reference) <= Decimal(5) / 10 ** (d + 1)
    independent = "exact" if Decimal(written) == reference else (
        "truncated" if Decimal(written) == cut else "rounded" if near else None)
    got = at_precision(Num(Fraction(written), d, written), true)
    assert (got is None) == (independent is None) == (how is None)
    if how == "exact":
        assert got == "exact"
