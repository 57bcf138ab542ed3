"""Judges of the learner's own names and formulas: hidden units (z, a, h), definitions, and equalities."""

from __future__ import annotations

import sympy

from .decide import approximation, decide, matches
from .judgement import Judgement
from .meaning import key
from .nodes import Partial, Sym
from .own_forward import with_own_units
from .predicates import walk
from .syntax import UnreadableError
from .unit_at_point import members_agree_at_point, some_unit_at_point
from .values import agrees, agrees_own, items, scalars
from .world import World


def _scalar(claim, world: World) -> sympy.Expr:
    values = scalars(claim.value, world.scope)
    if len(values) != 1:
        raise UnreadableError("± where one value was expected")
    return values[0]


def _layer_vector(world: World, name: Sym) -> list[sympy.Expr]:
    """z^{[l]}, a^{[l]} (h = a) of a whole hidden layer (the first when no layer is written)."""
    layer = name.layer or 1
    if not 1 <= layer < world.net.depth:
        raise UnreadableError(f"there is no hidden layer {layer}")
    forward = world.scope._forward
    return list((forward.z if name.name == "z" else forward.a)[layer])


def _point_in_context(claim, world: World) -> int | None:
    """A unit's values written with numbers only under "at x_2 = 1": the datapoint of the context."""
    from .nodes import Sym
    from .predicates import walk

    if world.current_point is None or any(isinstance(n, Sym) for n in walk(claim.value)):
        return None
    return world.current_point if 1 <= world.current_point <= world.N else None


def judge_unit(claim, world: World, j: Judgement) -> Judgement:
    """z, a or h: one unit (a scalar) or a hidden layer (a vector), as a function of x or at x_i."""
    from .judge import ContextError

    name, point = claim.name, claim.point
    point = point if point is not None else _point_in_context(claim, world)
    units, world.scope.units = world.scope.units, {}
    try:
        true = [world.scope.symbol(name)]
        nodes = [claim.value]
    except UnreadableError:
        true = _layer_vector(world, name)
        nodes = None
    finally:
        world.scope.units = units
    try:
        if nodes is None:
            nodes = items(claim.value) if len(true) > 1 else [claim.value]
        claimed = [scalars(n, world.scope)[0] for n in nodes]
    except UnreadableError:
        raise ContextError("a definition of a layer") from None
    if point is not None:
        if not 1 <= point <= world.N:
            raise UnreadableError(f"there are {world.N} datapoints")
        own = [world.own_at_point(t, point) for t in true]
        if len(claimed) == len(true) and not any(world.at_point(t, point).free_symbols for t in true):
            for t, c in zip(true, claimed):
                if not c.free_symbols:
                    world.record(("unit", t, point), c, claim.line, approximation(claim))
        true = [world.at_point(t, point) for t in true]
        ok = len(claimed) == len(true) and all(agrees(n, c, t) for n, c, t in zip(nodes, claimed, true))
        own_ok = len(claimed) == len(true) and all(agrees_own(n, c, t) for n, c, t in zip(nodes, claimed, own))
    else:
        ok = len(claimed) == len(true) and world.match_all(nodes, claimed, true)
        own = [world.at_values_own(with_own_units(world, t)) for t in true]
        own_ok = len(claimed) == len(true) and world.match_all(nodes, claimed, own)
        if len(claimed) == len(true):
            _own_formulas(world, claim, nodes, claimed, true)
    value = claimed[0] if len(claimed) == 1 else claimed
    expected = true[0] if len(true) == 1 else true
    return decide(j, world, claim, value, ok, own_ok, expected,
                  lambda prev: world.match_all(nodes, claimed, prev if isinstance(prev, list) else [prev]))


