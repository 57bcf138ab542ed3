"""A rule of one unnamed hidden unit stated at a datapoint (``x_2 = 3: … relu' = 0``): true when some unit there has it.

A learner who writes ``relu' = 0`` or ``σ'(z) = 0.25`` on the line where they name a datapoint means φ′ of
the hidden units at that datapoint, not a rule for every z. With several hidden units the formula's free z
cannot be resolved to one unit, so the claim is right when z set to the pre-activation of some hidden unit
(any hidden layer) at that datapoint gives the value written; a slope written without its argument on a
line whose words single out no unit (:mod:`symntk.check.one_unit_words`: ``unit 2 is off``) is about every
hidden unit there (``x = 3: z = (3, −1), relu' = 1`` is wrong).
"""

from __future__ import annotations

import sympy

from .label_blocks import here
from .syntax import UnreadableError
from .values import agrees
from .world import World


def some_unit_at_point(world: World, line: int, left: sympy.Expr, check, every: bool = False) -> bool:
    """Whether ``check(left at z = z^{[l]}_u(x_i))`` holds for some hidden unit u of some hidden layer l (with
    ``every``: for every one of them), where x_i is the datapoint named on ``line`` or heading its block; the
    formula's only free variable must be z."""
    free = [s for s in left.free_symbols if s not in world.solution.values]
    point = here(world, line)
    if len(free) != 1 or free[0].name != "z" or point is None or not 1 <= point <= world.N:
        return False
    forward = world.net.forward()
    fits = [check(left.xreplace({free[0]: world.at_point(unit, point)}))
            for layer in range(1, world.net.depth) for unit in forward.z[layer]]
    return all(fits) if every else any(fits)


def members_agree_at_point(world: World, line: int, node, claimed: list, true: list) -> bool:
    """``at x_1: relu′(z_1) = relu′(z_2)``: two formulas in x that the notes equate at the datapoint x_i named on
    ``line`` are judged there, each claimed value c against the true t as c(x_i) = t(x_i)."""
    point = world.current_point
    if point is None or world.current_point_line != line or not 1 <= point <= world.N:
        return False
    if not all(c.free_symbols & set(world.net.x) for c in claimed):
        return False
    return all(agrees(node, world.at_point(c, point), world.at_point(t, point)) for c, t in zip(claimed, true))



def unit_written_out(world: World, left: sympy.Expr, line: int) -> tuple[sympy.Expr, int] | None:
    """``w_{11}x_2 + b_1 = -3``, or ``relu'(z_2) = 1`` on the line naming x_2: a formula that is one hidden unit's
    pre-activation, activation or slope φ′(z) at one datapoint → (that unit's formula, the datapoint); None when it
    is none or more than one of them. The learner's value there is their value of that unit, used later."""
    params, xs = set(world.solution.values), set(world.net.x)
    if not left.free_symbols & params or not left.free_symbols <= params | xs:
        return None
    here = world.current_point if world.current_point_line == line else None
    if left.free_symbols & xs and (here is None or not 1 <= here <= world.N):
        return None
    forward = world.net.forward()
    found = []
    for layer in range(1, world.net.depth):
        slope = world.net.activation(layer).derivative
        for unit in [u for z, a in zip(forward.z[layer], forward.a[layer]) for u in (z, a, slope(z))]:
            for i, point in enumerate(world.solution.problem.points, start=1):
                if left.free_symbols & xs:
                    if i == here and sympy.expand(unit - left) == 0:
                        found.append((unit, i))
                elif sympy.expand(unit.xreplace(dict(zip(world.net.x, point))) - left) == 0:
                    found.append((unit, i))
    found = list(dict.fromkeys(found))
    return found[0] if len(found) == 1 else None


def bare_value_judged(world: World, line: int, slope: bool = False) -> None:
    """``x_1 = 0: z = (0, 0), σ = 1/2``: an activation written without its argument and given one number that fits
    no hidden unit is wrong only at a datapoint named on its line (or heading its block) where every hidden unit
    has one and the same value; elsewhere nobody can tell which unit it means (UnreadableError). A ``slope``
    (``relu' = 0.5``) that fits no unit at such a datapoint is wrong whichever unit it means; only at no datapoint
    is it unreadable."""
    point = here(world, line)
    if point is None or not 1 <= point <= world.N:
        raise UnreadableError("an activation without its argument, at no datapoint")
    forward = world.net.forward()
    values = {world.at_point(unit, point) for layer in range(1, world.net.depth) for unit in forward.z[layer]}
    if len(values) != 1 and not slope:
        raise UnreadableError("an activation without its argument where the hidden units differ")


def remember_every_unit(world: World, claim, claimed: sympy.Expr) -> None:
    """``x = 3: z = (3, −1), relu' = 1`` read about every hidden unit and wrong: the learner's φ′ (or φ) at each
    hidden unit's pre-activation at that datapoint is the number written, for the work that follows from it."""
    from .activation_values import KEY, activation_names
    from .nodes import Func
    from .predicates import walk

    names = activation_names(world.net)
    funcs = [n for n in walk(claim.left) if isinstance(n, Func) and n.name in names]
    point = here(world, claim.line)
    if len(funcs) != 1 or funcs[0].primes > 1 or point is None or not 1 <= point <= world.N or \
            not claimed.is_number or len({a.name for a in world.net.activations}) != 1:
        return
    forward = world.net.forward()
    for layer in range(1, world.net.depth):
        for unit in forward.z[layer]:
            world.record((KEY, funcs[0].primes, sympy.nsimplify(world.at_point(unit, point))), claimed, claim.line)
