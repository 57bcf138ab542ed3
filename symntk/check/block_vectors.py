"""Gradient vectors stacked from blocks: ``[x (W^{[2]})^\\top; (W^{[2]})^\\top; h(x); 1]``, one block per layer's
weight or bias in θ order (a block a column, a row, a matrix or a number), read entry by entry.

A block that is a matrix is read row by row, as θ lists a weight's entries; one written the other way round
(the shape of the weight transposed) is turned to the weight's shape when the blocks line up with the layers one
to one. A square block is read as written, as ∂f/∂W^{[l]} is on its own (its transpose is not the gradient).
"""

from __future__ import annotations

import sympy

from .nodes import Op


def block_values(nodes: list, world) -> list:
    """The value of each written entry: a number or formula, or — for a layer's name in it (``x (W^{[2]})^\\top``,
    ``h(x)``) — the matrix it stands for (a 1 × 1 matrix as its one entry)."""
    from .matrices import evaluate
    from .meaning import to_sympy
    from .syntax import UnreadableError

    out = []
    for node in nodes:
        try:   # a product with a transposed factor is a matrix here ((W^{[2]})^T W^{[2]}: not ‖W^{[2]}‖²)
            value = evaluate(node, world.scope) if _transposes(node) else None
        except UnreadableError:
            value = None
        if value is None or value.shape == (1, 1):
            try:
                value = to_sympy(node, world.scope)
            except UnreadableError as exc:   # W^{[2]} is a matrix here; h, a layer's units
                try:
                    value = evaluate(node, world.scope)
                except UnreadableError:
                    raise exc from None
                value = value[0, 0] if value.shape == (1, 1) else value
        out.append(value)
    return out


def _transposes(node) -> bool:
    from .predicates import walk

    return any(isinstance(n, Op) and n.op == "transpose" for n in walk(node))


def _shapes(world) -> list[tuple[int, int]]:
    """The shape of each layer's weight and bias in θ order."""
    widths = list(world.net.widths)
    out = []
    for layer in range(1, len(widths)):
        out += [(widths[layer], widths[layer - 1]), (widths[layer], 1)]
    return out


def _entries(block, shape) -> list:
    """The entries of one block in θ order (a matrix row by row; one of the weight's shape transposed, turned)."""
    if not isinstance(block, sympy.MatrixBase):
        return [block]
    if 1 not in block.shape and shape is not None and block.shape == shape[::-1] and shape[0] != shape[1]:
        return list(block.T)
    return list(block)


def flat(nodes: list, claimed: list, world) -> tuple[list, list]:
    """(nodes, values) of a vector written in blocks, flattened to its entries (each entry's node the block's);
    as they are when no entry is a block."""
    if not any(isinstance(c, sympy.MatrixBase) for c in claimed):
        return nodes, claimed
    shapes = _shapes(world)
    lined_up = len(claimed) == len(shapes) and all(
        (c.shape[0] * c.shape[1] if isinstance(c, sympy.MatrixBase) else 1) == s[0] * s[1]
        for c, s in zip(claimed, shapes))
    blocks = [_entries(c, shapes[n] if lined_up else None) for n, c in enumerate(claimed)]
    return [node for node, entries in zip(nodes, blocks) for _ in entries], [v for entries in blocks for v in entries]
