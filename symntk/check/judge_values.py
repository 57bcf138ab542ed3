"""Judges of the learner's own names: hidden units (z, a, h) and definitions (equalities: judge_equality)."""

from __future__ import annotations

import sympy

from .decide import approximation, decide, matches
from .judgement import Judgement
from .matrices import evaluate
from .meaning import key
from .minor_sums import as_minor
from .named_layers import judge_named_layer
from .nodes import Sym
from .output_matrices import output_matrix_claim
from .own_forward import with_own_units
from .own_matrices import judge_bare_delta, judge_matrix_value, remember
from .own_minors import remember_minor
from .predicates import walk
from .restated_layers import judge_restated_layer
from .syntax import UnreadableError
from .values import agrees, agrees_own, items, one_scalar, scalars
from .world import World


def _layer_vector(world: World, name: Sym) -> list[sympy.Expr]:
    """z^{[l]}, a^{[l]} (h = a) of a whole hidden layer (the first when no layer is written)."""
    layer = name.layer or 1
    if not 1 <= layer < world.net.depth:
        raise UnreadableError(f"there is no hidden layer {layer}")
    forward = world.scope._forward
    return list((forward.z if name.name == "z" else forward.a)[layer])


def _listed(node) -> bool:
    """The node lists its entries ((1, 2), a bmatrix), rather than giving a formula for the whole vector."""
    try:
        items(node)
    except UnreadableError:
        return False
    return True


def _point_in_context(claim, world: World) -> int | None:
    """A unit's values written with numbers only under "at x_2 = 1": the datapoint of the context."""
    from .nodes import Sym

    if world.current_point is None or any(isinstance(n, Sym) for n in walk(claim.value)):
        return None
    return world.current_point if 1 <= world.current_point <= world.N else None


def judge_unit(claim, world: World, j: Judgement) -> Judgement:
    """z, a or h: one unit (a scalar) or a hidden layer (a vector), as a function of x or at x_i."""
    from .judge import ContextError

    name, point = claim.name, claim.point
    if not name.sub and name.layer is None and key(name) in world.scope.letters:
        raise ContextError("the learner's letter for their own parameters (a = (1, 1) for a_1, a_2)")
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
        if nodes is None and len(true) > 1 and not _listed(claim.value):
            claimed = list(evaluate(claim.value, world.scope))   # a = W^{[1]}x + b^{[1]}: the layer's formula
            if len(claimed) != len(true):   # "the kink z = 0": a number, not the layer
                raise UnreadableError("not a vector of the layer's size")
            nodes = [claim.value] * len(claimed)
        else:
            nodes = nodes or (items(claim.value) if len(true) > 1 else [claim.value])
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


def _new_working(claim, world: World, known) -> bool:
    """A letter of the learner's own with a number already (``D = 464``) set equal to arithmetic of numbers only
    (``D = 1849 - 116``): the learner reuses the letter for a new quantity (the next output's discriminant), so it
    is a new definition, not a wrong value of the old one. A later member of the same chain (``M = 12 · 31 − 19² =
    362 − 361``) is never a new definition: it says the members before it are equal to it."""
    from .nodes import Num

    if claim.previous is not None or known is None or not getattr(known, "is_number", False) or \
            isinstance(claim.value, Num):
        return False
    if any(isinstance(node, Sym) for node in walk(claim.value)):
        return False
    saved = world.scope.aliases.pop(key(claim.name))
    try:
        meaning = world.scope.symbol(claim.name)   # what the letter means without the learner's value
    except UnreadableError:
        meaning = None
    finally:
        world.scope.aliases[key(claim.name)] = saved
    try:
        claimed = one_scalar(claim.value, world.scope)
    except UnreadableError:
        return False   # the sum of the principal minors worked out again (c = (36 − 25) + …) is judged as that
    return meaning is None and claimed.is_number and as_minor(world, claim, claimed) is None


