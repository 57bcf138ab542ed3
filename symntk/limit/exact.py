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

import sympy
from sympy import S, acos, asin, pi, sqrt

from .. import kernel as exact_kernel
from ..budget import Budget
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
    decimal,
)


def closed_form(name: str, s_ii, s_jj, s_ij, same: bool):
    """(E[φ(u)φ(v)], E[φ′(u)φ′(v)], angle) exactly; ``same``: the pair is one point (i = j)."""
    if name == "identity":
        return s_ij, S.One, None
    if name == "quadratic":
        return s_ii * s_jj + 2 * s_ij ** 2, 4 * s_ij, None
    if name == "relu":
        if same:
            return s_ii / 2, S.Half, S.Zero
        theta = acos(s_ij / sqrt(s_ii * s_jj))
        e, e_dot = relu_forms(s_ii, s_jj, s_ij)
        return e.subs(ANGLE, theta), e_dot.subs(ANGLE, theta), theta
    if name == "erf":
        arg = 2 * s_ij / sqrt((1 + 2 * s_ii) * (1 + 2 * s_jj))
        if same:
            arg = 2 * s_ii / (1 + 2 * s_ii)
            return 2 / pi * asin(arg), 4 / (pi * sqrt(1 + 4 * s_ii)), arg
        return 2 / pi * asin(arg), 4 / (pi * sqrt((1 + 2 * s_ii) * (1 + 2 * s_jj) - 4 * s_ij ** 2)), arg
    raise ValueError(f"{name} has no closed form")


def relu_forms(s_ii, s_jj, s_ij):
    """The relu expectations written with the angle θ (the symbol ANGLE) kept as a symbol."""
    return ((sqrt(s_ii * s_jj - s_ij ** 2) + (pi - ANGLE) * s_ij) / (2 * pi), (pi - ANGLE) / (2 * pi))


def numeric_form(name: str, s_ii, s_jj, s_ij):
    """(E[φ(u)φ(v)], E[φ′(u)φ′(v)], error estimate) by quadrature, as 16-digit decimals."""
    values = [float(sympy.N(v, 20)) for v in (s_ii, s_jj, s_ij)]
    det = float(sympy.N(s_ii * s_jj - s_ij ** 2, 30))
    value, dot, error = quadrature.expectations(name, *values, det)
    return sympy.Float(value, 16), sympy.Float(dot, 16), error


def derive_limit(problem, limit: int = 24, budget: Budget | None = None) -> LimitDerivation:
    """The step-by-step infinite-width NTK Θ on the problem's datapoints (its depth,
    activations, σ_w and σ_b; its hidden widths and parameter values are not used),
    within ``budget`` (default: the exact pipeline's 30 s of symbolic work)."""
    budget = Budget(problem) if budget is None else budget
    with budget.stage():
        return _derive(problem, limit, budget)


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
    theta = sigma.copy()
    for layer, name in enumerate(problem.activations, start=2):
        exact = name in CLOSED_FORM
        new_sigma, dot_sigma, new_theta = sympy.zeros(N, N), sympy.zeros(N, N), sympy.zeros(N, N)
        records, worst = [], 0.0
        for i, j in pairs:
            s_ii, s_jj, s_ij = sigma[i, i], sigma[j, j], sigma[i, j]
            error = None
            if exact:
                e, e_dot, angle = closed_form(name, s_ii, s_jj, s_ij, i == j)
            else:
                e, e_dot, error = numeric_form(name, s_ii, s_jj, s_ij)
                angle, worst = None, max(worst, error)
            new_sigma[i, j] = new_sigma[j, i] = c * e + b
            dot_sigma[i, j] = dot_sigma[j, i] = c * e_dot
            new_theta[i, j] = new_theta[j, i] = theta[i, j] * dot_sigma[i, j] + new_sigma[i, j]
            forms = relu_forms(s_ii, s_jj, s_ij) if name == "relu" and i != j else None
            records.append(Pair(i + 1, j + 1, s_ii, s_jj, s_ij, angle, e, e_dot, forms, new_sigma[i, j],
                                dot_sigma[i, j], theta[i, j], new_theta[i, j], error))
            budget.check()
        steps.append(LayerStep(layer, name, exact, tuple(records[:limit]), new_sigma, dot_sigma, new_theta,
                               max(0, len(records) - limit), None if exact else quadrature.PRECISION))
        sigma, theta = new_sigma, new_theta
    steps.append(ResultStep(theta, theta.applyfunc(decimal)))
    numeric = exact_kernel.numeric(theta)
    eigen = exact_kernel.eigenvalues(theta, numeric)
    steps.append(EigenStep(tuple(eigen), all(e.value >= -1e-25 * max(1, abs(eigen[-1].value)) for e in eigen)))
    return LimitDerivation(problem, steps, limit)
