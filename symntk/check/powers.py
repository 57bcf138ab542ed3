"""Powers in learners' math, read without evaluating text: an exponent is a written integer or half-integer of
at most MAX_EXPONENT, e^{…} takes any expression (read in the scope of the formula being read), and no
number grows past MAX_BITS bits."""

from __future__ import annotations

import sympy

from .syntax import Frac, Group, Node, Num, Op, UnreadableError

MAX_EXPONENT = 12


def _exponent(node: Node) -> sympy.Rational:
    negative = isinstance(node, Op) and node.op == "neg"
    inner = node.args[0] if negative else node
    if isinstance(inner, Group) and len(inner.items) == 1:
        inner = inner.items[0]
    if isinstance(inner, Frac) and all(isinstance(p, Num) and p.decimals is None
                                       for p in (inner.numerator, inner.denominator)):
        value = sympy.Rational(int(inner.numerator.value), int(inner.denominator.value or 1))
        if value.q != 2:
            raise UnreadableError("only integer and half-integer exponents are read")
    elif isinstance(inner, Num) and inner.decimals is None:
        value = sympy.Integer(int(inner.value))
    else:
        raise UnreadableError("exponents must be written numbers")
    if abs(value) > MAX_EXPONENT:
        raise UnreadableError(f"exponent {value} is larger than {MAX_EXPONENT}")
    return -value if negative else value


MAX_BITS = 4096


def bits(value: sympy.Expr) -> int:
    """An upper bound on the bits of the largest number in ``value`` (its numerators and denominators)."""
    if value.is_Rational:
        return max(abs(value.p).bit_length(), value.q.bit_length(), 1)
    if value.is_Pow and value.exp.is_Integer:
        return bits(value.base) * abs(int(value.exp))
    if not value.args:
        return 1
    return sum(bits(a) for a in value.args) if value.is_Mul else max(bits(a) for a in value.args)


def power(base: sympy.Expr, exp_node: Node) -> sympy.Expr:
    if base == sympy.E:
        return sympy.exp(_exponent_expr(exp_node))
    exponent = _exponent(exp_node)
    if bits(base) * abs(int(exponent)) > MAX_BITS:
        raise UnreadableError(f"a number of more than {MAX_BITS} bits")
    if base == 0 and exponent < 0:
        raise UnreadableError("division by zero")
    return base ** exponent


EXPONENT_SCOPE: list = []   # the scopes of the formulas being read (pushed by meaning.to_sympy)


def _exponent_expr(node: Node) -> sympy.Expr:
    """The exponent of e^{…}: any expression of the learner's (read in the scope of the formula)."""
    from .meaning import _expr  # meaning reads the formula and imports this module

    if not EXPONENT_SCOPE:
        raise UnreadableError("e^{…} outside a formula")
    value = _expr(node, EXPONENT_SCOPE[-1])
    if bits(value) > MAX_BITS:
        raise UnreadableError(f"a number of more than {MAX_BITS} bits")
    return value
