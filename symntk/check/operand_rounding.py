"""Arithmetic on rounded decimals: ``2 · 0,419974 = 0,839949`` is right when some values that round to the
decimals written give, rounded (or cut off) to the result's decimals, the result written.

A learner who carries more digits than they write (``mit mehr Stellen gerechnet``) writes operands rounded
to d decimals, and their result from the unrounded values. Each decimal operand with d decimals stands for
any value within half a unit of its last place; that uncertainty, carried through the formula to first order
(each operand moved by half a unit on its own, the changes added), is the range of results that can be
right. Integers and fractions are exact. The rule is for a formula of numbers only, with at most
:data:`MOST` decimal operands, and never widens a value past 5 % of it.
"""

from __future__ import annotations

from fractions import Fraction

import sympy

from .compare import written_number
from .meaning import Scope, to_sympy
from .node_children import map_children
from .nodes import Node, Num
from .predicates import walk

MOST = 12
WIDEST = sympy.Rational(1, 20)


def _swap(node, target: Num, new: Num):
    """``node`` with the one node ``target`` (by identity) replaced by ``new``."""
    if node is target:
        return new
    return map_children(node, lambda child: _swap(child, target, new))


def within_operand_rounding(left: Node, value: Node, scope: Scope) -> bool:
    """Whether the written number ``value`` is ``left`` (a formula of numbers holding decimals) evaluated at
    some values of its decimals that round to them, then rounded or cut off to ``value``'s decimals."""
    number = written_number(value)
    if number is None or number.decimals is None:
        return False
    operands = [n for n in walk(left) if isinstance(n, Num) and n.decimals]
    if not operands or len(operands) > MOST:
        return False
    try:
        base = to_sympy(left, scope)
        if base.free_symbols or not base.is_number:
            return False
        centre = sympy.N(base, 30)
        spread = sympy.Float(0)
        for n in operands:
            half = Fraction(1, 2 * 10 ** n.decimals)
            moved = to_sympy(_swap(left, n, Num(n.value + half, n.decimals, n.text)), scope)
            spread += abs(sympy.N(moved - base, 30))
    except (TypeError, ValueError, ArithmeticError):
        return False
    if not centre.is_real or spread > WIDEST * abs(centre):
        return False
    unit = sympy.Float(10) ** -number.decimals
    claimed = sympy.Float(sympy.Rational(number.value.numerator, number.value.denominator), 30)
    low, high = centre - spread, centre + spread
    rounded = low - unit / 2 <= claimed <= high + unit / 2
    cut = low - unit <= claimed <= high if claimed >= 0 else low <= claimed <= high + unit
    return bool(rounded or cut)
