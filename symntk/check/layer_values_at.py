"""The learner's values of a layer's activation or φ′ at a datapoint (``relu′(z) = (1, 1)`` at x_2), kept as theirs.

A learner who writes ``x_2 = 3: relu′(z) = (1, 1)`` (unit 2 is off there: the truth is (1, 0)) goes on with
their 1: ∂f/∂W^{[1]}_{2,1} = 2 · 1 · 3 = 6, ∂f/∂b^{[1]}_2 = 2, the gradient at x_2, K … Each entry of such a
vector that is one function of one unit (``step(z_2)``, ``relu(z_2)``, ``tanh(z_1)``) is remembered as the
learner's own value of that function at the datapoint, like a hidden unit's value
(:func:`symntk.check.own_forward.own_units`), so every later formula built on it is, in their own work, the
true one with their value put in. Only the carried verdict of later claims depends on it: a value that is the
truth changes nothing.
"""

from __future__ import annotations

import sympy

from .world import World


def _one_unit_function(world: World, t) -> bool:
    """``step(W x + b)``, ``relu(…)``: an applied function (not a sum or product) of the input x."""
    return isinstance(t, sympy.Function) and len(t.args) == 1 and bool(t.free_symbols & set(world.net.x))


def remember_at(world: World, true: list, claimed: list, point: int, line: int, approximation: bool) -> None:
    """Record each written number of a layer formula at datapoint ``point`` as the learner's own value of the
    one-unit function it stands for (``true``: the entries as functions of x)."""
    if len(true) != len(claimed) or not 1 <= point <= world.N:
        return
    for t, c in zip(true, claimed):
        if _one_unit_function(world, t) and isinstance(c, sympy.Expr) and c.is_number:
            world.record(("unit", t, point), c, line, approximation)


def remember_one(world: World, true: sympy.Expr, claimed, line: int, approximation: bool) -> None:
    """``relu′(z_2) = 1`` under "at x_2 = 3": the learner's value of that one-unit function at the datapoint
    the notes are at (nothing when they are at none)."""
    point = world.current_point
    if point is not None and 1 <= point <= world.N:
        remember_at(world, [true], [claimed], point, line, approximation)
