"""The first member of an equality read another way than as written: with the network's hidden unit for z, a, h,
with the learner's own φ′ rule, with the network's units instead of the learner's formulas for them, or with the
true Δ in place of the learner's own (what :func:`~symntk.check.judge_equality.judge_equality` compares against)."""

from __future__ import annotations

from .nodes import Sym
from .predicates import walk
from .syntax import UnreadableError
from .values import scalars
from .world import World


def as_units(world: World, node, left: list) -> list:
    """The first member read with z, a, h naming the network's hidden unit (when it has one such unit)."""
    return _read_with(world, node, left)


def with_own_slope(world: World, node, left: list, free: bool = True) -> list:
    """The first member read with the learner's own φ′ rule (``tanh′(1)`` is 1 − tanh 1 in their work)."""
    entry = world.latest(("slope",))
    if entry is None:
        return left
    return _read_with(world, node, left, free=free, slope=entry[1])


def with_true_units(world: World, node, left: list) -> list:
    """The first member read with the network's own hidden units, not the learner's formulas for them."""
    return _read_with(world, node, left, units={}, free=True)


def _read_with(world: World, node, left: list, **settings) -> list:
    """``node`` read with the scope's ``settings`` in force for this reading only; ``left`` when it cannot be read."""
    saved = {name: getattr(world.scope, name) for name in settings}
    for name, value in settings.items():
        setattr(world.scope, name, value)
    try:
        return scalars(node, world.scope)
    except UnreadableError:
        return left
    finally:
        for name, value in saved.items():
            setattr(world.scope, name, value)


def with_true_discriminant(world: World, node, left: list) -> list:
    """``left`` with the true Δ = (tr K)² − 4 det K in place of the learner's own Δ, when it names Δ."""
    from .judge_facts import discriminant
    from .meaning import key

    names = [n for n in walk(node) if isinstance(n, Sym) and n.name == "Delta" and not n.sub]
    if not names or world.kernel(world.read_kernel).shape != (2, 2):
        return left
    name = key(names[0])
    saved = world.scope.aliases.get(name)
    world.scope.aliases[name] = discriminant(world.charpoly(world.read_kernel))
    try:
        return scalars(node, world.scope)
    finally:
        if saved is None:
            world.scope.aliases.pop(name, None)
        else:
            world.scope.aliases[name] = saved
