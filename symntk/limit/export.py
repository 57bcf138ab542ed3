"""The infinite-width derivation as a JSON-ready dict (exact values as SymPy strings, decimals to 30 digits)."""

from __future__ import annotations

import sympy

from .records import LimitDerivation, decimal


def _matrix(M: sympy.Matrix) -> list[list[str]]:
    return [[str(v) for v in M.row(i)] for i in range(M.rows)]


def _decimals(M: sympy.Matrix) -> list[list[str]]:
    return [[str(decimal(v)) for v in M.row(i)] for i in range(M.rows)]


def limit_dict(derivation: LimitDerivation) -> dict:
    """Every matrix of the recursion (Σ^{[l]}, Σ̇^{[l]}, Θ^{[l]}) exactly, Θ also to 30
    digits, and Θ's eigenvalues: the whole derivation as data."""
    problem = derivation.problem
    first = derivation.step("first")
    layers = [{"layer": 1, "activation": None, "closed_form": True, "sigma": _matrix(first.matrix),
               "sigma_dot": None, "theta": _matrix(first.matrix)}]
    for step in derivation.steps:
        if step.kind == "layer":
            layers.append({"layer": step.layer, "activation": step.activation, "closed_form": step.closed_form,
                           "precision": step.precision, "sigma": _matrix(step.sigma),
                           "sigma_dot": _matrix(step.sigma_dot), "theta": _matrix(step.theta)})
    result = derivation.step("result")
    eigen = derivation.step("eigenvalues")
    return {
        "kind": "infinite-width NTK",
        "title": problem.title,
        "depth": problem.depth,
        "activations": list(problem.activations),
        "sigma_w": str(problem.sigma_w),
        "sigma_b": str(problem.sigma_b),
        "points": [[str(v) for v in p] for p in problem.points],
        "ignored": {"hidden_widths": list(problem.widths[1:-1]), "parameters": bool(problem.weights)},
        "layers": layers,
        "theta": _matrix(result.matrix),
        "theta_decimal": _decimals(result.matrix),
        "eigenvalues": [{"exact": None if e.exact is None else str(e.exact), "value": str(decimal(e.value)),
                         "multiplicity": e.multiplicity} for e in eigen.eigenvalues],
        "positive_semidefinite": eigen.psd,
    }
