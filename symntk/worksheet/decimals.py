"""Exact or decimal: a value is shown exactly while its exact form is short, else as a
decimal (≈ 0.41997). A local stand-in, used by worksheet keys and slides, for the shared
``--values auto`` formatting (swap :func:`shown` for it when it lands).

A value's length is that of its plain SymPy string (``sympy.sstr``); ``MAX_EXACT`` chars
keep a rational, a surd, ``tanh(1)`` or ``1 - tanh(1)**2`` exact, and longer forms become
``sympy.Float`` with ``DIGITS`` significant digits. Within one step the choice is made
once for all its values (:func:`all_shown`), so a step never mixes the two.
"""

from __future__ import annotations

import sympy

MAX_EXACT = 24
DIGITS = 5


def is_short(value, max_chars: int = MAX_EXACT) -> bool:
    """Whether ``value``'s exact form has at most ``max_chars`` characters (floats count as short)."""
    value = sympy.sympify(value, strict=True)
    return value.is_Float or len(sympy.sstr(value)) <= max_chars


def decimal(value, digits: int = DIGITS) -> sympy.Float:
    """``value`` evaluated to ``digits`` significant digits (evaluated at digits + 15 first);
    an exact 0 stays 0."""
    value = sympy.sympify(value, strict=True)
    if value == 0:
        return sympy.Integer(0)
    return sympy.Float(sympy.N(value, digits + 15), digits)


def shown(value, max_chars: int = MAX_EXACT, digits: int = DIGITS):
    """``value`` itself when short, else :func:`decimal` of it."""
    return sympy.sympify(value, strict=True) if is_short(value, max_chars) else decimal(value, digits)


def all_shown(values, max_chars: int = MAX_EXACT, digits: int = DIGITS) -> tuple[list, bool]:
    """The values all exact (when every one is short) or all decimal, and whether exact."""
    values = [sympy.sympify(v, strict=True) for v in values]
    if all(is_short(v, max_chars) for v in values):
        return values, True
    return [decimal(v, digits) for v in values], False


def matrix_shown(M: sympy.Matrix, max_chars: int = MAX_EXACT, digits: int = DIGITS) -> tuple[sympy.Matrix, bool]:
    """:func:`all_shown` for the entries of a matrix."""
    values, exact = all_shown(list(M), max_chars, digits)
    return sympy.Matrix(M.rows, M.cols, values), exact


def polynomial_shown(p, variable: sympy.Symbol, max_chars: int = MAX_EXACT, digits: int = DIGITS):
    """The polynomial p(λ) with every coefficient :func:`all_shown` (terms by falling degree)."""
    poly = sympy.Poly(sympy.expand(p), variable)
    coeffs, _ = all_shown(poly.all_coeffs(), max_chars, digits)
    degree = len(coeffs) - 1
    return sympy.Add(*[c * variable ** (degree - i) for i, c in enumerate(coeffs)])
