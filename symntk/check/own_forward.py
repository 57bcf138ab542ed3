"""The learner's own forward pass: their hidden units (formulas in x, values at x_i), their φ′ rule and their f.

A learner who writes ``z_1 = W_{1,1} x_1 + W_{2,1} x_2 + b_1`` (the indices swapped),
``h_2 = 2x_1 + x_2 + 1``, ``z^{[1]} = (1, 3)`` at x_1, ``a_1 ≈ 0.7311``,
``tanh′(z) = 1 − tanh z`` or ``∂h_1/∂W_{1,1} = ∂h_1/∂b_1`` goes on with those: every later quantity built from the
units (f, ∂f/∂θ_k = δ · a, the gradient, K) is, in their own work, the true
formula with their units and their φ′ put in. Values at x_i come first, then
formulas; the newest claim of each wins.
"""

from __future__ import annotations

import sympy

from .. import derivatives
from .scope import OwnSlope


def _newest(entries):
    return max(entries, key=lambda e: e[0])[1]


def own_units(world, i: int) -> dict:
    """The learner's values of hidden units at datapoint i: true symbolic z or a → their value."""
    return {key[1]: _newest(entries) for key, entries in world.own.items() if key[0] == "unit" and key[2] == i}


def own_unit_formulas(world) -> dict:
    """The learner's formulas for hidden units: true symbolic z or a → their formula (in x, parameters)."""
    return {key[1]: _newest(entries) for key, entries in world.own.items() if key[0] == "unit_formula"}


def with_own_units(world, expr: sympy.Expr, i: int | None = None) -> sympy.Expr:
    """``expr`` with the learner's hidden units put in: their values at x_i (when ``i`` is given), else their
    formulas; a unit written as a formula also changes every activation and later layer built on it."""
    units = own_unit_formulas(world)
    if i is not None:
        units.update(own_units(world, i))
    if not units:
        return expr
    return expr.xreplace(units)


def has_own_units(world, i: int | None = None) -> bool:
    """Whether the learner stated any hidden unit (at x_i, or as a formula)."""
    return bool(own_unit_formulas(world)) or (i is not None and bool(own_units(world, i)))


def own_output(world, o: int, i: int | None = None) -> sympy.Expr:
    """The learner's f_o: the network's output with their units (and φ′-free forward values) put in, at their
    own parameter values (and at x_i when given)."""
    f = with_own_units(world, world.net.outputs[o - 1], i)
    return world.at_point_own(f, i) if i is not None else world.at_values_own(f)


def own_formula(world, o: int, k: int) -> sympy.Expr | None:
    """The learner's ∂f_o/∂θ_k from their own rules, when they wrote any: their φ′, and their own
    ∂(unit)/∂θ_k (``∂h_1/∂W_{1,1} = ∂h_1/∂b_1``), which replaces that factor of the chain rule."""
    slope = slope_derivative(world, o, k)
    ratio = world.latest(("ratio", k))
    if slope is None and ratio is None:
        return None
    base = slope if slope is not None else world.derivative(o, k)
    return sympy.expand(base * ratio[1]) if ratio is not None else base


def slope_derivative(world, o: int, k: int) -> sympy.Expr | None:
    """∂f_o/∂θ_k with the learner's own rule for φ′ (``tanh′(z) = 1 − tanh z``), when they wrote one."""
    entry = world.latest(("slope",))
    if entry is None:
        return None

    def compute():
        fp = world.net.forward()
        deltas = derivatives.backprop(OwnSlope(world.net, entry[1]), fp, o)
        d, c, a = derivatives.chain_factors(world.net, fp, deltas)[k - 1]
        return sympy.expand(d * c * a)

    return world.memo(("slope", entry[0], o, k), compute)
