"""Exact numbers of the notes' math as ``"p/q"`` strings: a number, a fraction or a negated one, and the rows of
a matrix, a ``[a, b]`` list (one row) or a number, as the exercise reads parameter values and datapoints."""

from __future__ import annotations

from ..errors import InputError
from .syntax import Frac, Group, Matrix, Node, Num, Op


def _number(node: Node, source: str, line: int) -> str:
    if isinstance(node, Num):
        return f"{node.value.numerator}/{node.value.denominator}"
    if isinstance(node, Op) and node.op == "neg":
        return "-" + _number(node.args[0], source, line)
    if isinstance(node, Group) and node.kind == "paren" and len(node.items) == 1:
        return _number(node.items[0], source, line)
    if isinstance(node, Frac):
        num, den = _number(node.numerator, source, line), _number(node.denominator, source, line)
        from fractions import Fraction

        if Fraction(den) == 0:
            raise InputError(source, f"line {line}", "a non-zero denominator", "0")
        value = Fraction(num) / Fraction(den)
        return f"{value.numerator}/{value.denominator}"
    raise InputError(source, f"line {line}", "a number (integer, decimal or \\frac{p}{q})", "a formula")


def exact_numbers(node, source: str, line: int) -> list[list[str]]:
    """Rows of exact numbers from a matrix, a ``[a, b]`` list (one row) or a number; ``^T`` transposes."""
    if isinstance(node, Op) and node.op == "transpose":
        rows = exact_numbers(node.args[0], source, line)
        return [list(col) for col in zip(*rows)]
    if isinstance(node, Matrix):
        rows = [[_number(v, source, line) for v in row] for row in node.rows]
        if len({len(r) for r in rows}) != 1:
            raise InputError(source, f"line {line}", "a matrix with rows of equal length", "ragged rows")
        return rows
    if isinstance(node, Group) and node.kind == "paren" and len(node.items) == 1 and \
            isinstance(node.items[0], (Group, Matrix)):
        return exact_numbers(node.items[0], source, line)
    if isinstance(node, Group) and node.items and all(isinstance(v, Group) and v.kind == "bracket" for v in node.items):
        rows = [[_number(v, source, line) for v in row.items] for row in node.items]   # [[1, 2], [0, 1]]
        if len({len(r) for r in rows}) != 1:
            raise InputError(source, f"line {line}", "a matrix with rows of equal length", "ragged rows")
        return rows
    if isinstance(node, Group) and node.kind in ("bracket", "tuple"):
        return [[_number(v, source, line) for v in node.items]]
    return [[_number(node, source, line)]]
