"""The judge of a learner's equality chain (formula = value = …): each member against the first, with the
learner's own units, slopes and factors carried where they explain a difference."""

from __future__ import annotations

import sympy

from .activation_values import remember_activation_value
from .decide import approximation, decide, matches
from .judgement import Judgement
from .layer_values_at import remember_one
from .member_readings import as_units, with_own_slope, with_true_discriminant, with_true_units
from .minor_sums import as_minor
from .nodes import Func, Op, Partial, Sym
from .operand_rounding import within_operand_rounding
from .own_minors import remember_minor
from .predicates import walk
from .syntax import UnreadableError
from .unit_at_point import (
    bare_value_judged,
    members_agree_at_point,
    remember_every_unit,
    some_unit_at_point,
    unit_written_out,
)
from .unit_derivatives import names_unit_derivative, own_slope_rule, section_point
from .value_names import uses_value_names
from .values import agrees, agrees_own, scalars
from .vector_arithmetic import vectors_equal
from .world import World


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


def _rule_letter(node) -> str | None:
    """The letter of φ′(z) written as a rule (``tanh'(z)``, ``\\sigma'(u)``): the key of that bare letter, even
    when the learner's own names made it a hidden unit (``z = w_1 x + b_1``); else None."""
    from .meaning import key
    from .nodes import Func, Group, Op

    if not (isinstance(node, Op) and node.op == "juxt" and len(node.args) == 2):
        return None
    func, arg = node.args
    if isinstance(arg, Group) and arg.kind == "paren" and len(arg.items) == 1:
        arg = arg.items[0]
    if isinstance(func, Func) and func.primes == 1 and isinstance(arg, Sym) and arg.name in ("z", "u", "s", "t") \
            and not arg.sub and arg.layer is None and not arg.primes:
        return key(arg)
    return None


def _about(claim, claimed: sympy.Expr, true: sympy.Expr) -> bool:
    """``26.70 + 0.29 ≈ 27``: a whole number after ≈ is the value rounded to a whole number."""
    from .compare import written_number

    number = written_number(claim.value)
    if number is None or number.decimals is not None or true.free_symbols or \
            not ("approx" in claim.source or "≈" in claim.source):   # \approx in math, ≈ typed in prose
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


def _undefined(world: World, true: list, claimed: list) -> set[str]:
    """The names a value or formula is said to equal that still stand free after the notes' values are put in
    (neither x nor a parameter nor a unit the notes define): a value of nothing the notes define (``q(1) = 2``,
    ``F(x) = …`` or ``dF/dw_1 = v_1 x`` in notes whose network is f). (The caller keeps the free argument of a
    rule, relu′(z) = 0 of some unit, out of this.)"""
    if not all(isinstance(c, sympy.Expr) for c in claimed):
        return set()
    known = set(world.net.x)
    if not all(c.is_number for c in claimed):   # a formula: the free variable of a rule (φ′(z) = …), the second
        known |= {s for t in true if isinstance(t, sympy.Expr) for s in t.free_symbols   # input x′ of a kernel
                  if s in _free_variables(t) or s.name.rstrip("'′") in {x.name for x in world.net.x}}
    return {s.name for t in true if isinstance(t, sympy.Expr) for s in t.free_symbols if s not in known}


def _undefined_claimed(world: World, true: list, claimed: list) -> set[str]:
    """The other way round: a quantity the notes can value said to equal a formula in names that stand free after
    the notes' values are put in (``col 3 = 2·col1 + col2``, ``K_{11} = a + b``): a formula in nothing the notes
    define, which no value can contradict."""
    if not all(isinstance(t, sympy.Expr) and t.is_number for t in true):
        return set()
    known = set(world.net.x)
    return {s.name for c in claimed if isinstance(c, sympy.Expr)
            for s in world.at_values(c).free_symbols if s not in known}


def _numbers(world: World, claimed: list) -> bool:
    """Every claimed value is a number once the parameters are put in (an index formula stated as a value)."""
    return all(world.at_values(c).is_number for c in claimed)


def _named_point(world: World, claim, claimed: list, true: list) -> int | None:
    """The one datapoint the claim's line names (``and $x_2 = -1$ (so $2x+1 = -1$, $-x = -1$)``) when the claim
    says a formula in x is a number: it is that formula there, not at whichever datapoint makes it hold."""
    here = world.current_point
    if claim.general or world.current_point_line != claim.line or here is None or not 1 <= here <= world.N:
        return None
    xs = set(world.net.x)
    if not all(isinstance(c, sympy.Expr) and c.is_number and isinstance(t, sympy.Expr) and t.free_symbols and
               t.free_symbols <= xs for c, t in zip(claimed, true)):
        return None
    return here


