"""A number written for ∂f/∂θ_k just under the line that names a datapoint (``x2 = 3:`` then ``df/db1_2 = 2``):
the value there, not at another datapoint where it happens to be true."""

from __future__ import annotations

import sympy

from .values import agrees
from .world import World

NEAR = 3   # lines: the datapoint named on the claim's line or at most this many lines above it


def near_point(world: World, line: int) -> int | None:
    """The datapoint named on ``line`` or a few lines above it (the notes are at it), or None."""
    point, named = world.current_point, world.current_point_line
    if point is None or named is None or not 1 <= point <= world.N or not 0 <= line - named <= NEAR:
        return None
    return point


def true_only_elsewhere(world: World, node, claimed: sympy.Expr, true: sympy.Expr, line: int) -> bool:
    """``claimed`` (a number) is not the true value at the datapoint the notes are at, though the truth depends
    on the datapoint (``df/db1_2 = 2`` under ``x2 = 3:`` where relu′(−1) = 0: 2 is the value at x_1 only)."""
    point = near_point(world, line)
    if point is None or not isinstance(claimed, sympy.Expr) or not claimed.is_number:
        return False
    if not world.at_values(true).free_symbols & set(world.net.x):
        return False
    return not agrees(node, claimed, world.at_point(true, point))