def _own_formulas(world: World, claim, nodes, claimed, true) -> None:
    """A unit's formula in x that is not the true one is the learner's own (their later values come from it);
    when it is not even the true one at their own parameter values, their later uses of its name mean it.
    A right formula written later puts the true unit back."""
    for n, c, t in zip(nodes, claimed, true):
        if not c.free_symbols & set(world.net.x):
            continue
        if world.match_all([n], [c], [t]):
            if world.scope.units.pop(t, None) is not None or world.latest(("unit_formula", t)) is not None:
                world.record(("unit_formula", t), t, claim.line)
            continue
        world.record(("unit_formula", t), c, claim.line)
        if not world.match_all([n], [c], [world.at_values_own(t)]):
            world.scope.units[t] = c


GRADIENT_LETTERS = ("g", "G", "j", "J", "gamma")   # g_i, J_i: the learner's own name of the gradient at x_i


def judge_definition(claim, world: World, j: Judgement) -> Judgement:
    """A name of the learner's: its first definition (judged when it names a parameter or a network
    quantity; else context), then later values against what it was defined as."""
    from .judge import ContextError

    name = claim.name
    if name.name == "Delta" and not name.sub and key(name) not in world.scope.aliases:
        from .judge_facts import judge_discriminant

        return judge_discriminant(claim, world, j)
    known = world.scope.aliases.get(key(name))
    try:
        vector = items(claim.value)
    except UnreadableError:
        vector = None
    if vector is not None and len(name.sub) == 1 and known is None and (len(vector) == world.P or (
            name.name in GRADIENT_LETTERS and abs(len(vector) - world.P) <= 2)):   # g_1 one entry short: wrong
        from .claims import GradientClaim
        from .judge import judge_gradient

        point = getattr(name.sub[0], "value", None)
        if point is not None and 1 <= point <= world.N:
            gradient = GradientClaim(claim.line, claim.value, claim.claimed, claim.previous, claim.source,
                                     claim.soft and len(vector) == world.P, output=1, point=int(point))
            return judge_gradient(gradient, world, j)
    if vector is not None and len(vector) > 1 and not name.sub and known is None:
        return _judge_entries(claim, world, j, vector)
    claimed = _scalar(claim, world)
    if claimed.is_Rational:
        world.record(("named", key(name)), claimed, claim.line)   # every value the learner gave the name
    own_ok = False
    from_scope = known is None
    if known is None:
        try:
            known = world.scope.symbol(name)
        except UnreadableError:
            known = None
        if known is None:
            world.scope.aliases[key(name)] = claimed
            raise ContextError("a name of the learner's own")
    if isinstance(known, sympy.Symbol) and known in world.solution.values and claimed.is_number:
        world.record(("param", known), claimed, claim.line)   # w_2 = 0: the value of the parameter it names
        known = world.solution.values[known]
    elif from_scope:
        own = _own_meaning(world, name, known)
        own_ok = own is not None and any(matches(world, claim.value, claimed, v)
                                         for v in (own, world.at_values_own(own)))
    return decide(j, world, claim, claimed, matches(world, claim.value, claimed, known), own_ok, known,
                  lambda prev: matches(world, claim.value, claimed, prev))


def _judge_entries(claim, world: World, j: Judgement, vector: list) -> Judgement:
    """``r = (1, 0)`` for a name whose entries the learner defined (``r_i = relu′(z_i)``): entry by entry,
    as functions of x or all at one datapoint."""
    from .judge import ContextError
    from .nodes import Num

    name = claim.name
    entries = [world.scope.aliases.get(key(Sym(name.name, (Num(i, None, str(i)),))))
               for i in range(1, len(vector) + 1)]
    if any(e is None for e in entries):
        raise ContextError("a vector of the learner's own")
    claimed = [scalars(n, world.scope)[0] for n in vector]
    ok = world.match_all(vector, claimed, entries)
    own_ok = not ok and world.match_all(vector, claimed, [world.at_values_own(e) for e in entries])
    return decide(j, world, claim, claimed, ok, own_ok, entries,
                  lambda prev: isinstance(prev, list) and world.match_all(vector, claimed, prev))


