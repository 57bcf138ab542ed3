"""The sum of the principal 2 × 2 minors of a 3 × 3 kernel (c₂ in det(K − λI) = −λ³ + (tr K)λ² − c₂λ + det K), and
one such minor, worked out from the learner's own K: judged as what they are, not only as arithmetic.

``M = (36 − 25) + (93 − 49) + (372 − 324) = 11 + 44 + 48 = 103`` after a K with K₂₃ = 18 (true 19) is sound
arithmetic, but 103 is not the true c₂ (66): it is carried from their K. A member counts as such a sum when it
(or the member before it in its chain) adds exactly three terms that are the principal minors of one of the
learner's K's (as numbers, in any order, their own slipped minors such as ``12 · 31 − 361 = 1`` included) or are
each written K_ii K_jj − K_ij² from that K's entries. One minor ``12 · 31 − 400`` counts when it is written
K_ii K_jj − K_ij² from the entries of their K and differs from the true minor there.
"""

from __future__ import annotations

import sympy

from .meaning import to_sympy
from .nodes import Group, Node, Op
from .own_minors import principal_minors
from .syntax import UnreadableError
from .world import World

PAIRS = ((0, 1), (0, 2), (1, 2))


def _terms(node: Node | None, sign: int = 1) -> list[tuple[int, Node]]:
    """The terms of a written sum, with their signs; a bracket is one term."""
    if isinstance(node, Op) and node.op == "add":
        return [t for a in node.args for t in _terms(a, sign)]
    if isinstance(node, Op) and node.op == "sub" and len(node.args) == 2:
        return _terms(node.args[0], sign) + _terms(node.args[1], -sign)
    return [(sign, node)] if node is not None else []


def _value(node: Node, world: World) -> sympy.Expr | None:
    try:
        value = to_sympy(node, world.scope)
    except (UnreadableError, TypeError, ValueError):
        return None
    return value if value.is_Rational else None


def _kernels(world: World) -> tuple[sympy.Matrix, list[sympy.Matrix]] | None:
    """The true 3 × 3 K and the learner's own 3 × 3 K's (one output only), or None."""
    from .own_kernel import own_kernels

    if world.n_out != 1 or world.N != 3:
        return None
    true = world.kernel(None).applyfunc(world.at_values)
    if true.shape != (3, 3) or not all(v.is_Rational for v in true):
        return None
    own = [K for K in own_kernels(world, None) if K.shape == (3, 3) and K.is_symmetric() and
           all(v.is_Rational for v in K)]
    return true, own


def _slipped(world: World, minors: list[sympy.Expr]) -> list[list[sympy.Expr]]:
    """The minors, and the minors with the learner's own worked-out value in place of some of those they slipped
    in (two minors of 11, one worked out 1: 11, 44, 1)."""
    out: list[list[sympy.Expr]] = [[]]
    for m in minors:
        entries = world.own.get(("minor", m))
        mine = max(entries, key=lambda e: e[0])[1] if entries else m
        out = [done + [v] for done in out for v in dict.fromkeys((m, mine))]
    return out


def _written_minor(node: Node, world: World, K: sympy.Matrix) -> int | None:
    """The position (0, 1, 2 for the pairs 12, 13, 23) of ``K_ii K_jj − K_ij²`` written from K's entries."""
    while isinstance(node, Group) and node.kind == "paren" and len(node.items) == 1:
        node = node.items[0]
    if not (isinstance(node, Op) and node.op == "sub" and len(node.args) == 2):
        return None
    product, square = _value(node.args[0], world), _value(node.args[1], world)
    if product is None or square is None:
        return None
    for p, (a, b) in enumerate(PAIRS):
        if product == K[a, a] * K[b, b] and square == K[a, b] ** 2:
            return p
    return None


def _sum_of(node: Node | None, world: World, true: sympy.Matrix, own: list[sympy.Matrix]) -> list[sympy.Expr]:
    """The learner's sums of minors that the three terms of ``node`` are (empty when they are not)."""
    terms = _terms(node)
    if len(terms) != 3:
        return []
    found = []
    for K in [true] + own:
        minors = principal_minors(K)
        if sorted(p for p in (_written_minor(t, world, K) for _, t in terms) if p is not None) == [0, 1, 2]:
            found.append(sum(minors))
            continue
        values = [_value(t, world) for _, t in terms]
        if any(v is None for v in values):
            continue
        written = sorted(s * v for (s, _), v in zip(terms, values))
        for candidate in _slipped(world, minors):
            if written == sorted(candidate):
                found.append(sum(candidate))
    return found


def minor_sum(world: World, claim, kernels: tuple[sympy.Matrix, list[sympy.Matrix]]) -> \
        tuple[sympy.Expr, list[sympy.Expr]] | None:
    """(the true c₂, the learner's own c₂'s) when the claim's member (or the member before it) is a sum of the
    three principal minors of the true K or of one of their K's; None otherwise."""
    true, own = kernels
    found = _sum_of(claim.value, world, true, own) or _sum_of(claim.previous, world, true, own)
    if not found:
        return None
    return sum(principal_minors(true)), found


def one_minor(world: World, left: Node, kernels: tuple[sympy.Matrix, list[sympy.Matrix]]) -> \
        tuple[sympy.Expr, sympy.Expr] | None:
    """(the true minor, the learner's) when ``left`` is K_ii K_jj − K_ij² written from their own K's entries and
    that minor differs from the true one; None otherwise."""
    true, own = kernels
    for K in own:
        p = _written_minor(left, world, K)
        if p is not None:
            theirs, right = principal_minors(K)[p], principal_minors(true)[p]
            if theirs != right:
                return right, theirs
    return None


def as_minor(world: World, claim, claimed: sympy.Expr, left: Node | None = None):
    """(ok, own_ok, expected) for a claim that is a sum of principal minors or (``left`` given) one minor of the
    learner's K; None for any other claim."""
    from .values import agrees, agrees_own

    kernels = _kernels(world) if isinstance(claimed, sympy.Expr) and claimed.is_Rational else None
    if kernels is None:
        return None
    sums = minor_sum(world, claim, kernels)
    if sums is not None:
        true, own = sums
        return agrees(claim.value, claimed, true), any(agrees_own(claim.value, claimed, v) for v in own), true
    single = one_minor(world, left, kernels) if left is not None else None
    if single is not None:
        true, theirs = single
        return agrees(claim.value, claimed, true), agrees_own(claim.value, claimed, theirs), true
    return None
