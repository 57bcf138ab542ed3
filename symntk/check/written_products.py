"""A product of matrices written out in the notes, multiplied out as one written matrix: a syntax rewrite,
nothing evaluated, so K = J J^T = [..][..] is read as the matrix it stands for; also a product's factors with
how each joins the one before (for symntk.check.matrices)."""

from __future__ import annotations

from .nodes import Group, Matrix, Node, Op

MAX_CELLS = 400   # entries of one matrix built while evaluating or multiplying out


def factor_sequence(node: Node) -> list[tuple[str, Node]]:
    """A product written left to right as (how it joins the part before: juxt, mul, hadamard or kron, factor)."""
    if isinstance(node, Op) and node.op in ("mul", "juxt", "hadamard", "kron"):
        left, right = factor_sequence(node.args[0]), factor_sequence(node.args[1])
        return left + [(node.op, right[0][1])] + right[1:]
    return [("juxt", node)]


def multiply_out(node: Node) -> Node:
    """``A B`` for written matrices A (m × n) and B (n × p) → the written matrix with entries
    ``a_{i1} · b_{1j} + … + a_{in} · b_{nj}`` (``B^T`` is B's rows as columns); other nodes as they are."""
    parts = [n for _, n in factor_sequence(node)]
    if not (isinstance(node, Op) and node.op in ("mul", "juxt")) or len(parts) < 2 or \
            not all(_written(p) is not None for p in parts):
        return node
    rows = _written(parts[0])
    for part in parts[1:]:
        other = _written(part)
        if len(rows[0]) != len(other) or len(rows) * len(other[0]) * len(other) > MAX_CELLS:
            return node
        rows = [[_dot([r[k] for k in range(len(other))], [other[k][j] for k in range(len(other))])
                 for j in range(len(other[0]))] for r in rows]
    return Matrix(tuple(tuple(r) for r in rows))


def _written(node: Node) -> list[list[Node]] | None:
    if isinstance(node, Group) and len(node.items) == 1:
        node = node.items[0]
    if isinstance(node, Op) and node.op == "transpose" and isinstance(node.args[0], Matrix):
        rows = [list(r) for r in node.args[0].rows]
        return [list(c) for c in zip(*rows)] if len({len(r) for r in rows}) == 1 else None
    if isinstance(node, Matrix) and len({len(r) for r in node.rows}) == 1:
        return [list(r) for r in node.rows]
    return None


def _dot(row: list[Node], column: list[Node]) -> Node:
    terms = [Op("mul", (a, b)) for a, b in zip(row, column)]
    total = terms[0]
    for t in terms[1:]:
        total = Op("add", (total, t))
    return total