def _free_variables(value: sympy.Expr) -> set:
    """The free variables (z, u, t, …) of a formula read with free names, not parameters or x."""
    return {s for s in value.free_symbols if s.name in ("z", "u", "s", "t", "v", "a")}


def _names_eigenvalues(node) -> bool:
    return any(isinstance(n, Sym) and n.name == "lambda" and n.sub for n in walk(node))


def _is_slope(node) -> bool:
    """φ′ applied to the free z (``σ' = 0.25`` read with its argument)."""
    return isinstance(node, Op) and node.op == "juxt" and isinstance(node.args[0], Func) and bool(node.args[0].primes)


def judge_equality(claim, world: World, j: Judgement) -> Judgement:
    """A formula = another formula (or value): the value against the first member."""
    tuples = vectors_equal(claim.left, claim.value, world.scope)
    if tuples is not None:   # 2(5, 12, 19) − (3, 5, 7) = (7, 19, 31): entry by entry
        return decide(j, world, claim, tuples[2], tuples[0], False, tuples[1], lambda prev: prev == tuples[2])
    world.scope.free = True
    letter = _rule_letter(claim.left)
    saved = world.scope.aliases.pop(letter, None) if letter else None   # tanh′(z) = …: a rule in a free z
    try:
        left = scalars(claim.left, world.scope)
        claimed = scalars(claim.value, world.scope)
    finally:
        world.scope.free = False
        if saved is not None:
            world.scope.aliases[letter] = saved
    if len(claimed) == 1 and len(left) > 1:
        claimed = claimed * len(left)   # σ′(±1) = 0.1966: the same value for both signs
    if len(left) != len(claimed):
        raise UnreadableError("± on one side only")
    claimed = world.scope.as_rule(claimed, left)
    if names_unit_derivative(claim.left, world.scope):   # ∂a/∂z = 1 − tanh²(z): the network's z is that free z
        left = world.scope.as_rule(left, claimed)
    free = _free_variables(left[0]) - set().union(*(c.free_symbols for c in claimed))
    if claim.condition is not None:   # a case of a piecewise rule: the free name has that sign
        name, sign = claim.condition
        symbol = sympy.Symbol(name, real=True)
        signed = {symbol: sympy.Symbol(name, positive=True) if sign > 0 else sympy.Symbol(name, negative=True)}
        left, claimed = [v.xreplace(signed) for v in left], [v.xreplace(signed) for v in claimed]
    elif free:
        left = as_units(world, claim.left, left)  # 1 − tanh(z) = 1: z is the hidden unit, at a datapoint
    if _is_charpoly(world, left[0]):
        from .claims import CharPolyClaim
        from .judge_spectrum import judge_charpoly

        return judge_charpoly(CharPolyClaim(claim.line, claim.value, claim.claimed, claim.previous, claim.source,
                                            claim.soft, equation=True), world, j)
    own_left = left
    if isinstance(claim.left, Partial) and world.scope.units:   # ∂z_1/∂W_{1,1}: the truth is the network's z_1
        left = with_true_units(world, claim.left, left)
    if world.latest(("discriminant",)) is not None:   # √Δ of the learner's own Δ: the truth is of the true Δ
        left = with_true_discriminant(world, claim.left, left)
    true = [world.at_values(v) for v in left]
    point = None if claim.general else section_point(world, claim.left, claimed, left)
    ok = point is not None and all(agrees(claim.value, world.at_point(c, point), world.at_point(t, point))
                                   for c, t in zip(claimed, left))
    here = _named_point(world, claim, claimed, true) if point is None else None
    if here is not None:   # "x_2 = -1 (so $-x = -1$)": a formula in x on the line naming one datapoint is at it
        ok = all(agrees(claim.value, c, world.at_point(t, here)) for c, t in zip(claimed, true))
    ok = ok or point is None and here is None and all(matches(world, claim.value, c, t, not claim.general) or
             matches(world, claim.value, c, v, not claim.general) or _about(claim, c, t)
             for c, t, v in zip(claimed, true, left))
    if not ok and claim.general and _numbers(world, claimed) and world.current_point and \
            1 <= world.current_point <= world.N:   # σ(z_j) = 1/2 under "First datapoint, x_1 = 0": at that point
        at = world.current_point
        ok = all(agrees(claim.value, world.at_point(c, at), world.at_point(t, at)) for c, t in zip(claimed, left))
    if not ok and point is None and uses_value_names(world, claim.value):   # W_1 u_1 + … after u_1 = x
        ok = all(matches(world, claim.value, world.at_values(c), t, not claim.general) for c, t in zip(claimed, true))
    if not ok and len(claimed) == 1 and not free:   # 2 · 0,419974 = 0,839949: from the unrounded operand
        ok = within_operand_rounding(claim.left, claim.value, world.scope)
    if not ok and free and len(left) == 1:   # "x_2 = 3: relu' = 0": φ′ of some hidden unit at x_2
        ok = some_unit_at_point(world, claim.line, left[0], lambda t: matches(world, claim.value, claimed[0], t),
                                every=claim.bare and _is_slope(claim.left) and claim.line not in world.one_unit_lines)
    if not ok and not claim.general:
        ok = members_agree_at_point(world, claim.line, claim.value, claimed, true)
    own = [world.at_values_own(v) for v in with_own_slope(world, claim.left, own_left, not free)]
    at = point if point is not None else here
    own_ok = not ok and all(matches(world, claim.value, c, t, not claim.general) if at is None else
                            agrees_own(claim.value, world.at_point(c, at), world.at_point_own(t, at))
                            for c, t in zip(claimed, own))
    if claim.bare and not (ok or own_ok):   # σ = 0.6 at x_1: wrong only when every unit there is one z
        bare_value_judged(world, claim.line, _is_slope(claim.left))
    if not ok and not own_ok and len(claimed) == 1 and _names_eigenvalues(claim.left):
        from .own_kernel import own_named_eigen_values

        own_ok = any(agrees_own(claim.value, claimed[0], v) for v in own_named_eigen_values(world, claim.left))
    unknown = (_undefined(world, true, claimed) | _undefined_claimed(world, true, claimed)) - {v.name for v in free} \
        if not (ok or own_ok) else set()
    if unknown:   # q(1) = 2, abc = 4: no value can be wrong when its name means nothing in these notes
        raise UnreadableError(f"{', '.join(sorted(unknown))} {'has' if len(unknown) == 1 else 'have'} no value "
                              "in these notes")
    value = claimed[0] if len(claimed) == 1 else claimed
    root = own_left[0]   # a wrong √697 ≈ 26.41, or the √ of their own wrong Δ, used in λ later
    if not ok and root.is_positive and not root.is_Rational and (root ** 2).is_Rational and claimed[0].is_Rational:
        world.record(("sqrt", root ** 2), claimed[0], claim.line)
    if not ok and len(left) == 1:
        _own_factor(world, claim, left[0], claimed[0])
        if claim.bare and free and _is_slope(claim.left) and \
                claim.line not in world.one_unit_lines:  # relu' = 1: every unit
            remember_every_unit(world, claim, claimed[0])
        unit = unit_written_out(world, own_left[0], claim.line) if not claimed[0].free_symbols else None
        if unit is not None:   # w_{11}x_2 + b_1 = -3: their value of that unit at x_2, used later
            world.record(("unit", *unit), claimed[0], claim.line, approximation(claim))
        elif not claimed[0].free_symbols:   # relu′(z_2) = 1 under "x_2 = 3": their φ′ there, used later
            remember_one(world, left[0], claimed[0], claim.line, approximation(claim))
        if not claimed[0].free_symbols:   # σ′(−1) ≈ −0.1966: their φ′ at that number, used later
            remember_activation_value(world, claim.left, claimed[0], claim.line)
        remember_minor(world, left[0], claimed[0], claim.line)   # 12 · 31 − 361 = 1: their minor of K
    slope = _slope_rule(claim.left, left[0], claimed[0]) or own_slope_rule(claim.left, world.scope, claimed[0])
    if slope is not None and not ok:
        world.record(("slope",), slope, claim.line)
    minor = as_minor(world, claim, claimed[0], claim.left) if len(claimed) == 1 and not free else None
    if minor is not None:   # 12 · 31 − 400 = −28 from their K₂₃ = 20: their minor, not the true one
        ok, own_ok, true = minor[0], minor[1], [minor[2]]
    return decide(j, world, claim, value, ok, own_ok, true[0] if len(true) == 1 else true,
                  lambda prev: matches(world, claim.value, claimed[0], prev if not isinstance(prev, list) else prev[0]))
