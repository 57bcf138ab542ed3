"""A chain step that evaluates the member before it, that member holding rounded decimals and judged correct:
``gradient $= (2 \\times 0.42, 0.7616, 1) = (0.8400, 0.7616, 1)$`` with 0,42 right to its two decimals.

The step is the learner's arithmetic on their own correctly rounded numbers, and is judged as that arithmetic
written alone would be (:mod:`symntk.check.operand_rounding`): right when some values that round to the decimals
written give the step's numbers, entry by entry for a vector. It only ever turns a verdict to correct when the
member before was correct, so a step after a wrong member keeps its own verdict.
"""

from __future__ import annotations

import sympy

from .compare import written_number
from .meaning import Scope, to_sympy
from .nodes import Node
from .operand_rounding import within_operand_rounding
from .syntax import UnreadableError
from .values import items


def _pairs(previous: Node, value: Node) -> list[tuple[Node, Node]] | None:
    """The member before and the step entry by entry (one pair for two scalars), None when their shapes differ."""
    try:
        before, after = items(previous), items(value)
    except UnreadableError:
        return [(previous, value)]
    return list(zip(before, after)) if len(before) == len(after) else None


def _same(previous: Node, value: Node, scope: Scope) -> bool:
    """Whether one entry of the step is its entry before, evaluated exactly or within the rounding of its decimals."""
    if written_number(value) is None:
        return False
    if within_operand_rounding(previous, value, scope):
        return True
    try:
        before, after = to_sympy(previous, scope), to_sympy(value, scope)
    except (UnreadableError, TypeError, ValueError, ArithmeticError):
        return False
    return bool(before.is_number and after.is_number and sympy.simplify(before - after) == 0)


def rounded_step(previous: Node | None, value: Node, scope: Scope) -> bool:
    """Whether ``value`` (a number or vector of numbers) is ``previous`` (the member before it in the chain, a
    formula of numbers) evaluated, up to the rounding of the decimals written in ``previous``."""
    if previous is None:
        return False
    pairs = _pairs(previous, value)
    return bool(pairs) and all(_same(p, v, scope) for p, v in pairs)
