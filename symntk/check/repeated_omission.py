"""The same entries left out of a gradient at every datapoint: a repeat of one omission, not a new mistake.

A learner who forgets ∂f/∂c (or any one or two entries) writes a gradient of P − 1 entries at x_1 and again at
x_2. The first is their mistake; the second, the true gradient at x_2 with exactly the same positions left out,
follows from the way they wrote the first (error carried forward), as the kernel sums built from both do.
"""

from __future__ import annotations

from itertools import combinations

import sympy

from .values import agrees
from .world import World


def _left_out(written: list, true: list) -> list[tuple[int, ...]]:
    """Every set of 0-based positions whose removal from ``true`` leaves ``written`` (one or two entries)."""
    gap = len(true) - len(written)
    if gap not in (1, 2) or not all(isinstance(w, sympy.Expr) and not w.free_symbols for w in written):
        return []
    found = []
    for dropped in combinations(range(len(true)), gap):
        kept = [t for k, t in enumerate(true) if k not in dropped]
        if all(sympy.expand(w - t) == 0 for w, t in zip(written, kept)):
            found.append(dropped)
    return found


def same_omission(world: World, o: int, i: int, nodes, claimed: list) -> bool:
    """Whether ``claimed`` (the gradient of f_o at x_i, short of P) is the true one at x_i with the same
    positions left out as a gradient the learner wrote earlier at another datapoint, itself the true one there
    with those positions (and no others) left out."""
    if not 1 <= world.P - len(claimed) <= 2:
        return False
    true_here = [world.solution.jacobian[world.jacobian_row(i, o), k] for k in range(world.P)]
    for other in range(1, world.N + 1):
        entry = world.latest(("gval", o, other))
        if other == i or entry is None or len(entry[1]) != len(claimed):
            continue
        true_there = [world.solution.jacobian[world.jacobian_row(other, o), k] for k in range(world.P)]
        for dropped in _left_out(list(entry[1]), true_there):
            kept = [t for k, t in enumerate(true_here) if k not in dropped]
            if all(agrees(n, c, t) for n, c, t in zip(nodes, claimed, kept)):
                return True
    return False
