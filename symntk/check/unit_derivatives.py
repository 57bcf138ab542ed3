"""Derivatives of and by the learner's own hidden units: one another (∂a/∂z, ∂z_2/∂a_1) and f per unit (∂f/∂z_i)."""

from __future__ import annotations

import sympy

from .nodes import Node, Partial, Sym
from .scope import Scope

UNIT_LETTERS = ("z", "a", "h")


def _unit_value(node: Node, scope: Scope) -> sympy.Expr | None:
    """The network's value of a unit the learner names (``z``, ``a_1``, ``h^{[2]}_1``) or None when ``node``
    names no hidden unit of this network (the learner's own formula for it when they gave one)."""
    from .syntax import UnreadableError

    if not isinstance(node, Sym) or node.name not in UNIT_LETTERS or node.primes:
        return None
    free, scope.free = scope.free, False
    try:
        value = scope.symbol(node)
    except UnreadableError:
        return None
    finally:
        scope.free = free
    if not isinstance(value, sympy.Expr) or value.is_number or isinstance(value, sympy.Symbol):
        return None
    return value


def _output(node: Node, scope: Scope) -> sympy.Expr | None:
    """The network's one output f (written ``f`` or ``y``), or None."""
    net = scope.network
    if isinstance(node, Sym) and node.name in ("f", "y") and not node.sub and node.layer is None and \
            not node.primes and net.widths[-1] == 1:
        return scope._forward.a[-1][0]
    return None


def unit_derivative(node: Partial, scope: Scope, value, variable) -> sympy.Expr | None:
    """∂u/∂v with u a hidden unit (or f) and v a hidden unit of the network: u written as a function g(v) of v
    (v's value replaced by a fresh variable t), then ∂u/∂v = g′(t) at t = v — so ∂a/∂z = φ′(z),
    ∂f/∂a = W^{[2]}, ∂z^{[2]}/∂a^{[1]}_j = W^{[2]}_{1j} and 0 for units on separate paths; ∂u/∂θ_k of a unit u
    = the derivative of the unit's value (``∂z/∂W_1 = x``). ``value`` evaluates the numerator, ``variable``
    the denominator; None when neither names a unit (the usual ∂/∂ reading then applies)."""
    if node.numerator is None:
        return None
    numerator = _unit_value(node.numerator, scope)
    wrt = _unit_value(node.denominator, scope)
    if wrt is None:
        return None if numerator is None else sympy.diff(numerator, variable(node.denominator))
    if numerator is None:
        numerator = _output(node.numerator, scope)
    if numerator is None:
        numerator = value(node.numerator)
    t = sympy.Dummy("t", real=True)
    written = numerator.xreplace({wrt: t})
    if scope.slope is not None and written.free_symbols == {t}:   # a = φ(z), read with the learner's own φ′
        var, rule = scope.slope
        return rule.xreplace({var: wrt})
    params = {p.symbol for p in scope.network.theta}
    if t not in written.free_symbols and not (numerator.free_symbols & wrt.free_symbols & params):
        return sympy.Integer(0)
    if t not in written.free_symbols:
        return None   # u depends on v's parameters, not through v: no derivative with respect to the unit
    return sympy.diff(written, t).xreplace({t: wrt})


def own_slope_rule(node: Node, scope: Scope, claimed: sympy.Expr) -> tuple | None:
    """(z, the learner's φ′(z)) from ``∂a_i/∂z_i = …`` written in their unit ``z_i``: the claimed formula with
    z_i's value replaced by a free z, when a_i is φ(z_i) and nothing else of the network is left in it."""
    if not isinstance(node, Partial) or node.numerator is None:
        return None
    wrt, unit = _unit_value(node.denominator, scope), _unit_value(node.numerator, scope)
    t = sympy.Dummy("t", real=True)
    if wrt is None or unit is None or unit.xreplace({wrt: t}).free_symbols != {t}:
        return None
    z = sympy.Symbol("z", real=True)
    rule = claimed.xreplace({wrt: z})
    if rule.free_symbols <= {z}:
        return z, rule
    return None


