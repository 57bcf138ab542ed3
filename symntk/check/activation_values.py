"""The learner's own values of φ and φ′ at a number (``σ′(−1) ≈ −0.1966``, ``σ(−1) ≈ 0.7311``, ``tanh′(0) = 0``),
used in what follows from them.

A learner who writes ``σ′(−1) ≈ −0.1966`` (σ′ is even: the truth is +0.1966), ``σ(−1) = 1/(1 + e^{−1}) ≈
0.7311`` (the truth is 0.2689) or ``σ′(0) = ½ · (1 − ½) = ½`` goes on with their number: every derivative at a
datapoint where a hidden unit's pre-activation is that number is, in their own work, the true chain rule with
their φ′ (or φ) there. Only such numbers are kept (a function of the network's activation, one prime at most,
at an argument that is a number, said to be a number that is not the truth), and only the carried verdict of
later claims depends on them: a new mistake after them is still wrong.
"""

from __future__ import annotations

import dataclasses

import sympy

from .. import derivatives
from .meaning import to_sympy
from .nodes import Func, Group, Op, UnreadableError

KEY = "activation_at"   # world.own key: (KEY, primes, argument) → the learner's number


def written_activation(node, names: set[str]) -> tuple[int, object] | None:
    """``σ′(−1)``, ``tanh 1``, ``φ′(0)``: (primes, the argument's node) when ``node`` is the network's activation
    (or its derivative) applied to one argument, else None."""
    if not (isinstance(node, Op) and node.op == "juxt" and len(node.args) == 2):
        return None
    func, arg = node.args
    if not isinstance(func, Func) or func.name not in names or func.primes > 1 or func.power is not None:
        return None
    if isinstance(arg, Group) and arg.kind == "tuple":
        return None
    return func.primes, arg


def activation_names(net) -> set[str]:
    """The names a learner may give the hidden activation: its own, φ, and σ for the sigmoid."""
    names = {a.name for a in net.activations} | {"phi", "varphi"}
    return names | ({"sigma"} if "sigmoid" in names else set())


def remember_activation_value(world, node, claimed, line: int) -> None:
    """Keep the learner's number for φ(c) or φ′(c) (c a number) when ``node`` (the left side) is such an
    application and the network's hidden layers share one activation; an argument in x (a unit, ``σ′(z_2)``) is
    taken at the datapoint the notes are at."""
    found = written_activation(node, activation_names(world.net))
    if found is None or not isinstance(claimed, sympy.Expr) or not claimed.is_number or \
            len({a.name for a in world.net.activations}) != 1:
        return
    try:
        argument = to_sympy(found[1], world.scope)
    except UnreadableError:
        return
    point = world.current_point
    if isinstance(argument, sympy.Expr) and argument.free_symbols and point is not None and 1 <= point <= world.N:
        argument = world.at_point(argument, point)   # σ′(z_2) ≈ −0.1966 under "x_2 = 1": at z_2(x_2)
    if isinstance(argument, sympy.Expr) and argument.is_number:
        world.record((KEY, found[0], sympy.nsimplify(argument)), claimed, line)


def _stated(world) -> dict:
    """(primes, argument) → the learner's newest number for φ^(primes)(argument)."""
    return {key[1:]: max(entries, key=lambda e: e[0])[1] for key, entries in world.own.items() if key[0] == KEY}


def newest(world) -> int | None:
    """The sequence number of the learner's newest such value, or None when they stated none."""
    seqs = [e[0] for key, entries in world.own.items() if key[0] == KEY for e in entries]
    return max(seqs) if seqs else None


class _MarkedSlope:
    """The network with φ′ left as an undefined function D(z), to be valued at the datapoint afterwards."""

    def __init__(self, net, mark):
        self._net, self._mark = net, mark

    def __getattr__(self, name):
        return getattr(self._net, name)

    def activation(self, l):
        return dataclasses.replace(self._net.activation(l), derivative=self._mark)


def own_derivative_with_values(world, o: int, k: int, i: int, at) -> sympy.Expr | None:
    """∂f_o(x_i)/∂θ_k by the chain rule with the learner's numbers for φ′ and φ put in where a unit's
    pre-activation at x_i is their argument (the true φ′, φ elsewhere); ``at`` values a formula at x_i with
    their units and parameter values. None when they stated no such number or the result is no number."""
    stated = _stated(world)
    if not stated:
        return None
    net = world.net
    act = net.activation(1)
    mark = sympy.Function("own_dphi")
    fp = net.forward()
    d, c, a = derivatives.chain_factors(net, fp, derivatives.backprop(_MarkedSlope(net, mark), fp, o))[k - 1]
    value = at(d * c * a)
    slopes = {f: stated.get((1, sympy.nsimplify(f.args[0])), act.derivative(f.args[0]))
              for f in value.atoms(sympy.core.function.AppliedUndef) if f.func == mark and f.args[0].is_number}
    value = value.xreplace(slopes)
    values = {}
    for (primes, argument), number in stated.items():
        if primes:
            continue
        applied = act.apply(argument)
        if isinstance(applied, sympy.Function):
            values[applied] = number
        elif isinstance(act.apply(-argument), sympy.Function) and sympy.simplify(applied + act.apply(-argument)) == 0:
            values[act.apply(-argument)] = -number   # tanh(−1) is −tanh(1)
    value = sympy.expand(value.xreplace(values))
    return value if not value.free_symbols and not value.atoms(sympy.core.function.AppliedUndef) else None
