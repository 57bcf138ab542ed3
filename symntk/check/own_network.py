"""The learner's own network formula f: a wrong f they wrote, read as their network, gives their units and gradient.

A learner who writes ``f(x) = v_1(W_{11} x_1 + W_{21} x_2 + b_1) + v_2(W_{12} x_1 + W_{22} x_2 + b_2) + c``
(W^{[1]} transposed), leaves a bias out of f, or puts tanh on the output, and then works correctly from that f,
carries the mistake of their f into everything after it. When their f is judged wrong and is a formula in the
parameters and x only (:func:`well_formed`), :func:`remember` keeps it: their ∂f/∂θ_k are differentiated exactly
from it (SymPy on the parsed formula, :func:`own_gradient`), and, when it is linear in the output layer's
weights, ∂f/∂W^{[L]}_{oj} is their last hidden unit a_j (their z_j the argument of φ when φ is not linear):
those become their own unit formulas (their z_j at x_i; a z_j in a later formula may mean theirs or the true one:
the names are not re-read, so a correct gradient in unit names stays correct).
"""

from __future__ import annotations

import sympy

from .own_forward import with_own_units

NETWORK = "network"   # world.own key: ("network", o) → the learner's own wrong f_o


def well_formed(world, claimed) -> bool:
    """Whether ``claimed`` is a formula of a network: in x and the parameters only, holding x, and naming all
    but at most two parameters (a bias or two left out of f is the learner's mistake, not another formula)."""
    if not isinstance(claimed, sympy.Expr) or claimed.is_number:
        return False
    params, xs = set(world.net.parameters()), set(world.net.x)
    free = claimed.free_symbols
    return free <= params | xs and bool(free & xs) and len(free & params) >= len(params) - 2


def remember(world, o: int, claimed: sympy.Expr, line: int) -> None:
    """Keep the learner's wrong f_o as their network (see the module doc), with the unit formulas it gives."""
    world.record((NETWORK, o), claimed, line)
    for unit, formula in _own_units(world, o, claimed).items():
        world.record(("unit_formula", unit), formula, line)


def follows_own_f(world, o: int, nodes, claimed: list) -> bool:
    """Whether a gradient formula follows from the learner's own wrong f_o: entry by entry their ∂f_o/∂θ_k, a unit
    named in it (z_1) standing for the true unit or for theirs (a correct gradient in unit names stays correct)."""
    from_f = own_gradient(world, o)
    if from_f is None or len(claimed) != len(from_f):
        return False
    return world.match_all(nodes, claimed, from_f) or world.match_all(
        nodes, [with_own_units(world, c) for c in claimed], from_f)


def own_gradient(world, o: int) -> list[sympy.Expr] | None:
    """The learner's ∇_θ f_o from their own wrong f_o, when that is the newest f they wrote; else None."""
    entry = world.latest((NETWORK, o))
    newest = world.latest(("expansion", o))
    if entry is None or newest is not None and newest[0] > entry[0]:
        return None
    return world.memo((NETWORK, o, entry[0]), lambda: [sympy.expand(sympy.diff(entry[1], p))
                                                       for p in world.net.parameters()])


def _own_units(world, o: int, f: sympy.Expr) -> dict:
    """True unit (z or a of the last hidden layer) → the learner's own formula for it, from their f_o: a_j is
    ∂f_o/∂W^{[L]}_{oj} when that holds no output-layer parameter; the units they have right are left out."""
    net = world.net
    L = net.depth
    if L < 2:
        return {}
    last = {t.symbol for t in net.theta if t.layer == L}
    forward = net.forward()
    phi = net.activation(L - 1)
    found = {}
    for j in range(net.widths[L - 1]):
        a = sympy.expand(sympy.diff(f, net.weights[L - 1][o - 1, j]))
        if a.free_symbols & last or not a.free_symbols & set(net.x):
            return {}
        z_true, a_true = forward.z[L - 1][j], forward.a[L - 1][j]
        if phi.is_linear:
            pairs = [(z_true, a)]
        elif isinstance(a, sympy.Function) and a.func == getattr(a_true, "func", None) and len(a.args) == 1:
            pairs = [(z_true, sympy.expand(a.args[0])), (a_true, a)]
        else:
            pairs = [(a_true, a)]
        found.update({t: v for t, v in pairs if sympy.expand(v - sympy.expand(t)) != 0})
    return found