def _own_meaning(world: World, name, known: sympy.Expr) -> sympy.Expr | None:
    """What a network quantity's name (δ_1, z_2) means in the learner's own work: read with their φ′ rule and
    their units (put in at their parameter values, it differs from the true one); else None."""
    entry = world.latest(("slope",))
    world.scope.slope = entry[1] if entry is not None else None
    try:
        own = world.scope.symbol(name)
    except UnreadableError:
        own = known
    finally:
        world.scope.slope = None
    own = with_own_units(world, own)
    return None if world.at_values_own(own) == world.at_values(known) else own


def _slope_rule(node, left: sympy.Expr, claimed: sympy.Expr):
    """(z, the learner's φ′(z)) when the formula is the derivative of an activation in a free variable z."""
    from .nodes import Func, Partial
    from .predicates import walk

    derivative = any(isinstance(n, Partial) and n.numerator is None for n in walk(node)) or any(
        isinstance(n, Func) and n.primes for n in walk(node))
    free = [s for s in left.free_symbols if s.name in ("z", "u", "s", "t", "v")]
    if derivative and len(free) == 1 and claimed.free_symbols <= set(free):
        return free[0], claimed
    return None


def _about(claim, claimed: sympy.Expr, true: sympy.Expr) -> bool:
    """``26.70 + 0.29 ≈ 27``: a whole number after ≈ is the value rounded to a whole number."""
    from .compare import written_number

    number = written_number(claim.value)
    if number is None or number.decimals is not None or "approx" not in claim.source or true.free_symbols:
        return False
    try:
        return bool(abs(sympy.N(claimed - true, 30)) <= sympy.Rational(1, 2))
    except (TypeError, ValueError):
        return False


def _own_factor(world: World, claim, true: sympy.Expr, claimed: sympy.Expr) -> None:
    """A wrong ∂(unit)/∂θ_k of the learner's (``∂h_1/∂W_{1,1} = 1``, true x): θ_k enters f only through that
    unit, so their ∂f/∂θ_k is the true one times claimed/true."""
    from .nodes import Partial

    node = claim.left
    if not isinstance(node, Partial) or node.numerator is None or true == 0:
        return
    try:
        var = scalars(node.denominator, world.scope)[0]
    except UnreadableError:
        return
    k = next((t.k for t in world.net.theta if t.symbol == var), None)
    if k is not None:
        world.record(("ratio", k), sympy.cancel(claimed / true), claim.line)


def _is_charpoly(world: World, value: sympy.Expr) -> bool:
    """A polynomial in λ of the kernel's size (λ² − 43λ + 390 − 289 after a 2 × 2 K): det(K − λI) written out."""
    from ..kernel import LAMBDA

    if value.free_symbols != {LAMBDA}:
        return False
    try:
        degree = sympy.Poly(sympy.expand(value), LAMBDA).degree()
    except sympy.PolynomialError:
        return False
    out = world.read_kernel
    return degree == len(world.labels(out))


def _free_variables(value: sympy.Expr) -> set:
    """The free variables (z, u, t, …) of a formula read with free names, not parameters or x."""
    return {s for s in value.free_symbols if s.name in ("z", "u", "s", "t", "v", "a")}


def _as_units(world: World, node, left: list) -> list:
    """The first member read with z, a, h naming the network's hidden unit (when it has one such unit)."""
    try:
        return scalars(node, world.scope)
    except UnreadableError:
        return left


def _with_own_slope(world: World, node, left: list, free: bool = True) -> list:
    """The first member read with the learner's own φ′ rule (``tanh′(1)`` is 1 − tanh 1 in their work)."""
    entry = world.latest(("slope",))
    if entry is None:
        return left
    world.scope.free, world.scope.slope = free, entry[1]
    try:
        return scalars(node, world.scope)
    except UnreadableError:
        return left
    finally:
        world.scope.free, world.scope.slope = False, None


