"""The infinite-width recursion on exact values, step by step: :func:`derive_limit`.

    Σ^{[1]}_{ij} = σ_w² x_i·x_j/n₀ + σ_b²,   Θ^{[1]} = Σ^{[1]},
    Σ^{[l+1]}_{ij} = σ_w² E[φ(u)φ(v)] + σ_b²,   Σ̇^{[l+1]}_{ij} = σ_w² E[φ′(u)φ′(v)],
    Θ^{[l+1]} = Θ^{[l]} ⊙ Σ̇^{[l+1]} + Σ^{[l+1]},   (u, v) ~ N(0, [[Σ_ii, Σ_ij], [Σ_ij, Σ_jj]]).

Closed forms of the expectations (:func:`closed_form`), for s_ii, s_jj, s_ij = Σ^{[l]} on the pair:

* identity:  E[uv] = s_ij,                    E[1] = 1;
* quadratic: E[u²v²] = s_ii s_jj + 2 s_ij²,    E[(2u)(2v)] = 4 s_ij   (Isserlis);
* relu:      E = (√(s_ii s_jj − s_ij²) + (π − θ) s_ij)/(2π),  E[step step] = (π − θ)/(2π),
             θ = arccos(s_ij/√(s_ii s_jj))   (the arc-cosine kernel of Cho & Saul, 2009);
* erf:       E = (2/π) arcsin(2 s_ij/√((1 + 2 s_ii)(1 + 2 s_jj))),
             E[erf′ erf′] = (4/π)/√((1 + 2 s_ii)(1 + 2 s_jj) − 4 s_ij²)   (Williams, 1997).

tanh, sigmoid and softplus have none: their expectations are decimals from
:mod:`symntk.limit.quadrature`, and so is everything computed from them.
"""

from __future__ import annotations

import mpmath
import sympy
from sympy import S, acos, asin, pi, sqrt

from .. import kernel as exact_kernel
from ..budget import Budget
from ..errors import InputError, TooLargeError
from . import quadrature
from .maps import CLOSED_FORM
from .records import (
    ANGLE,
    DataStep,
    EigenStep,
    FirstPair,
    FirstStep,
    LayerStep,
    LimitDerivation,
    Pair,
    ResultStep,
    SetupStep,
    Value,
    decimal,
)

DIGITS = 50


def _root(x):
    """√x; large arguments stay unevaluated (SymPy's canonicalisation of √ of a long sum
    queries assumptions over the whole tree, which grows with the depth)."""
    if x.is_Number or sympy.count_ops(x) <= 20:
        return sqrt(x)
    return sympy.Pow(x, S.Half, evaluate=False)


def closed_form(name: str, s_ii, s_jj, s_ij, same: bool):
    """(E[φ(u)φ(v)], E[φ′(u)φ′(v)], angle) exactly; ``same``: the pair is one point (i = j)."""
    if name == "identity":
        return s_ij, S.One, None
    if name == "quadratic":
        return s_ii * s_jj + 2 * s_ij ** 2, 4 * s_ij, None
    if name == "relu":
        if same:
            return s_ii / 2, S.Half, S.Zero
        theta = acos(s_ij / _root(s_ii * s_jj))
        e, e_dot = relu_forms(s_ii, s_jj, s_ij)
        return e.subs(ANGLE, theta), e_dot.subs(ANGLE, theta), theta
    if name == "erf":
        arg = 2 * s_ij / _root((1 + 2 * s_ii) * (1 + 2 * s_jj))
        if same:
            arg = 2 * s_ii / (1 + 2 * s_ii)
            return 2 / pi * asin(arg), 4 / (pi * _root(1 + 4 * s_ii)), arg
        return 2 / pi * asin(arg), 4 / (pi * _root((1 + 2 * s_ii) * (1 + 2 * s_jj) - 4 * s_ij ** 2)), arg
    raise ValueError(f"{name} has no closed form")


