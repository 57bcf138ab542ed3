"""The learner's own θ that leaves parameters out, and the datapoint their bare numbers are at.

A learner who writes ``θ = (w1_11, w1_21, b1_1, b1_2, w2_11, w2_12)`` ("the output bias is just a constant
shift, I leave it out") has made their mistake there; their ∇f with those six entries, each the true
∂f/∂(their parameter), is carried from it (:func:`true_for_own_theta`). A bare number written for ∂f/∂θ_k
under "x_2 = 3:" is, in their work, the value at x_2 (:func:`here`), even when it happens to be the true value
at another datapoint.
"""

from __future__ import annotations

from .world import World


def true_for_own_theta(world: World, true: list, mine: list | None) -> list | None:
    """The true entries ∂f/∂θ_k (in θ's order) for the parameters of the learner's own θ, in their order, when
    their θ lists fewer parameters than the network has, each of them one of its own; else None."""
    order = [t.symbol for t in world.net.theta]
    if mine is None or len(true) != len(order) or not 0 < len(mine) < len(order) or \
            any(symbol not in order for symbol in mine) or len(set(mine)) != len(mine):
        return None
    return [true[order.index(symbol)] for symbol in mine]


def here(world: World) -> int | None:
    """The datapoint the notes are at (named in a heading or on the line before), or None."""
    point = world.current_point
    return point if point is not None and 1 <= point <= world.N else None
