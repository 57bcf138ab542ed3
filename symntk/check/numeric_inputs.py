"""Gradients at an input written as numbers: ``∇_θ f(1)``, ``∇f_2(-1)``, ``∇f(1, 0)``, ``∇f(1)·∇f(-1)``.

A learner whose datapoints are x_1 = 1, x_2 = −1 often writes the gradient at the datapoint's value
instead of its name. Such an input is the datapoint whose coordinates it equals exactly (the claim is
then judged, and remembered for carry-forward, as ∇_θ f(x_i) or K_{ij}); an input that is no datapoint
is judged against the true gradient at that input, ∂f(x)/∂θ_k with x put in.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from fractions import Fraction

import sympy

from .claims import GradientClaim, KernelEntryClaim
from .decide import decide, matches
from .judgement import Judgement
from .meaning import to_sympy
from .nodes import Group, Num, Op, Sym
from .predicates import factor_list
from .syntax import UnreadableError
from .targets import output_index, rebuild
from .values import agrees, agrees_own, items
from .world import World


@dataclass
class GradientAtInputClaim(GradientClaim):
    """∇_θ f_o at the input ``at`` (its coordinates as exact numbers)."""

    at: tuple = ()


@dataclass
class KernelAtInputsClaim(KernelEntryClaim):
    """⟨∇f_o(a), ∇f_o(b)⟩ for inputs a, b written as numbers (``rows`` = (a, b))."""

    inputs: tuple = ()


def number(node) -> Fraction | None:
    """The exact value of a number as written: ``3``, ``-1``, ``0.5``, ``(−2)``; None for anything else."""
    if isinstance(node, Group) and node.kind == "paren" and len(node.items) == 1:
        return number(node.items[0])
    if isinstance(node, Num):
        return Fraction(node.value)
    if isinstance(node, Op) and node.op == "neg":
        inner = number(node.args[0])
        return -inner if inner is not None else None
    return None


def input_of(node) -> tuple[Fraction, ...] | None:
    """``(1)``, ``(-1)``, ``(1, 0)`` (the argument of f) → its coordinates; None unless all are numbers."""
    if not isinstance(node, Group) or node.kind not in ("paren", "tuple") or not node.items:
        return None
    coords = tuple(number(n) for n in node.items)
    return coords if all(c is not None for c in coords) else None


def gradient_at_numbers(node) -> tuple[int, tuple[Fraction, ...]] | None:
    """``∇_θ f_o(a)`` or ``∇f(a)^T`` with ``a`` written as numbers → (o, a); None for anything else."""
    if isinstance(node, Op) and node.op == "transpose":
        node = node.args[0]
    parts = factor_list(node)
    if len(parts) != 3 or not (isinstance(parts[0], Sym) and parts[0].name == "nabla" and not parts[0].primes):
        return None
    head, arg = parts[1], parts[2]
    if isinstance(arg, Op) and arg.op == "transpose":
        arg = arg.args[0]
    if not (isinstance(head, Sym) and head.name == "f" and head.layer is None and not head.primes):
        return None
    output = output_index(head)
    if output is None:
        return None
    at = input_of(arg)
    return (output, at) if at is not None else None


def kernel_at_numbers(node) -> tuple[int, tuple, tuple] | None:
    """``⟨∇f(a), ∇f(b)⟩``, ``∇f(a)·∇f(b)``, ``∇f(a)^T ∇f(b)`` with inputs written as numbers → (o, a, b)."""
    if isinstance(node, Op) and node.op == "inner":
        pair = [gradient_at_numbers(n) for n in node.args]
    else:
        parts = factor_list(node)
        pair = []
        for cut in range(3, len(parts) - 2):
            left, right = rebuild(parts[:cut]), rebuild(parts[cut:])
            pair = [gradient_at_numbers(left), gradient_at_numbers(right)]
            if all(pair):
                break
    if len(pair) != 2 or not all(pair) or pair[0][0] != pair[1][0]:
        return None
    return pair[0][0], pair[0][1], pair[1][1]


def claim_maker(node):
    """A function (segment, member, previous) → the claim about ``node`` when it is a gradient (or a product
    of two) at inputs written as numbers; None otherwise."""
    found = gradient_at_numbers(node)
    if found is not None:
        o, at = found
        return lambda s, m, p: GradientAtInputClaim(s.line, m.node, m.text, p, s.text, output=o, at=at)
    pair = kernel_at_numbers(node)
    if pair is not None:
        o, a, b = pair
        return lambda s, m, p: KernelAtInputsClaim(s.line, m.node, m.text, p, s.text, row=0, col=0,
                                                   output=o if o != 1 else None, inputs=(a, b))
    return None


def datapoint(world: World, at: tuple) -> int | None:
    """The datapoint i whose coordinates are exactly ``at`` (None when no or several datapoints are)."""
    found = [i for i, x in enumerate(world.solution.problem.points, start=1)
             if len(x) == len(at) and all(sympy.Rational(c.numerator, c.denominator) == v for c, v in zip(at, x))]
    return found[0] if len(found) == 1 else None


def _base(claim, cls, **changes):
    values = {f.name: getattr(claim, f.name) for f in fields(cls)}
    values.update(changes)
    return cls(**values)


def judge_gradient_at_input(claim: GradientAtInputClaim, world: World, j: Judgement) -> Judgement:
    """∇_θ f_o(a): as ∇_θ f_o(x_i) when a is datapoint x_i, else entry by entry against ∂f_o/∂θ_k at x = a."""
    from .judge_gradients import judge_gradient

    i = datapoint(world, claim.at)
    if i is not None:
        return judge_gradient(_base(claim, GradientClaim, point=i), world, j)
    o = claim.output
    if not 1 <= o <= world.n_out or len(claim.at) != len(world.net.x):
        raise UnreadableError(f"f has {world.n_out} output(s) of {len(world.net.x)} input(s)")
    put = {x: sympy.Rational(c.numerator, c.denominator) for x, c in zip(world.net.x, claim.at)}
    nodes = items(claim.value)
    claimed = [to_sympy(n, world.scope) for n in nodes]
    true = [sympy.expand(world.at_values(world.derivative(o, k)).xreplace(put)) for k in range(1, world.P + 1)]
    own = [sympy.expand(world.at_values_own(world.derivative(o, k)).xreplace(put)) for k in range(1, world.P + 1)]
    ok = len(claimed) == world.P and all(agrees(n, v, t) for n, v, t in zip(nodes, claimed, true))
    own_ok = len(claimed) == world.P and all(agrees_own(n, v, t) for n, v, t in zip(nodes, claimed, own))
    return decide(j, world, claim, claimed, ok, own_ok, true,
                  lambda prev: isinstance(prev, list) and len(prev) == len(claimed) and all(
                      matches(world, n, v, p) for n, v, p in zip(nodes, claimed, prev)))


def judge_kernel_at_inputs(claim: KernelAtInputsClaim, world: World, j: Judgement) -> Judgement:
    """⟨∇f(a), ∇f(b)⟩ as K_{ij} when a and b are the datapoints x_i and x_j."""
    from .judge_kernel import judge_kernel_entry

    rows = [datapoint(world, at) for at in claim.inputs]
    if None in rows:
        raise UnreadableError("the gradients are not at two of the datapoints")
    return judge_kernel_entry(_base(claim, KernelEntryClaim, row=rows[0], col=rows[1]), world, j)

