"""The exact NTK and its spectrum.

    K_{ij} = Σ_k ∂f(x_i)/∂θ_k · ∂f(x_j)/∂θ_k,   i.e.   K = J Jᵀ.

For n_L > 1 outputs the rows of J are (point, output) pairs, point-major, and
the full kernel is (N·n_L) × (N·n_L). The per-output kernel of output o is
J_o J_oᵀ (N × N, the rows of output o); the trace kernel is (1/n_L) Σ_o J_o J_oᵀ.

Eigenvalues are the roots of the characteristic polynomial det(K − λI) = 0:
exact closed forms where the polynomial's factors over ℚ have degree ≤ 2
(and for any 1×1 or 2×2 K), exact ``CRootOf`` algebraic numbers for higher
rational factors, and 50-digit numbers otherwise (also for a symbolic 2×2 K
whose entries are too large for a readable closed form).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

import mpmath
import sympy

from . import limits
from .derivatives import fits
from .derivatives import tidy as _tidy
from .errors import DeadlineError

LAMBDA = sympy.Symbol("lambda", real=True)
DIGITS = 50
KERNEL_MODES = ("full", "output", "trace")
SMALL_OPS = 60  # symbolic entries larger than this get numeric eigenvalues only
EXACT_VECTOR_SIZE = 6  # exact eigenvectors for rational kernels up to this size
EXACT_VECTOR_SECONDS = 5.0


@dataclass(frozen=True)
class Eigenvalue:
    """One eigenvalue: ``exact`` (SymPy, or None when only numeric), its
    ``value`` to 50 digits, its multiplicity and unit eigenvectors (numeric)."""

    exact: sympy.Expr | None
    value: sympy.Float
    multiplicity: int
    vectors: tuple[tuple[sympy.Expr, ...], ...] = ()
    exact_vectors: tuple[tuple[sympy.Expr, ...], ...] = ()  # a basis of ker(K − λI), when exact


def kernel_matrix(J: sympy.Matrix, outputs: int = 1, mode: str = "full", output: int | None = None) -> sympy.Matrix:
    """K from the Jacobian J (rows point-major over (point, output)).

    mode ``full``: J Jᵀ; ``output``: J_o J_oᵀ for ``output`` o (1-based);
    ``trace``: (1/n_L) Σ_o J_o J_oᵀ."""
    if mode == "full":
        return _gram(J, J)
    if mode == "output":
        if output is None or not 1 <= output <= outputs:
            raise ValueError(f"output must be 1..{outputs}")
        rows = J[output - 1::outputs, :]
        return _gram(rows, rows)
    if mode == "trace":
        total = sympy.zeros(J.rows // outputs, J.rows // outputs)
        for o in range(outputs):
            rows = J[o::outputs, :]
            total += _gram(rows, rows)
        return (total / outputs).applyfunc(_tidy)
    raise ValueError(f"mode must be one of {KERNEL_MODES}")


def _gram(A: sympy.Matrix, B: sympy.Matrix) -> sympy.Matrix:
    return (A * B.T).applyfunc(_tidy)


def kernel_terms(J: sympy.Matrix, i: int, j: int) -> list[tuple[sympy.Expr, sympy.Expr]]:
    """The term-by-term sum of K_{ij} (0-based rows of J): [(J_ik, J_jk) for k]."""
    return [(J[i, k], J[j, k]) for k in range(J.cols)]


def characteristic_polynomial(K: sympy.Matrix) -> sympy.Expr:
    """det(K − λI) as a polynomial in λ (expanded)."""
    sign = (-1) ** K.rows
    coeffs = [sign * c for c in K.charpoly(LAMBDA).all_coeffs()]
    return sympy.Add(*[c * LAMBDA ** p for p, c in enumerate(reversed(coeffs))])


def is_small(K: sympy.Matrix) -> bool:
    """Whether every entry is rational or a small symbolic expression (exact
    closed forms of such a K are worth computing and reading)."""
    return all(v.is_Rational or (fits(v, 10 * SMALL_OPS) and sympy.count_ops(v) <= SMALL_OPS) for v in K)


def numeric_characteristic_polynomial(eigen: list[Eigenvalue], digits: int = 15) -> sympy.Expr:
    """det(K − λI) = Π_m (λ_m − λ) with the eigenvalues to ``digits`` digits
    (for kernels whose exact entries are too large to expand)."""
    factors = [(sympy.Float(e.value, digits) - LAMBDA) ** e.multiplicity for e in eigen]
    return sympy.expand(sympy.Mul(*factors))


def is_rational(K: sympy.Matrix) -> bool:
    """Whether every entry of K is a rational number."""
    return all(v.is_Rational for v in K)


def numeric(K: sympy.Matrix) -> mpmath.matrix:
    """K as a 60-digit mpmath matrix (slow for large symbolic entries: the
    exact pipeline passes a numeric K computed with Floats instead)."""
    with mpmath.workdps(DIGITS + 10):
        return mpmath.matrix([[mpmath.mpf(str(sympy.N(v, DIGITS + 10))) for v in row] for row in K.tolist()])


def eigenvalues(K: sympy.Matrix, K_numeric: mpmath.matrix | None = None) -> list[Eigenvalue]:
    """The eigenvalues of symmetric K in ascending order (see module doc).

    ``K_numeric`` is K to at least 60 digits; computed from K when not given."""
    n = K.rows
    if n == 0:
        return []
    rational = is_rational(K)
    K_numeric = numeric(K) if K_numeric is None else K_numeric
    pairs = _numeric_eigenpairs(K_numeric)
    if rational:
        found = _rational_eigenvalues(K)
    else:
        found = _merge_numeric([(None, lam, 1) for lam, _ in pairs])
        if n <= 2:
            found = _small_eigenvalues(K, found)
    tol = _tol(K_numeric)
    out = []
    for exact, value, mult in sorted(found, key=lambda e: e[1]):
        vecs = tuple(vec for lam, vec in pairs if abs(lam - value) <= tol)[:mult]
        basis = _exact_basis(K, exact) if rational else ()
        out.append(Eigenvalue(exact, value, mult, vecs, basis))
    return out


def _exact_basis(K: sympy.Matrix, lam) -> tuple[tuple[sympy.Expr, ...], ...]:
    """A basis of ker(K − λI) with rationalised entries, for a rational K up to
    6×6 and λ rational (any multiplicity) or a simple quadratic surd; empty
    when that would take longer than :data:`EXACT_VECTOR_SECONDS`."""
    if lam is None or isinstance(lam, sympy.CRootOf) or K.rows > EXACT_VECTOR_SIZE:
        return ()
    try:
        with limits.deadline(EXACT_VECTOR_SECONDS, "exact eigenvectors"):
            if lam.is_Rational:
                basis = (K - lam * sympy.eye(K.rows)).nullspace()
            else:
                basis = _surd_basis(K, lam)
            return tuple(tuple(sympy.radsimp(v) for v in vec) for vec in basis)
    except DeadlineError:
        return ()


def _surd_basis(K: sympy.Matrix, lam) -> list[sympy.Matrix]:
    """For λ a simple root of an irreducible quadratic q(t) over ℚ: a nonzero
    column of adj(K − tI), reduced modulo q(t) and evaluated at t = λ
    ((K − λI)·adj(K − λI) = det(K − λI)·I = 0, and adj has rank 1 there)."""
    t = sympy.Dummy("t")
    q = sympy.Poly(sympy.minimal_polynomial(lam, t), t)
    if q.degree() != 2:
        return []
    adj = (K - t * sympy.eye(K.rows)).adjugate(method="berkowitz")
    for c in range(K.cols):
        col = [sympy.expand(sympy.Poly(adj[r, c], t).rem(q).as_expr().subs(t, lam)) for r in range(K.rows)]
        if any(v != 0 for v in col):
            return [sympy.Matrix(col)]
    return []


def _rational_eigenvalues(K: sympy.Matrix):
    """Roots of det(K − λI) factor by factor over ℚ. Distinct irreducible
    factors have distinct roots, so each root's multiplicity is its factor's."""
    poly = sympy.Poly(characteristic_polynomial(K), LAMBDA, domain="QQ")
    found = []
    _, factors = poly.factor_list()
    for factor, mult in factors:
        if factor.degree() <= 2:
            roots = [sympy.together(r) for r in sympy.roots(factor, multiple=True)]
            found += [(r, sympy.N(r, DIGITS), mult) for r in roots]
        else:
            with mpmath.workdps(DIGITS + 20):
                coeffs = [mpmath.mpf(c.p) / c.q for c in factor.all_coeffs()]
                roots = mpmath.polyroots(coeffs, maxsteps=200, extraprec=200)
                values = [sympy.Float(str(v), DIGITS) for v in sorted(mpmath.re(r) for r in roots)]
            found += [(sympy.CRootOf(factor.as_expr(), k), v, mult) for k, v in enumerate(values)]
    return found


def _small_eigenvalues(K: sympy.Matrix, found):
    """Closed forms for a 1×1 or 2×2 K with symbolic entries, matched in order
    to the numeric eigenvalues ``found``:  λ = (a + d ∓ √((a − d)² + 4b²)) / 2."""
    if not is_small(K):
        return found
    if K.rows == 1:
        return [(K[0, 0], found[0][1], 1)]
    a, b, d = K[0, 0], K[0, 1], K[1, 1]
    if len(found) == 1:
        return [(sympy.expand((a + d) / 2), found[0][1], 2)]
    root = sympy.sqrt(sympy.expand((a - d) ** 2 + 4 * b ** 2))
    pair = [(a + d - root) / 2, (a + d + root) / 2]
    return [(e, f[1], 1) for e, f in zip(pair, found)]


def _numeric_eigenpairs(K_numeric: mpmath.matrix):
    """(λ, unit eigenvector) pairs from mpmath's symmetric eigensolver, ascending."""
    n = K_numeric.rows
    with mpmath.workdps(DIGITS + 10):
        values, vectors = mpmath.eigsy(K_numeric)
        out = []
        for c in range(n):
            vec = [vectors[r, c] for r in range(n)]
            pivot = next((v for v in vec if abs(v) > mpmath.mpf(10) ** (-DIGITS)), 1)
            sign = 1 if pivot > 0 else -1
            out.append((sympy.Float(str(values[c]), DIGITS),
                        tuple(sympy.Float(str(sign * v), DIGITS) for v in vec)))
        return sorted(out, key=lambda p: p[0])