def relu_forms(s_ii, s_jj, s_ij):
    """The relu expectations written with the angle θ (the symbol ANGLE) kept as a symbol."""
    return ((_root(s_ii * s_jj - s_ij ** 2) + (pi - ANGLE) * s_ij) / (2 * pi), (pi - ANGLE) / (2 * pi))


def numeric_form(name: str, s_ii, s_jj, s_ij):
    """(E[φ(u)φ(v)], E[φ′(u)φ′(v)], error estimate) by quadrature, as 16-digit decimals."""
    values = [float(sympy.N(v, 20)) for v in (s_ii, s_jj, s_ij)]
    det = float(sympy.N(s_ii * s_jj - s_ij ** 2, 30))
    value, dot, error = quadrature.expectations(name, *values, det)
    return sympy.Float(value, 16), sympy.Float(dot, 16), error


PAIR_LAYERS = 1_000  # N(N+1)/2 pairs × (L − 1) hidden layers (at least 1): far past 30 s of symbolic work


def float_advice(problem) -> str:
    """The call that computes the problem's Θ in floats."""
    acts = problem.activations
    act = repr(acts[0]) if len(set(acts)) == 1 else repr(list(acts)) if acts else "'relu'"
    sigmas = "".join(f", {name}={float(value):g}" for name, value in
                     (("sigma_w", problem.sigma_w), ("sigma_b", problem.sigma_b)) if value != 1)
    return f"for Θ in floats use symntk.make_limit_kernel_fn({problem.depth}, {act}{sigmas})(X)"


def check_limit_size(problem) -> None:
    """Refuse (:class:`TooLargeError`, before any work) a derivation that is certainly too large:
    more than :data:`PAIR_LAYERS` pair-layers N(N+1)/2 · max(L − 1, 1)."""
    N = len(problem.points)
    pairs = N * (N + 1) // 2
    work = pairs * max(problem.depth - 1, 1)
    if work > PAIR_LAYERS:
        raise TooLargeError(
            f"{problem.source}: data.x: the exact infinite-width derivation on {N:,} datapoints would take far too "
            f"long ({pairs:,} pairs × {max(problem.depth - 1, 1)} layer(s) = {work:,} > {PAIR_LAYERS:,}); "
            + float_advice(problem))


def derive_limit(problem, limit: int = 24, budget: Budget | None = None) -> LimitDerivation:
    """The step-by-step infinite-width NTK Θ on the problem's datapoints (its depth,
    activations, σ_w and σ_b; its hidden widths and parameter values are not used),
    within ``budget`` (default: the exact pipeline's 30 s of symbolic work) after the
    up-front estimate of :func:`check_limit_size`."""
    check_limit_size(problem)
    budget = Budget(problem) if budget is None else budget
    try:
        with budget.stage():
            return _derive(problem, limit, budget)
    except TooLargeError:
        raise TooLargeError(
            f"{problem.source}: network: the exact infinite-width derivation of depth {problem.depth} on "
            f"{len(problem.points)} datapoint(s) took longer than {budget.seconds:.0f} s of symbolic work; "
            + float_advice(problem)) from None
    except quadrature.OutOfRangeError as error:
        raise InputError(problem.source, "data.x", "datapoints small enough for the float64 quadrature of "
                         f"{'/'.join(sorted(set(problem.activations) - set(CLOSED_FORM)))}", str(error)) from None


