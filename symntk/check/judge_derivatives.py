"""The judge of a derivative ∂f_o/∂θ_k: symbolic, at a datapoint, or by a hidden unit (∂f/∂z), with the datapoints
a number written for it is the value at."""

from __future__ import annotations

import dataclasses

import sympy

from .active_words import slope_one_when_on
from .claim_names import parameter_names
from .claims import DerivativeClaim
from .datapoint_names import named_point
from .decide import approximation, decide, matches
from .diagnose import gradient_mistakes, without_slope
from .judgement import Judgement
from .layer_by_name import as_layer_claim
from .near_point import true_only_elsewhere
from .nodes import Sym
from .own_forward import has_own_units, own_formula, with_own_units
from .own_theta_subset import here
from .syntax import UnreadableError
from .unit_derivatives import derivative_by_unit, output_by_unit
from .values import agrees, agrees_own, one_scalar
from .world import World

_NOT_PARAMETERS = ("x", "y", "z", "a", "h", "u", "s", "t", "lambda", "K", "f")   # inputs, units, λ, K: not θ


def _parameter_index(world: World, node) -> int:
    """θ's index k of the parameter a name means; a name that means nothing here: unreadable when it is indexed
    like a parameter (``Q_7``), else context (``∂f/∂x``)."""
    try:
        symbol = world.scope.symbol(node) if isinstance(node, Sym) else None
    except UnreadableError:
        if isinstance(node, Sym) and node.sub and node.name not in _NOT_PARAMETERS:   # ∂f/∂Q_7: never dropped
            raise UnreadableError("not a parameter of this network") from None
        from .judge import ContextError

        raise ContextError("a derivative with respect to something that is not a parameter") from None
    for t in world.net.theta:
        if t.symbol == symbol:
            return t.k
    raise UnreadableError("not a parameter of this network")


def judge_derivative(claim: DerivativeClaim, world: World, j: Judgement) -> Judgement:
    """∂f_o/∂θ_k, symbolic or at a datapoint."""
    by_unit = derivative_by_unit(claim, world.scope)
    if by_unit is not None:   # ∂f/∂z: with respect to the learner's hidden unit, judged as a formula in it
        from .judge_equality import judge_equality

        return judge_equality(by_unit, world, j)
    layer = as_layer_claim(claim, world.scope)
    if layer is not None:   # ∂f/∂W_2 = [2, 3]: the whole layer W^{[2]} (symntk.check.layer_by_name)
        from .judge_layers import judge_layer

        return judge_layer(layer, world, j)
    unit = output_by_unit(world.scope, claim.parameter, claim.output) if claim.k is None else None
    if unit is not None:
        return _judge_unit_derivative(claim, world, j, unit)
    k = claim.k if claim.k is not None else _parameter_index(world, claim.parameter)
    o = claim.output
    point = named_point(claim, world.net.widths[0], world.N)
    if point is not None:   # ∂f/∂w_1 = v_1 x_1 = 1: the derivative at x_1
        claim = dataclasses.replace(claim, point=point)
    if not (1 <= k <= world.P and 1 <= o <= world.n_out):
        raise UnreadableError(f"θ has entries θ_1 … θ_{world.P}")
    claimed = one_scalar(claim.value, world.scope)
    latex, text = parameter_names(world.net.theta[k - 1].symbol, world.net.widths)
    j.target, j.label = f"\\frac{{\\partial f}}{{\\partial {latex}}}", f"∂f/∂{text}"
    if claim.point is not None:
        if not 1 <= claim.point <= world.N:
            raise UnreadableError(f"there are {world.N} datapoints")
        true = world.at_point(world.derivative(o, k), claim.point)
        own = world.own_derivative_at(o, k, claim.point)
        world.record(("dval", o, k, claim.point), claimed, claim.line, approximation(claim))
        ok = agrees(claim.value, claimed, true) or bool(claimed.free_symbols) and matches(
            world, claim.value, claimed, world.at_input(world.derivative(o, k), claim.point), False, True)
        return decide(j, world, claim, claimed, ok,
                      agrees_own(claim.value, claimed, own), true, lambda prev: agrees(claim.value, claimed, prev))
    true = world.derivative(o, k)
    previous = world.claimed.get(id(claim.previous)) if claim.previous is not None else None
    symbols = getattr(previous[0], "free_symbols", set()) if previous is not None else set()
    at_points = previous is None or not symbols or bool(symbols & set(world.net.x))
    ok = matches(world, claim.value, claimed, true, at_points, own_names=True)   # ∂f/∂w_2 = v_2: not v_2 x
    if not ok and claim.line in world.active_lines and slope_one_when_on(world.net.activations):
        ok = matches(world, claim.value, claimed, without_slope(world.net, o, k), False, own_names=True)
    chain = _points_of_previous(world, claim, claimed, previous, true) if ok else None
    if chain:   # 3 · (−1) = 3 under x_2 = −1: at the datapoint of 3 · (−1) (where 3 is not the value)
        ok = any(agrees(claim.value, claimed, world.at_point(true, i)) for i in chain)
    own_ok = False
    if ok and _elsewhere(world, claim, claimed, o, k):   # under "at x_1:", the true value at x_2, theirs at x_1
        ok, own_ok = False, True
    pinned = ok and not chain and true_only_elsewhere(world, claim.value, claimed, true, claim.line)
    if pinned:   # "x2 = 3:" then ∂f/∂b_2 = 2: the value at x_1, not at x_2 (their own value there: carried)
        ok = False
    entry = world.latest(("dsym", o, k), ("expansion", o))
    if not ok and entry is not None:
        own = entry[1] if len(world.own.get(("dsym", o, k), ())) and entry in world.own[("dsym", o, k)] else \
            sympy.diff(entry[1], world.net.theta[k - 1].symbol)
        own_ok = matches(world, claim.value, claimed, own, own_names=True)
    theta = world.latest(("theta",))
    if not ok and not own_ok and claim.k is not None and theta is not None and k <= len(theta[1]):
        mine = theta[1][k - 1]
        other = [t.k for t in world.net.theta if t.symbol == mine]
        if other and other[0] != k:
            own_ok = matches(world, claim.value, claimed, world.derivative(o, other[0]), own_names=True)
    point = here(world)
    if not ok and not own_ok and claimed.is_number and point is not None:   # 2 · 1 · 3 under "x_2 = 3:"
        own_ok = agrees_own(claim.value, claimed, world.own_derivative_at(o, k, point))
    slope = None if ok or own_ok else own_formula(world, o, k)
    if slope is not None:
        own_ok = matches(world, claim.value, claimed, slope, own_names=True)
    if not ok and not own_ok:   # ∂f/∂v_2 = h_2 after their own wrong formula for h_2: their units put in
        own_ok = matches(world, claim.value, claimed, with_own_units(world, slope if slope is not None else true),
                         own_names=True)
    if not ok and not own_ok and slope is None and has_own_units(world):   # their z_2 = W_{12} x_1 + …: ∂/∂W_{12}
        mine = sympy.diff(with_own_units(world, world.net.outputs[o - 1]), world.net.theta[k - 1].symbol)
        own_ok = mine != true and matches(world, claim.value, claimed, mine, own_names=True)
    if chain and not ok:   # their own value at that datapoint, not at another
        own_ok = any(agrees_own(claim.value, claimed, world.own_derivative_at(o, k, i)) for i in chain)
    if pinned:
        own_ok = agrees_own(claim.value, claimed, world.own_derivative_at(o, k, here(world)))
    at_points = _points_of_value(world, claim, claimed, o, k, ok)
    if at_points:
        world.record(("dval", o, k, at_points[0]), claimed, claim.line, approximation(claim))
    else:
        world.record(("dsym", o, k), claimed, claim.line, approximation(claim))
    decide(j, world, claim, claimed, ok, own_ok, true, lambda prev: matches(world, claim.value, claimed, prev))
    if j.verdict == "wrong" and not j.carried:
        named = gradient_mistakes(claimed, true, world.net, o, k, [world.derivative(o, m) for m in
                                                                    range(1, world.P + 1)])
        if named:
            j.feedback = named
    return j


