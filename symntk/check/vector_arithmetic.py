"""Arithmetic on written tuples of numbers: ``2(5, 12, 19) − (3, 5, 7) = (7, 19, 31)`` judged entry by entry.

A learner checking a row relation or a difference of gradients writes tuples combined with +, −, a scalar
factor and ^T. Each side is read as a list of exact numbers (a number times a tuple scales every entry; tuples
added or subtracted must have the same length); the equation holds when every entry does.
"""

from __future__ import annotations

import sympy

from .meaning import to_number
from .nodes import Group, Op, Tuple
from .syntax import UnreadableError

MAX_ENTRIES = 64


def _items(node) -> tuple | None:
    if isinstance(node, Group) and node.kind in ("tuple", "paren", "bracket") and len(node.items) > 1:
        return node.items
    if isinstance(node, Tuple):
        return node.items
    if isinstance(node, Group) and len(node.items) == 1 and isinstance(node.items[0], Tuple):
        return node.items[0].items
    return None


def is_vector(node) -> bool:
    """Whether a written tuple of several entries occurs at the top of the arithmetic (not inside a function)."""
    if _items(node) is not None:
        return True
    if isinstance(node, Op) and node.op in ("add", "sub", "neg", "mul", "juxt", "transpose"):
        return any(is_vector(a) for a in node.args)
    if isinstance(node, Group) and len(node.items) == 1:
        return is_vector(node.items[0])
    return False


def vector_value(node, scope) -> list[sympy.Expr]:
    """The entries of a tuple expression: (a, b) → [a, b]; s·v → [s v_i]; v ± w → [v_i ± w_i]; v^T → v.

    A plain number is returned as a one-entry list (a scalar factor); raises :class:`UnreadableError` for
    tuples of different lengths or more than :data:`MAX_ENTRIES` entries."""
    items = _items(node)
    if items is not None:
        if len(items) > MAX_ENTRIES:
            raise UnreadableError("a tuple that is too long")
        return [to_number(item, scope) for item in items]
    if isinstance(node, Group) and len(node.items) == 1:
        return vector_value(node.items[0], scope)
    if isinstance(node, Op) and is_vector(node):
        if node.op == "transpose":
            return vector_value(node.args[0], scope)
        if node.op == "neg":
            return [-v for v in vector_value(node.args[0], scope)]
        a, b = (vector_value(arg, scope) for arg in node.args)
        if node.op in ("mul", "juxt"):
            if len(a) == 1 or len(b) == 1:
                scale, vec = (a[0], b) if len(a) == 1 else (b[0], a)
                return [scale * v for v in vec]
            raise UnreadableError("a product of two tuples")
        if len(a) != len(b):
            raise UnreadableError("tuples of different lengths added")
        return [x + y if node.op == "add" else x - y for x, y in zip(a, b)]
    return [to_number(node, scope)]


def vectors_equal(left, right, scope) -> tuple[bool, list[sympy.Expr], list[sympy.Expr]] | None:
    """(whether they agree, left entries, right entries) when both sides are tuple arithmetic with the same
    number of entries; None when this is not a tuple equation."""
    if not (is_vector(left) and is_vector(right)):
        return None
    a, b = vector_value(left, scope), vector_value(right, scope)
    if len(a) != len(b) or len(a) < 2:
        return None
    return all(sympy.simplify(x - y) == 0 for x, y in zip(a, b)), a, b
