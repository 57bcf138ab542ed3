"""The learner's own kernel-level values, as candidates: K_{ij}, K, det(K − λI), tr K, det K and the eigenvalues.

A learner may go on from their matrix K as written (often rounded), from their
entries K_{ij} as they computed them (often to more digits), or from the sums
K_{ij} = Σ_k ∂f(x_i)/∂θ_k ∂f(x_j)/∂θ_k of their own gradients; each is one
candidate, newest first, and a later claim is carried when it follows from any;
the last candidate is exact: the sums from their formulas and rules alone (their
``5 − 4 tanh 1`` beside their ``1.953623``).
"""

from __future__ import annotations

import mpmath
import sympy

from ..kernel import LAMBDA, characteristic_polynomial


def own_sum(world, out: int | None, r: int, c: int, exact: bool = False) -> sympy.Expr:
    """Σ_k of the learner's ∂f(x_i)/∂θ_k · ∂f(x_j)/∂θ_k for K_{rc} (``exact``: from their formulas only)."""
    (i, o1), (j, o2) = world.labels(out)[r - 1], world.labels(out)[c - 1]
    return sympy.expand(sum(a * b for a, b in zip(world.own_row(i, o1, exact), world.own_row(j, o2, exact))))


def own_entry(world, out: int | None, r: int, c: int) -> sympy.Expr:
    """The learner's K_{rc}: their entry (or its mirror), else the sum of their gradients' products."""
    entry = world.latest(("entry", out, r, c), ("entry", out, c, r))
    if entry is not None:
        return entry[1]
    return own_sum(world, out, r, c)


def own_kernels(world, out: int | None) -> list[sympy.Matrix]:
    """Candidate K's of the learner (see the module doc), distinct, the newest source first."""
    return list(world.memo(("kernels", out), lambda: _kernels(world, out)))


def _kernels(world, out: int | None) -> list[sympy.Matrix]:
    n = len(world.labels(out))
    found = []
    entry = world.latest(("K", out))
    if entry is not None and entry[1].shape == (n, n):
        found.append((entry[0], entry[1]))
    entries = [world.latest(("entry", out, r, c), ("entry", out, c, r))
               for r in range(1, n + 1) for c in range(1, n + 1)]
    newest = max((e[0] for e in entries if e), default=-1)
    found.append((newest, sympy.Matrix(n, n, lambda r, c: own_entry(world, out, r + 1, c + 1))))
    if newest >= 0:
        found.append((-2, sympy.Matrix(n, n, lambda r, c: own_sum(world, out, r + 1, c + 1))))
    found.append((-3, sympy.Matrix(n, n, lambda r, c: own_sum(world, out, r + 1, c + 1, exact=True))))
    out_list: list[sympy.Matrix] = []
    for _, K in sorted(found, key=lambda f: -f[0]):
        if not any(K == other for other in out_list):
            out_list.append(K)
    return out_list


def own_kernel(world, out: int | None) -> sympy.Matrix:
    """The learner's K from their newest source."""
    return own_kernels(world, out)[0]


def own_charpolys(world, out: int | None) -> list[sympy.Expr]:
    """The learner's det(K − λI): their polynomial, and those of their K's."""
    entry = world.latest(("charpoly",))
    found = [entry[1]] if entry is not None else []
    return found + [characteristic_polynomial(K) for K in own_kernels(world, out)]


def own_eigen(world, out: int | None) -> list[list[sympy.Expr]]:
    """Candidate lists of the learner's eigenvalues: roots of their polynomial, eigenvalues of their K's."""
    return list(world.memo(("eigen", out), lambda: _eigen(world, out)))


def _eigen(world, out: int | None) -> list[list[sympy.Expr]]:
    out_lists = []
    entry = world.latest(("charpoly",))
    if entry is not None:
        out_lists.append(roots(entry[1]))
    for K in own_kernels(world, out):
        if K.is_symmetric():
            out_lists.append(roots(characteristic_polynomial(K)))
    return [r for r in out_lists if r]


def roots(poly: sympy.Expr) -> list[sympy.Expr]:
    """The real roots of a polynomial in λ, ascending (exact when SymPy finds them quickly, else 30 digits)."""
    try:
        p = sympy.Poly(sympy.expand(poly), LAMBDA)
    except sympy.PolynomialError:
        return []
    if p.degree() < 1 or p.degree() > 8:
        return []
    if p.degree() <= 2 and all(c.is_Rational for c in p.all_coeffs()):
        return sorted(sympy.roots(p, multiple=True), key=lambda r: sympy.N(sympy.re(r), 30))
    with mpmath.workdps(40):
        coeffs = [mpmath.mpf(str(sympy.N(c, 40))) for c in p.all_coeffs()]
        try:
            found = mpmath.polyroots(coeffs, maxsteps=200, extraprec=60)
        except mpmath.libmp.NoConvergence:
            return []
    return sorted(sympy.Float(str(mpmath.re(r)), 35) for r in found)