def judge_definition(claim, world: World, j: Judgement) -> Judgement:
    """A name of the learner's: its first definition (judged when it names a parameter or a network
    quantity; else context), then later values against what it was defined as."""
    from .judge import ContextError

    name = claim.name
    if name.name == "Delta" and not name.sub and (key(name) not in world.scope.aliases or
                                                   world.latest(("discriminant",)) is not None):
        from .judge_facts import judge_discriminant

        return judge_discriminant(claim, world, j)
    per_output = output_matrix_claim(claim, world.n_out)   # J_1 = [[…], […]]: output 1's Jacobian
    if per_output is not None:
        from .judge import JUDGES

        j.kind = per_output.kind
        return JUDGES[type(per_output)](per_output, world, j)
    restated = judge_restated_layer(claim, world, j)   # W^{[1]} = [[1, 0], [2, 1]] again in the working
    if restated is not None:
        return restated
    layer = judge_named_layer(claim, world, j)   # W = (W^{[1]})^T = [W_{1,1}, W_{1,2}]; w = (W^{[2]})^T = [1, 0]^T
    if layer is not None:
        return layer
    if not name.sub and name.layer is None and key(name) in world.scope.letters:
        raise ContextError("the learner's letter for their own parameters (c = (c_1, c_2))")
    own_matrix = world.scope.matrices.get(key(name))
    if own_matrix is not None:
        found = judge_matrix_value(claim, world, j, own_matrix)
        if found is None:
            raise ContextError("a value of the learner's matrix at no datapoint")
        return found
    delta = judge_bare_delta(claim, world, j)
    if delta is not None:
        return delta
    if remember(claim, world):
        raise ContextError("the learner's own matrix (a mask D = diag(φ′(z)))")
    known = world.scope.aliases.get(key(name))
    if _new_working(claim, world, known):   # D = 484 − 20 = 464 for output 1, then D = 1849 − 116 for output 2
        world.scope.aliases[key(name)] = one_scalar(claim.value, world.scope)
        raise ContextError("a name of the learner's own, worked out again from numbers")
    try:
        vector = items(claim.value)
    except UnreadableError:
        vector = None
    if vector is not None and len(name.sub) == 1 and known is None and (len(vector) == world.P or (
            name.name in GRADIENT_LETTERS and abs(len(vector) - world.P) <= 2)):   # g_1 one entry short: wrong
        from .claims import GradientClaim
        from .judge_gradients import judge_gradient

        point = getattr(name.sub[0], "value", None)
        if point is not None and 1 <= point <= world.N:
            gradient = GradientClaim(claim.line, claim.value, claim.claimed, claim.previous, claim.source,
                                     claim.soft and len(vector) == world.P, output=claim.output or 1, point=int(point))
            return judge_gradient(gradient, world, j)
    if vector is not None and len(vector) > 1 and not name.sub and known is None:
        return _judge_entries(claim, world, j, vector)
    claimed = one_scalar(claim.value, world.scope)
    if claimed.is_Rational:
        world.record(("named", key(name)), claimed, claim.line)   # every value the learner gave the name
    own_ok, own = False, None
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
        own = own_meaning(world, name, known)
        own_ok = own is not None and any(matches(world, claim.value, claimed, v)
                                         for v in (own, world.at_values_own(own)))
    point = _point_in_context(claim, world)
    if point is not None and not claimed.free_symbols and known is not None and \
            world.at_values(known).free_symbols & set(world.net.x):   # u_2 = 1 under "x^{(2)} = (0, 1):": at x_2
        known = world.at_point(known, point)
        if own_ok is False and from_scope and own is not None:
            own_ok = matches(world, claim.value, claimed, world.at_point(world.at_values_own(own), point))
    minor = as_minor(world, claim, claimed)
    if minor is not None:   # c_2 = 11 + 44 + 48 = 103 from their K: the sum of its minors, not arithmetic only
        ok, own_ok, known = minor
        return decide(j, world, claim, claimed, ok, own_ok, known, lambda prev: matches(world, claim.value, claimed,
                                                                                       prev))
    if claim.previous is not None and isinstance(known, sympy.Expr):   # M_23 = 12 · 31 − 19² = 362 − 361: their minor
        remember_minor(world, known, claimed, claim.line)
    ok = matches(world, claim.value, claimed, known) or _same_at_point(claim, world, claimed, known)
    return decide(j, world, claim, claimed, ok, own_ok, known, lambda prev: matches(world, claim.value, claimed, prev))


def _same_at_point(claim, world: World, claimed: sympy.Expr, known: sympy.Expr | None) -> bool:
    """``s_1 = s_2 = 1/2`` under "at x_1 = 0": a link between two bare names at a datapoint says they are equal
    there (not that they are the same function of x), so both are compared at that datapoint."""
    point = world.current_point
    if known is None or not isinstance(claim.value, Sym) or point is None or not 1 <= point <= world.N:
        return False
    x = set(world.net.x)
    if not (world.at_values(known).free_symbols & x or world.at_values(claimed).free_symbols & x):
        return False
    return agrees(claim.value, world.at_point(claimed, point), world.at_point(known, point))


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


def own_meaning(world: World, name, known: sympy.Expr) -> sympy.Expr | None:
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