def _with_true_units(world: World, node, left: list) -> list:
    """The first member read with the network's own hidden units, not the learner's formulas for them."""
    units, world.scope.units = world.scope.units, {}
    world.scope.free = True
    try:
        return scalars(node, world.scope)
    except UnreadableError:
        return left
    finally:
        world.scope.units, world.scope.free = units, False


def _names_eigenvalues(node) -> bool:
    return any(isinstance(n, Sym) and n.name == "lambda" and n.sub for n in walk(node))


def judge_equality(claim, world: World, j: Judgement) -> Judgement:
    """A formula = another formula (or value): the value against the first member."""
    world.scope.free = True
    try:
        left = scalars(claim.left, world.scope)
        claimed = scalars(claim.value, world.scope)
    finally:
        world.scope.free = False
    if len(claimed) == 1 and len(left) > 1:
        claimed = claimed * len(left)   # σ′(±1) = 0.1966: the same value for both signs
    if len(left) != len(claimed):
        raise UnreadableError("± on one side only")
    claimed = world.scope.as_rule(claimed, left)
    free = _free_variables(left[0]) - set().union(*(c.free_symbols for c in claimed))
    if claim.condition is not None:   # a case of a piecewise rule: the free name has that sign
        name, sign = claim.condition
        symbol = sympy.Symbol(name, real=True)
        signed = {symbol: sympy.Symbol(name, positive=True) if sign > 0 else sympy.Symbol(name, negative=True)}
        left, claimed = [v.xreplace(signed) for v in left], [v.xreplace(signed) for v in claimed]
    elif free:
        left = _as_units(world, claim.left, left)  # 1 − tanh(z) = 1: z is the hidden unit, at a datapoint
    if _is_charpoly(world, left[0]):
        from .claims import CharPolyClaim
        from .judge_kernel import judge_charpoly

        return judge_charpoly(CharPolyClaim(claim.line, claim.value, claim.claimed, claim.previous, claim.source,
                                            claim.soft, equation=True), world, j)
    own_left = left
    if isinstance(claim.left, Partial) and world.scope.units:   # ∂z_1/∂W_{1,1}: the truth is the network's z_1
        left = _with_true_units(world, claim.left, left)
    true = [world.at_values(v) for v in left]
    ok = all(matches(world, claim.value, c, t, not claim.general) or
             matches(world, claim.value, c, v, not claim.general) or _about(claim, c, t)
             for c, t, v in zip(claimed, true, left))
    if not ok and free and len(left) == 1:   # "x_2 = 3: relu' = 0": φ′ of some hidden unit at x_2
        ok = some_unit_at_point(world, claim.line, left[0], lambda t: matches(world, claim.value, claimed[0], t))
    if not ok and not claim.general:
        ok = members_agree_at_point(world, claim.line, claim.value, claimed, true)
    own = [world.at_values_own(v) for v in _with_own_slope(world, claim.left, own_left, not free)]
    own_ok = not ok and all(matches(world, claim.value, c, t, not claim.general) for c, t in zip(claimed, own))
    if not ok and not own_ok and len(claimed) == 1 and _names_eigenvalues(claim.left):
        from .own_kernel import own_named_eigen_values

        own_ok = any(agrees_own(claim.value, claimed[0], v) for v in own_named_eigen_values(world, claim.left))
    value = claimed[0] if len(claimed) == 1 else claimed
    if not ok and left[0].is_positive and not left[0].is_Rational and (left[0] ** 2).is_Rational and \
            claimed[0].is_Rational:
        world.record(("sqrt", left[0] ** 2), claimed[0], claim.line)  # a wrong √697 ≈ 26.41, used in λ later
    if not ok and len(left) == 1:
        _own_factor(world, claim, left[0], claimed[0])
    slope = _slope_rule(claim.left, left[0], claimed[0])
    if slope is not None and not ok:
        world.record(("slope",), slope, claim.line)
    return decide(j, world, claim, value, ok, own_ok, true[0] if len(true) == 1 else true,
                  lambda prev: matches(world, claim.value, claimed[0], prev if not isinstance(prev, list) else prev[0]))
