"""The general eigenvector a learner writes in λ: ``v = (12, λ − 8)^T``, ``v = (K_{12}, λ − K_{11})^T`` (read from
one row of (K − λI) v = 0), and the vectors that follow from it.

The form v(λ) is right for K when for every eigenvalue μ of K the vector v(μ) is nonzero and K v(μ) = μ v(μ)
(the letters K_{ij} are K's entries; for a 2 × 2 K the right one shown is (K_{12}, λ − K_{11}) from its first
row); it is carried when that holds for the learner's own K, wrong otherwise. The
form is remembered, so a vector the learner works out from it at their own λ_i (``v = (29.3147, 19)`` from a
wrong ``v = (λ − 13, 19)^T`` at λ_1 ≈ 42.3147) is carried from it, as is that vector normalised.
"""

from __future__ import annotations

import mpmath
import sympy

from .meaning import to_sympy
from .node_children import map_children
from .nodes import Num, Sym
from .predicates import walk
from .scope import LAMBDA
from .syntax import UnreadableError
from .values import agrees_own, items

DIGITS = 30


def _entry(node, scope) -> sympy.Expr:
    """One entry of a form with λ as :data:`LAMBDA` and K_{ij} as the symbol ``K_ij`` (read as placeholder letters
    of the scope's free mode)."""
    swaps, letters = {}, {}
    for n in walk(node):
        if isinstance(n, Sym) and n.name == "K" and len(n.sub) == 1 and isinstance(n.sub[0], Num) and \
                len(n.sub[0].text) == 2 and n not in swaps:
            letter = chr(0x3B1 + len(swaps))
            swaps[n], letters[letter] = Sym(letter), sympy.Symbol("K_" + n.sub[0].text)
    before = scope.free
    scope.free = bool(swaps)
    try:
        value = to_sympy(_swap(node, swaps), scope)
    finally:
        scope.free = before
    return value.xreplace({s: letters[s.name] for s in value.free_symbols if s.name in letters})


def _swap(node, swaps: dict):
    """``node`` with every sub-node that is a key of ``swaps`` replaced by its value (a matrix's entries too)."""
    if node in swaps:
        return swaps[node]
    return map_children(node, lambda child: _swap(child, swaps), nested=True)


def form_of(vector, scope) -> list[sympy.Expr] | None:
    """The entries of a written vector in λ (and K_{ij}) as expressions in :data:`LAMBDA`; None when it is no
    such vector (no λ in it, or another letter)."""
    try:
        nodes = items(vector)
        entries = [_entry(n, scope) for n in nodes]
    except (UnreadableError, TypeError, ValueError):
        return None
    letters = set().union(*(e.free_symbols for e in entries))
    if LAMBDA not in letters or any(s != LAMBDA and not s.name.startswith("K_") for s in letters):
        return None
    return entries


def _at(form: list[sympy.Expr], k: sympy.Matrix, mu) -> list[sympy.Expr]:
    values = {sympy.Symbol(f"K_{r + 1}{c + 1}"): k[r, c] for r in range(min(k.rows, 9)) for c in range(min(k.cols, 9))}
    return [e.xreplace(values).xreplace({LAMBDA: mu}) for e in form]


def holds(form: list[sympy.Expr], k: sympy.Matrix) -> bool:
    """Whether v(μ) is a nonzero eigenvector of the symmetric ``k`` for each of its eigenvalues μ."""
    if k.shape != (len(form), len(form)) or k.free_symbols or not k.is_symmetric():
        return False
    with mpmath.workdps(DIGITS):
        a = mpmath.matrix([[mpmath.mpf(sympy.N(k[r, c], DIGITS)) for c in range(k.cols)] for r in range(k.rows)])
        values, _ = mpmath.eigsy(a)
        scale = 1 + max(abs(x) for x in a)
        for mu in values:
            v = mpmath.matrix([mpmath.mpf(sympy.N(e, DIGITS)) for e in _at(form, k, sympy.Float(str(mu), DIGITS))])
            size = mpmath.norm(v)
            tiny = mpmath.mpf(10) ** -12 * scale
            if size < tiny or mpmath.norm(a * v - mu * v) > tiny * size:
                return False
    return True


def judge_form(claim, world, j, form: list[sympy.Expr], out):
    """``v = (12, λ − 8)^T`` (see the module doc)."""
    from .decide import decide
    from .own_kernel import own_kernels

    true_k = world.kernel(out)
    ok = holds(form, true_k)
    own_ok = not ok and any(holds(form, k) for k in own_kernels(world, out) if k.shape == true_k.shape)
    world.record(("eigen_form", out), form, claim.line)
    j.target, j.label, j.about = "v", "v(λ)", "eigenvector"
    expected = [true_k[0, 1], LAMBDA - true_k[0, 0]] if true_k.shape == (2, 2) and true_k[0, 1] != 0 else None
    return decide(j, world, claim, form, ok, own_ok, expected, None)


def from_form(world, out, nodes, values, stated) -> bool:
    """Whether a vector is the learner's own form at their eigenvalue ``stated`` (or a multiple of it, as a unit
    vector is), each entry to the digits written."""
    entry = world.latest(("eigen_form", out))
    if entry is None or stated is None:
        return False
    form = entry[1]
    k = world.kernel(out)
    at = [sympy.N(e, DIGITS) for e in _at(form, k, stated)]
    if any(e.free_symbols for e in at) or all(e == 0 for e in at):
        return False
    pivot = max(range(len(values)), key=lambda n: abs(values[n]))
    if at[pivot] == 0:
        return False
    scaled = [e * values[pivot] / at[pivot] for e in at]
    return all(agrees_own(n, c, t) for n, c, t in zip(nodes, values, scaled))
