"""A written member as values (a scalar, the two of ±, a list, a matrix) and whether two values agree.

A decimal written on its own matches a value rounded or cut off to its decimals
(:func:`symntk.check.compare.same_number`); a formula holding decimals matches
within the precision of its least precise decimal; everything else exactly
(expressions by algebraic equivalence).
"""

from __future__ import annotations

import sympy

from .compare import _numeric, equivalent, same_number, written_number
from .meaning import Scope, to_sympy
from .nodes import Group, Matrix, Node, Num, Op, Tuple
from .predicates import walk
from .syntax import UnreadableError


def scalars(node: Node, scope: Scope) -> list[sympy.Expr]:
    """One value, or two for ``a ± b`` (a + b and a − b, in that order)."""
    pm = [n for n in walk(node) if isinstance(n, Op) and n.op in ("pm", "mp", "upm", "ump")]
    if not pm:
        return [to_sympy(node, scope)]
    if len(pm) > 1 and len({n.op for n in pm}) > 1:
        raise UnreadableError("several ± in one formula")
    return [to_sympy(_choose(node, sign), scope) for sign in (1, -1)]


def one_scalar(node: Node, scope: Scope) -> sympy.Expr:
    """The one value of a member (``a ± b`` where one value was expected is unreadable)."""
    values = scalars(node, scope)
    if len(values) != 1:
        raise UnreadableError("± where one value was expected")
    return values[0]


def _choose(node: Node, sign: int) -> Node:
    """The formula with every ± taken as + (sign 1) or − (sign −1); ∓ the other way."""
    if isinstance(node, Op):
        args = tuple(_choose(a, sign) for a in node.args)
        if node.op in ("pm", "mp"):
            plus = (sign == 1) == (node.op == "pm")
            return Op("add" if plus else "sub", args)
        if node.op in ("upm", "ump"):
            plus = (sign == 1) == (node.op == "upm")
            return args[0] if plus else Op("neg", args)
        return Op(node.op, args)
    if isinstance(node, Group):
        return Group(node.kind, tuple(_choose(a, sign) for a in node.items))
    if hasattr(node, "numerator") and hasattr(node, "denominator") and type(node).__name__ == "Frac":
        return type(node)(_choose(node.numerator, sign), _choose(node.denominator, sign))
    if type(node).__name__ == "Sqrt":
        return type(node)(_choose(node.inner, sign))
    return node


def items(node: Node) -> list[Node]:
    """The entries of a written vector: a one-column or one-row matrix, (a, b, …), [a, b, …]; ^T ignored."""
    if isinstance(node, Op) and node.op == "transpose":
        node = node.args[0]
    if isinstance(node, Matrix):
        rows = node.rows
        if len(rows) == 1 or all(len(r) == 1 for r in rows):
            return [v for row in rows for v in row]
        raise UnreadableError("a matrix where a vector was expected")
    if isinstance(node, Group) and node.kind == "paren" and len(node.items) == 1 and isinstance(
            node.items[0], (Matrix, Tuple)):
        return items(node.items[0])
    if isinstance(node, (Group, Tuple)) and (len(node.items) > 1 or isinstance(node, Tuple) or node.kind != "paren"):
        return list(node.items)
    raise UnreadableError("a vector (a, b, …) was expected")


def matrix_rows(node: Node) -> tuple[list[list[Node]], bool]:
    """The rows of a written matrix, and whether it was transposed."""
    transposed = False
    if isinstance(node, Op) and node.op == "transpose":
        node, transposed = node.args[0], True
    if isinstance(node, Matrix):
        rows = [list(r) for r in node.rows]
        if len({len(r) for r in rows}) != 1:
            raise UnreadableError("a matrix with rows of different lengths")
        return rows, transposed
    if isinstance(node, (Group, Tuple)) and node.items and all(isinstance(i, (Group, Tuple)) for i in node.items):
        return [list(i.items) for i in node.items], transposed
    raise UnreadableError("a matrix was expected")


def decimals_in(node: Node) -> int | None:
    """The fewest decimals of any decimal number written in ``node`` (None when it holds none)."""
    found = [n.decimals for n in walk(node) if isinstance(n, Num) and n.decimals is not None]
    return min(found) if found else None


MAX_SLACK = sympy.Rational(1, 20)


def _slack(places: int) -> sympy.Expr:
    """The relative slack of a formula holding decimals with ``places`` decimals at most (``2 · 0,2384 · 1``,
    ``(27 − 26,4)/2``): their rounding carried through the formula, 10^{1−places} of the value, at most 5 %
    (so ``31,4 ± 3,5`` is not 32 and 22)."""
    return min(sympy.Float(10) ** (1 - places), MAX_SLACK)


def agrees(node: Node | None, claimed: sympy.Expr, true: sympy.Expr, loose: bool = False) -> bool:
    """Whether a written value equals ``true`` (see the module doc); ``loose`` allows one unit in the last
    written decimal more (for values the learner computed from their own rounded numbers)."""
    if true is None:
        return False
    if loose and not claimed.free_symbols and not true.free_symbols:
        places = decimals_in(node) if node is not None else None
        if places is not None:
            try:
                gap, scale = abs(sympy.N(claimed - true, 30)), max(1, abs(sympy.N(true, 30)))
                if written_number(node):
                    return bool(gap <= sympy.Float(15) / 10 ** (places + 1))
                return bool(gap <= _slack(places) * scale)
            except (TypeError, ValueError):
                return False
    if true.has(sympy.Float) and not true.free_symbols and not claimed.free_symbols and \
            written_number(node) is None and decimals_in(node) is None:
        gap = abs(sympy.N(claimed - true, 30))
        return bool(gap <= sympy.Float("1e-20") * max(1, abs(sympy.N(true, 30))))
    number = written_number(node) if node is not None else None
    if number is not None:
        if claimed.free_symbols or true.free_symbols:
            return False
        return same_number(node, claimed, true)
    places = decimals_in(node) if node is not None else None
    if places is not None and not claimed.free_symbols and not true.free_symbols:
        try:
            gap = abs(_numeric(claimed) - _numeric(true))
            scale = max(1, abs(_numeric(true)))
            return bool(gap <= _slack(places) * scale)
        except (TypeError, ValueError):
            return False
    if claimed.free_symbols != true.free_symbols and not (claimed.free_symbols <= true.free_symbols
                                                          or true.free_symbols <= claimed.free_symbols):
        return False
    if not claimed.free_symbols and not true.free_symbols:
        return same_number(None, claimed, true)
    return equivalent(claimed, true)


def agrees_own(node: Node | None, claimed: sympy.Expr, own: sympy.Expr) -> bool:
    """:func:`agrees` for the learner's own values (one unit of slack in the last decimal)."""
    return agrees(node, claimed, own, loose=True)