def _judge_unit_derivative(claim: DerivativeClaim, world: World, j: Judgement, true: sympy.Expr) -> Judgement:
    """∂f/∂(hidden unit) = the claim: against the true ∂f_o/∂u (at the datapoint when one is named)."""
    claimed = one_scalar(claim.value, world.scope)
    if claim.point is not None:
        if not 1 <= claim.point <= world.N:
            raise UnreadableError(f"there are {world.N} datapoints")
        true = world.at_point(true, claim.point)
    return decide(j, world, claim, claimed, matches(world, claim.value, claimed, true), False, true)


def _points_of_previous(world: World, claim, claimed: sympy.Expr, previous, true: sympy.Expr) -> list[int]:
    """The datapoints where the number before ``claimed`` in its chain is the true value, when both are numbers
    and the truth depends on the datapoint (``∂f/∂W_2 = 3 · (−1) = 3``: the datapoint of 3 · (−1), where the next
    member is the value too); empty otherwise."""
    if previous is None or previous[1] != "correct" or not claimed.is_number or \
            not getattr(previous[0], "is_number", False) or not world.at_values(true).free_symbols & set(world.net.x):
        return []
    return [i for i in range(1, world.N + 1) if agrees(claim.previous, previous[0], world.at_point(true, i))]


def _elsewhere(world: World, claim, claimed: sympy.Expr, o: int, k: int) -> bool:
    """A number written under a datapoint's label (``at x(1) = (1, 0):``) that is not the true value there (it is
    at another datapoint) but is the learner's own value there, from their own wrong formula: carried."""
    point = here(world)
    true = world.derivative(o, k)
    if point is None or not claimed.is_number or not world.at_values(true).free_symbols:
        return False
    at_here = world.at_point(true, point)
    if agrees(claim.value, claimed, at_here):
        return False
    own = world.own_derivative_at(o, k, point)
    return not own.free_symbols and own != at_here and agrees_own(claim.value, claimed, own)


def _points_of_value(world: World, claim, claimed: sympy.Expr, o: int, k: int, ok: bool) -> list[int]:
    """The datapoints a number written for ∂f/∂θ_k without one is the value at: for a value true at no datapoint,
    the one the notes are at (``2 · 1 · 3 = 6`` under "x_2 = 3:" is their value at x_2); else where it is the true
    value, else where it is the learner's own, else the datapoint the notes are at."""
    true = world.derivative(o, k)
    if not claimed.is_number or not world.at_values(true).free_symbols:
        return []
    if not ok and here(world) is not None:
        return [here(world)]
    points = range(1, world.N + 1)
    found = [i for i in points if agrees(claim.value, claimed, world.at_point(true, i))]
    found = found or [i for i in points if agrees_own(claim.value, claimed, world.own_derivative_at(o, k, i))]
    if not found and world.current_point is not None and 1 <= world.current_point <= world.N:
        found = [world.current_point]
    return found
