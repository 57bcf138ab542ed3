"""The learner's own δ^{[l]}: their general formula (``δ^{[1]} = 2(1 − tanh z^{[1]})``) and their numbers at a datapoint
(``δ^{[1]} = (1, 2)^T`` at x_2, where unit 2 is off and the truth is (1, 0)), kept as theirs.

Backprop goes on from δ: at a datapoint, δ^{[l]} is their general formula at that point, and with δ^{[l]} there
∂f/∂b^{[l]}_r = s δ_r and ∂f/∂W^{[l]}_{r,c} = c_l δ_r a^{[l-1]}_c (the previous layer's activations at the point,
their own where they wrote them). So a learner who writes δ^{[1]} = (1, 2)^T at x_2 = 3 and then
∂f/∂W^{[1]} = (3, 6)^T and g_2 = (3, 6, 1, 2, …) has carried their δ: those values are remembered as the
learner's own ∂f/∂θ_k at the datapoint (the key ``implied`` of :meth:`World.own_derivative_at`). Only a δ that is
not the truth is remembered (one output only: with several, δ names no one output); only the carried verdict of
later claims depends on it.
"""

from __future__ import annotations

import sympy

from .own_theta_subset import here
from .values import agrees_own
from .world import World


def remember_rule(world: World, layer: int, claimed: sympy.Matrix, line: int) -> None:
    """A wrong general δ^{[layer]} (a formula in x or the parameters), as the learner's own rule for it."""
    names = set(world.net.x) | set(world.net.parameters())
    if world.n_out == 1 and any(c.free_symbols & names for c in claimed):
        world.record(("delta_rule", layer), list(claimed), line)


def by_own_rule(world: World, layer: int, nodes, claimed: list, point: int | None, line: int) -> bool:
    """Whether a δ^{[layer]} written with numbers is the learner's own general formula for it (from an earlier line)
    at the datapoint: the one named (``point``), the one the notes are at, else any one."""
    entry = world.latest(("delta_rule", layer))
    if entry is None or entry[2] >= line or len(entry[1]) != len(claimed):
        return False
    rule = entry[1]
    xs = set(world.net.x)
    if any(c.free_symbols & xs for c in claimed):
        return False
    points = [point or here(world)] if (point or here(world)) else list(range(1, world.N + 1))
    return any(all(agrees_own(n, world.at_point_own(c, i), world.own_at_point(r, i))
                   for n, c, r in zip(nodes, claimed, rule)) for i in points)


def remember_implied(world: World, layer: int, claimed: sympy.Matrix, point: int | None, line: int) -> None:
    """A wrong δ^{[layer]} of numbers at a datapoint: the ∂f/∂θ_k of that layer's weights and biases it gives
    there (see the module doc), as the learner's own."""
    net = world.net
    point = point or here(world)
    if point is None or world.n_out != 1 or len(claimed) != net.widths[layer] or \
            any(c.free_symbols for c in claimed):
        return
    if layer == 1:
        previous = list(world.solution.problem.points[point - 1])
    else:
        previous = [world.own_at_point(a, point) for a in net.forward().a[layer - 1]]
    if any(p.free_symbols for p in previous):
        return
    weight, bias = world.at_values_own(net.scale(layer)), world.at_values_own(net.bias_scale)
    for t in net.theta:
        if t.layer != layer or t.kind not in ("W", "b"):
            continue
        d = claimed[t.i - 1]
        value = d * bias if t.kind == "b" else d * weight * previous[t.j - 1]
        world.record(("implied", 1, t.k, point), value, line)


def by_own_delta(world: World, positions: list, nodes, claimed: list, point: int | None) -> bool:
    """Whether ∂f/∂W^{[l]} or ∂f/∂b^{[l]} written with numbers is, entry by entry, the learner's own ∂f/∂θ_k at the
    datapoint (named, or the one the notes are at)."""
    point = point or here(world)
    flat = [k for row in positions for k in row]
    if point is None or world.n_out != 1 or len(flat) != len(claimed) or any(c.free_symbols for c in claimed):
        return False
    return all(agrees_own(n, c, world.own_derivative_at(1, k, point)) for n, c, k in zip(nodes, claimed, flat))
