"""Gradient vectors stacked from blocks: ``[x (W^{[2]})^\\top; (W^{[2]})^\\top; h(x); 1]``, one block per layer's
weight or bias in θ order (a block a column, a row, a matrix or a number), read entry by entry.

A block that is a matrix is read row by row, as θ lists a weight's entries; one written the other way round
(the shape of the weight transposed, ``x^\\top ⊗ …`` in the other layout) is turned to the weight's shape when
the blocks line up with the layers one to one. A square block either way round is taken the way that fits.
"""

from __future__ import annotations

from itertools import product

import sympy


def block_values(nodes: list, world) -> list:
    """The value of each written entry: a number or formula, or — for a layer's name in it (``x (W^{[2]})^\\top``,
    ``h(x)``) — the matrix it stands for (a 1 × 1 matrix as its one entry)."""
    from .matrices import evaluate
    from .meaning import to_sympy
    from .syntax import UnreadableError

    out = []
    for node in nodes:
        try:
            out.append(to_sympy(node, world.scope))
        except UnreadableError as exc:   # W^{[2]} is a matrix here; h, a layer's units
            try:
                value = evaluate(node, world.scope)
            except UnreadableError:
                raise exc from None
            out.append(value[0, 0] if value.shape == (1, 1) else value)
    return out


def _blocks(claimed: list) -> bool:
    return any(isinstance(c, sympy.MatrixBase) for c in claimed)


def _shapes(world) -> list[tuple[int, int]]:
    """The shape of each layer's weight and bias in θ order."""
    widths = list(world.net.widths)
    out = []
    for layer in range(1, len(widths)):
        out += [(widths[layer], widths[layer - 1]), (widths[layer], 1)]
    return out


def _ways(block, shape) -> list[list]:
    """The entries of one block in θ order, each way it can be read (a square matrix: as written, transposed)."""
    if not isinstance(block, sympy.MatrixBase):
        return [[block]]
    if 1 in block.shape:
        return [list(block)]
    if shape is not None and block.shape == shape[::-1] and shape[0] != shape[1]:
        return [list(block.T)]
    if block.shape[0] == block.shape[1] and block != block.T:
        return [list(block), list(block.T)]
    return [list(block)]


def flat_variants(nodes: list, claimed: list, world) -> list[tuple[list, list]]:
    """(nodes, values) of a vector written in blocks, flattened to its entries — one pair per way its square
    blocks can be read, the way as written first; ``[(nodes, claimed)]`` when no entry is a block."""
    if not _blocks(claimed):
        return [(nodes, claimed)]
    shapes = _shapes(world)
    lined_up = len(claimed) == len(shapes) and all(
        (c.shape[0] * c.shape[1] if isinstance(c, sympy.MatrixBase) else 1) == s[0] * s[1]
        for c, s in zip(claimed, shapes))
    per_block = [_ways(c, shapes[n] if lined_up else None) for n, c in enumerate(claimed)]
    out = []
    for choice in product(*per_block):
        if len(out) >= 8:
            break
        flat_nodes = [node for node, entries in zip(nodes, choice) for _ in entries]
        out.append((flat_nodes, [v for entries in choice for v in entries]))
    return out
