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
from .compare import as_compared


def own_sum(world, out: int | None, r: int, c: int, exact: bool = False) -> sympy.Expr:
    """Σ_k of the learner's ∂f(x_i)/∂θ_k · ∂f(x_j)/∂θ_k for K_{rc} (``exact``: from their formulas only)."""
    (i, o1), (j, o2) = world.labels(out)[r - 1], world.labels(out)[c - 1]
    return sympy.expand(sum(a * b for a, b in zip(world.own_row(i, o1, exact), world.own_row(j, o2, exact))))


def own_entry(world, out: int | None, r: int, c: int) -> sympy.Expr:
    """The learner's K_{rc}: their entry (or its mirror), else the sum of their gradients' products."""
    entry = world.latest(("entry", out, r, c), ("entry", out, c, r))
    if entry is not None:
        return entry[1]
    from .kernel_function import own_entry_from_function

    value = own_entry_from_function(world, out, r, c)
    return value if value is not None else own_sum(world, out, r, c)


def jacobian_kernel(world) -> sympy.Matrix | None:
    """J Jᵀ of the learner's own written J (one output; a row per datapoint, whatever its number of columns:
    a J that forgets a parameter's column gives the K the learner goes on with), or None."""
    entry = world.latest(("jac",))
    J = entry[1] if entry is not None else None
    if world.n_out != 1 or not isinstance(J, sympy.MatrixBase) or J.rows != world.N:
        return None
    return (J * J.T).applyfunc(sympy.expand)


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
    jacobian = jacobian_kernel(world)
    if jacobian is not None and jacobian.shape == (n, n):
        found.append((-4, jacobian))
    out_list: list[sympy.Matrix] = []
    for _, K in sorted(found, key=lambda f: -f[0]):
        if not any(K == other for other in out_list):
            out_list.append(K)
    return out_list


def own_kernel(world, out: int | None) -> sympy.Matrix:
    """The learner's K from their newest source."""
    return own_kernels(world, out)[0]


def own_charpolys(world, out: int | None) -> list[sympy.Expr]:
    """The learner's det(K − λI): their polynomial, and those of their K's (also with the tr K and det K they
    worked out themselves in place of their K's own)."""
    entry = world.latest(("charpoly",))
    found = [entry[1]] if entry is not None else []
    kernels = own_kernels(world, out)
    return found + [characteristic_polynomial(K) for K in kernels] + _with_own_minor_sums(world, kernels) + \
        _with_own_invariants(world, out, kernels)


def _with_own_invariants(world, out: int | None, kernels: list[sympy.Matrix]) -> list[sympy.Expr]:
    """det(K − λI) = (−λ)^n + (−1)^{n−1} (tr K) λ^{n−1} + … + det K with the learner's own written tr K and/or
    det K (``det = 390 − 361 = 39``) in place of their K's: p_K + (−1)^{n−1}(t − tr K) λ^{n−1} + (d − det K);
    for a 2 × 2 kernel with no K of theirs, λ² − t λ + d from the two they wrote."""
    trace, det = world.latest(("trace", out)), world.latest(("det", out))
    if trace is None and det is None:
        return []
    if not kernels and trace is not None and det is not None and len(world.labels(out)) == 2:
        return [LAMBDA ** 2 - trace[1] * LAMBDA + det[1]]
    found = []
    for K in kernels:
        n = K.rows
        t = trace[1] if trace is not None else K.trace()
        d = det[1] if det is not None else K.det(method="berkowitz")
        shift = (-1) ** (n - 1) * (t - K.trace()) * LAMBDA ** (n - 1) + d - K.det(method="berkowitz")
        if shift != 0:
            found.append(sympy.expand(characteristic_polynomial(K) + shift))
    return found


def _with_own_minor_sums(world, kernels: list[sympy.Matrix]) -> list[sympy.Expr]:
    """For a 3 × 3 kernel, det(K − λI) = −λ³ + (tr K)λ² − c₂λ + det K with c₂ (the sum of the principal 2 × 2
    minors) a number the learner named and worked out themselves (``c_2 = 11 + 42 + 11 = 64``): the polynomial
    with their c₂ in place of the true one, for each of their K's."""
    from .own_minors import minor_offset

    named = {v for k, entries in world.own.items() if k[0] == "named" for _, v, _ in entries}
    slip = minor_offset(world)   # their own principal minors, one worked out wrong (12 · 31 − 361 = 1)
    out = []
    for K in kernels:
        if K.shape != (3, 3) or not (named or slip):
            continue
        c2 = sum(K.extract([a, b], [a, b]).det() for a, b in ((0, 1), (0, 2), (1, 2)))
        out += [sympy.expand(characteristic_polynomial(K) + (c2 - v) * LAMBDA) for v in sorted(named) if v != c2]
        if slip != 0:
            out.append(sympy.expand(characteristic_polynomial(K) - slip * LAMBDA))
    return out