def _derive(problem, limit: int, budget: Budget) -> LimitDerivation:
    L, n0 = problem.depth, problem.widths[0]
    c, b = problem.sigma_w ** 2, problem.sigma_b ** 2
    points = [sympy.Matrix(p) for p in problem.points]
    N = len(points)
    pairs = [(i, j) for i in range(N) for j in range(i, N)]
    steps = [SetupStep(L, n0, problem.widths[-1], problem.activations, problem.sigma_w, problem.sigma_b,
                       problem.widths[1:-1], bool(problem.weights)),
             DataStep(problem.points)]
    sigma = sympy.zeros(N, N)
    first = []
    for i, j in pairs:
        dot = points[i].dot(points[j])
        sigma[i, j] = sigma[j, i] = c * dot / n0 + b
        first.append(FirstPair(i + 1, j + 1, dot, sigma[i, j]))
    steps.append(FirstStep(tuple(first[:limit]), sigma.copy(), max(0, len(first) - limit)))
    theta, approx = sigma.copy(), (sigma.applyfunc(_float), sigma.applyfunc(_float))
    for layer, name in enumerate(problem.activations, start=2):
        exact = name in CLOSED_FORM
        new = _layer(name, sigma, theta, pairs, c, b, numeric=False)
        floats = _layer(name, *approx, pairs, _float(c), _float(b), numeric=True)
        records = [Pair(i + 1, j + 1, *(Value(*v) if v[0] is not None else None for v in zip(row[:6], fl[:6])),
                        relu_forms(sigma[i, i], sigma[j, j], sigma[i, j]) if name == "relu" and i != j else None,
                        Value(new[0][i, j], floats[0][i, j]), Value(new[1][i, j], floats[1][i, j]),
                        Value(theta[i, j], approx[1][i, j]), Value(new[2][i, j], floats[2][i, j]), row[-1])
                   for (i, j), row, fl in zip(pairs, new[3], floats[3])]
        steps.append(LayerStep(layer, name, exact, tuple(records[:limit]), new[0], new[1], new[2], floats[2],
                               max(0, len(records) - limit), None if exact else quadrature.PRECISION))
        sigma, theta, approx = new[0], new[2], (floats[0], floats[2])
        budget.check()
    steps.append(ResultStep(theta, approx[1].applyfunc(decimal)))
    numeric = mpmath.matrix([[mpmath.mpf(str(v)) for v in approx[1].row(i)] for i in range(N)])
    with mpmath.workdps(exact_kernel.DIGITS + 10):
        eigen = exact_kernel.eigenvalues(theta, numeric)
    steps.append(EigenStep(tuple(eigen), all(e.value >= -1e-25 * max(1, abs(eigen[-1].value)) for e in eigen)))
    return LimitDerivation(problem, steps, limit)


def _float(value) -> sympy.Float:
    return sympy.Float(sympy.N(value, DIGITS + 10), DIGITS)


def _layer(name, sigma, theta, pairs, c, b, numeric: bool):
    """(Σ^{[l+1]}, Σ̇^{[l+1]}, Θ^{[l+1]}, per pair (s_ii, s_jj, s_ij, angle, E, E′, quadrature error)),
    exactly, or with ``numeric`` on 50-digit decimals (each step rounded, so no tree grows)."""
    N = sigma.rows
    tidy = _float if numeric else (lambda v: v)
    new_sigma, dot_sigma, new_theta = sympy.zeros(N, N), sympy.zeros(N, N), sympy.zeros(N, N)
    rows = []
    for i, j in pairs:
        s_ii, s_jj, s_ij = sigma[i, i], sigma[j, j], sigma[i, j]
        error = None
        if name in CLOSED_FORM:
            e, e_dot, angle = closed_form(name, s_ii, s_jj, s_ij, i == j)
        else:
            e, e_dot, error = numeric_form(name, s_ii, s_jj, s_ij)
            angle = None
        e, e_dot = tidy(e), tidy(e_dot)
        angle = None if angle is None else tidy(angle)
        new_sigma[i, j] = new_sigma[j, i] = tidy(c * e + b)
        dot_sigma[i, j] = dot_sigma[j, i] = tidy(c * e_dot)
        new_theta[i, j] = new_theta[j, i] = tidy(theta[i, j] * dot_sigma[i, j] + new_sigma[i, j])
        rows.append((s_ii, s_jj, s_ij, angle, e, e_dot, error))
    return new_sigma, dot_sigma, new_theta, rows