def _tol(K_numeric: mpmath.matrix) -> sympy.Float:
    scale = max([abs(float(K_numeric[i, j])) for i in range(K_numeric.rows) for j in range(K_numeric.cols)] + [1.0])
    return sympy.Float(10) ** (-DIGITS + 10) * scale


def _merge_numeric(found):
    merged = []
    for exact, value, mult in sorted(found, key=lambda e: e[1]):
        if merged and abs(merged[-1][1] - value) <= sympy.Float("1e-35") * max(1, abs(value)):
            e, v, m = merged[-1]
            merged[-1] = (e, v, m + mult)
        else:
            merged.append((exact, value, mult))
    return merged


def is_positive_semidefinite(K: sympy.Matrix, eigen: list[Eigenvalue] | None = None,
                             K_numeric: mpmath.matrix | None = None) -> bool:
    """Whether xᵀKx ≥ 0 for all x: exactly (all principal minors ≥ 0) for a
    rational K up to 10×10; otherwise every 50-digit eigenvalue ≥ −tolerance."""
    n = K.rows
    if is_rational(K) and n <= 10:
        return all(K.extract(list(idx), list(idx)).det(method="bareiss") >= 0
                   for size in range(1, n + 1) for idx in combinations(range(n), size))
    K_numeric = numeric(K) if K_numeric is None else K_numeric
    eigen = eigenvalues(K, K_numeric) if eigen is None else eigen
    return all(e.value >= -_tol(K_numeric) for e in eigen)