def own_invariants(world, out: int | None) -> tuple[list, list]:
    """The learner's tr K and det K: of each of their K's, and read off their polynomial
    (p(λ)/c_n = λ^n − tr K λ^{n−1} + … + (−1)^n det K)."""
    kernels = own_kernels(world, out)
    traces = [K.trace() for K in kernels]
    dets = [as_compared(sympy.expand(K.det(method="berkowitz"))) for K in kernels]
    entry = world.latest(("charpoly",))
    n = len(world.labels(out))
    if entry is not None:
        try:
            coeffs = sympy.Poly(sympy.expand(entry[1]), LAMBDA).all_coeffs()
        except sympy.PolynomialError:
            coeffs = []
        if len(coeffs) == n + 1 and coeffs[0] != 0:
            traces.append(-coeffs[1] / coeffs[0])
            dets.append((-1) ** n * coeffs[-1] / coeffs[0])
    return traces, dets


def own_eigen(world, out: int | None) -> list[list[sympy.Expr]]:
    """Candidate lists of the learner's eigenvalues: roots of their polynomial, eigenvalues of their K's, and
    the exact eigenvalues they wrote last (``λ = (25 ± √560)/2``, then ``λ_1 ≈ 24,33`` from them)."""
    return list(world.memo(("eigen", out), lambda: _eigen(world, out)))


def _eigen(world, out: int | None) -> list[list[sympy.Expr]]:
    polys = []
    entry = world.latest(("charpoly",))
    if entry is not None:
        polys.append(entry[1])
    kernels = own_kernels(world, out)
    polys += [characteristic_polynomial(K) for K in kernels if K.is_symmetric()]
    polys += _with_own_invariants(world, out, kernels)
    out_lists = [roots(p) for p in polys]
    written = world.latest(("eigenvalues", out))
    if written is not None:
        out_lists.append(list(written[1]))
    for p in polys + [world.charpoly(out)]:
        out_lists.append(_rounded_roots(world, p))
    return [r for r in out_lists if r]


def _rounded_roots(world, poly: sympy.Expr) -> list[sympy.Expr]:
    """The roots of a quadratic with the learner's own rounded square root: (−b ± s)/2a with s ≈ √(b² − 4ac)
    (``√697 ≈ 26.41``), or −b/2a ± s with s ≈ √((b² − 4ac)/4a²) (``3 ± √5``, ``√5 ≈ 2.25``)."""
    try:
        p = sympy.Poly(sympy.expand(poly), LAMBDA)
    except sympy.PolynomialError:
        return []
    if p.degree() != 2:
        return []
    a, b, c = p.all_coeffs()
    D = sympy.expand(b * b - 4 * a * c)
    entry = _own_sqrt(world, D)
    if entry is not None:   # (−b ± s)/2a with s ≈ √D
        s = entry[1] / (2 * abs(a))
    else:                   # −b/2a ± s with s ≈ √(D/4a²): λ = 3 ± √5
        entry = _own_sqrt(world, sympy.expand(D / (4 * a * a)))
        if entry is None:
            return []
        s = entry[1]
    return sorted((-b / (2 * a) - s, -b / (2 * a) + s), key=lambda r: sympy.N(r, 30))


def _own_sqrt(world, D: sympy.Expr):
    """The learner's √D: of D itself, else of their own rounded D (``Δ ≈ 24,0594``, ``√Δ ≈ 4,9050`` where their
    polynomial gives 24,05940409): the newest √v with v a decimal that is D to its last digit."""
    from .decimal_digits import near

    entry = world.latest(("sqrt", D))
    if entry is not None or not D.is_number:
        return entry
    keys = [k for k in world.own if k[0] == "sqrt" and isinstance(k[1], sympy.Rational) and k[1] != D]
    return world.latest(*[k for k in keys if k[1].q > 1 and near(k[1], D)]) if keys else None


def roots(poly: sympy.Expr) -> list[sympy.Expr]:
    """The real roots of a polynomial in λ, ascending (exact when SymPy finds them quickly, else 30 digits)."""
    try:
        p = sympy.Poly(sympy.expand(poly), LAMBDA)
    except sympy.PolynomialError:
        return []
    if p.degree() < 1 or p.degree() > 8:
        return []
    if all(c.is_Rational for c in p.all_coeffs()):
        exact = sympy.roots(p, multiple=True, cubics=False, quartics=False)
        if len(exact) == p.degree() and all(r.is_real for r in exact):
            return sorted(exact, key=lambda r: sympy.N(r, 30))  # λ(λ² − 43λ + 36): factors of degree ≤ 2
    with mpmath.workdps(40):
        coeffs = [mpmath.mpf(str(sympy.N(c, 40))) for c in p.all_coeffs()]
        try:
            found = mpmath.polyroots(coeffs, maxsteps=200, extraprec=60)
        except mpmath.libmp.NoConvergence:
            return []
        return sorted(sympy.Float(mpmath.nstr(mpmath.re(r), 35), 35) for r in found)


def own_named_eigen_values(world, node) -> list[sympy.Expr]:
    """A formula of named eigenvalues (λ_1 + λ_2, λ_max λ_min) with the learner's own eigenvalues put in: one
    value per candidate list of theirs (see :func:`own_eigen`)."""
    from .eigen_order import eigen_names
    from .meaning import to_sympy

    out = []
    saved = dict(world.scope.aliases)
    try:
        for values in own_eigen(world, world.read_kernel):
            world.scope.aliases.update(eigen_names(world, values))
            out.append(to_sympy(node, world.scope))
    finally:
        world.scope.aliases.clear()
        world.scope.aliases.update(saved)
    return out