def names_unit_derivative(node: Node, scope: Scope) -> bool:
    """Whether ``node`` is ∂u/∂v with v one of the network's hidden units named by the learner."""
    return isinstance(node, Partial) and node.numerator is not None and \
        _unit_value(node.denominator, scope) is not None


def derivative_by_unit(claim, scope: Scope):
    """``∂f/∂z = …`` read as a derivative claim: the same formula as an equality claim about ∂f/∂(unit) when
    the name is a hidden unit of the network and not a parameter; None otherwise."""
    from .claims import EqualityClaim

    name = claim.parameter
    if claim.k is not None or claim.point is not None or claim.output != 1 or not isinstance(name, Sym):
        return None
    left = Partial(Sym("f", (), None, 0), name)
    if not names_unit_derivative(left, scope):
        return None
    return EqualityClaim(claim.line, claim.value, claim.claimed, claim.previous, claim.source, claim.soft,
                         claim.general, left=left)


def section_point(world, node: Node, claimed: list, true: list) -> int | None:
    """The datapoint x_i a number claimed for φ′ of the learner's unit (``relu′(z_2) = 1``) is about: the one the
    notes last named alone (a heading ``at x_2 = 3``), when the true φ′ is a formula in x and the claim a
    number; None otherwise (the claim is then judged at any datapoint)."""
    from .nodes import Func
    from .predicates import walk

    point = world.current_point
    if point is None or not 1 <= point <= world.N:
        return None
    if not any(isinstance(n, Func) and n.primes for n in walk(node)) and not names_unit_derivative(node, world.scope):
        return None
    inputs = set(world.net.x)
    true, claimed = [world.at_values(t) for t in true], [world.at_values(c) for c in claimed]
    if any(not (t.free_symbols & inputs) for t in true) or any(c.free_symbols - inputs for c in claimed):
        return None
    return point

def _place(fp, value: sympy.Expr) -> tuple[str, int, int] | None:
    """("z" or "a", layer, unit index from 0) of a hidden unit's expression in the forward pass."""
    for layer in range(1, len(fp.z) - 1):
        for table, kind in ((fp.z, "z"), (fp.a, "a")):
            for i, entry in enumerate(table[layer]):
                if entry == value:
                    return kind, layer, i
    return None


def output_by_unit(scope, node, output: int) -> sympy.Expr | None:
    """∂f_output/∂u for the hidden unit u that ``node`` names (the backward pass written per unit, ``∂f/∂z_i =
    W^{[2]}_{1i}``): u replaces that unit in the forward pass from its layer on (z^{[m]} = c_m W^{[m]} a^{[m-1]} +
    s b^{[m]}, a^{[m]} = φ_m(z^{[m]})), f_output is differentiated in u and u put back;
    None unless ``node`` names one. A name the learner made their own stands for what they made it (``a_1`` for
    W^{[1]}_{11} in ``f = c_1(a_1 x + b_1) + …`` names no unit)."""
    if not isinstance(node, Sym) or node.name not in UNIT_LETTERS:
        return None
    from .meaning import key
    from .syntax import UnreadableError

    own = scope.aliases.get(key(node))
    try:
        unit = own if own is not None else scope._unit(node)
    except UnreadableError:
        return None
    net = scope.network
    fp = net.forward()
    place = _place(fp, unit) if unit is not None else None
    if place is None:
        return None
    kind, layer, i = place
    u = sympy.Dummy("u", real=True)
    if kind == "z":
        z = sympy.Matrix(fp.z[layer]).copy()
        z[i, 0] = u
        phi = net.activation(layer)
        a = z if phi.is_linear else z.applyfunc(phi.apply)
    else:
        a = sympy.Matrix(fp.a[layer]).copy()
        a[i, 0] = u
    for m in range(layer + 1, net.depth + 1):
        W, b = net.weights[m - 1], net.biases[m - 1]
        z = sympy.Matrix([net.scale(m) * sympy.Add(*[W[r, c] * a[c] for c in range(W.shape[1])]) +
                          net.bias_scale * b[r, 0] for r in range(W.shape[0])])
        phi = net.activation(m)
        a = z if phi.is_linear else z.applyfunc(phi.apply)
    if not 1 <= output <= a.shape[0]:
        return None
    return sympy.diff(a[output - 1], u).subs(u, unit)
