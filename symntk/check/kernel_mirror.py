"""A kernel entry set equal to its mirror with no value (``K_{21} = K_{12}`` by symmetry): the claim that the entry
is the learner's own value of the mirror, read from the chain and judged against what they wrote for it."""

from __future__ import annotations

from .claims import KernelEntryClaim
from .syntax import UnreadableError


def mirror_claim(seg, members: list, target, rest: list) -> KernelEntryClaim | None:
    """``K_{21} = K_{12}`` (also ``K(x_2, x_1) = K(x_1, x_2)``, ``K^{(1)}_{21} = K^{(1)}_{12}``): a chain of two
    off-diagonal entries of one kernel with their indices swapped, and nothing else: the first entry's claim, its
    value the second (``mirror``; soft, so that with no value of the learner's for the mirror it is context)."""
    if len(members) != 2 or len(rest) != 1 or rest[0][1] is None or rest[0][0] is not members[1]:
        return None
    first = target(seg, members[0], None)
    other = rest[0][1](seg, members[1], None)
    if not isinstance(first, KernelEntryClaim) or not isinstance(other, KernelEntryClaim):
        return None
    if first.pairs or other.pairs or first.output != other.output or first.row == first.col or \
            (first.row, first.col) != (other.col, other.row) or min(first.row, first.col) < 1:
        return None
    claim = target(seg, members[1], None)
    claim.mirror = True
    claim.soft = True
    return claim


def mirror_value(world, out, r: int, c: int):
    """The learner's own K_{cr} of kernel ``out`` (the value a mirror claim K_{rc} = K_{cr} says) and the member they
    wrote it as (its digits say how it is compared), or :class:`UnreadableError` when they wrote none before it."""
    entry = world.latest(("entry", out, c, r))
    node = world.entry_nodes.get((out, c, r))
    if entry is None or node is None:
        raise UnreadableError(f"no value of K_{{{c},{r}}} written before")
    return entry[1], node
