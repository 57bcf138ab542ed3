"""The derivation as slides and answer keys show it: every step whose exact values are too long for a
page or a projector screen shows them as decimals instead (consistently within the step), via the
local exact-or-decimal rule of :mod:`symntk.worksheet.decimals`. Symbolic ∂f/∂θ_k stay
symbolic; the characteristic polynomial keeps its degree order."""

from __future__ import annotations

from dataclasses import replace

import sympy

from ..kernel import Eigenvalue
from ..steps import Derivation
from .decimals import all_shown, decimal, is_short, matrix_shown, polynomial_shown


def readable(derivation: Derivation) -> Derivation:
    """A copy of ``derivation`` whose value steps (gradient values, kernel entries, K,
    det(K − λI), eigenvalues) hold decimals wherever the exact forms are long."""
    return Derivation(derivation.solution, [_step(s) for s in derivation.steps], derivation.limit)


def _step(step):
    kind = step.kind
    if kind == "gradient_values":
        values, exact = all_shown([v for _, _, row in step.rows for v in row])
        it = iter(values)
        rows = tuple((i, o, tuple(next(it) for _ in row)) for i, o, row in step.rows)
        return replace(step, rows=rows, exact=step.exact and exact)
    if kind == "kernel_entries":
        flat = [v for e in step.entries for pair in e.terms for v in pair] + [e.value for e in step.entries]
        if all(is_short(v) for v in flat):
            return step
        entries = tuple(replace(e, terms=tuple((decimal(a), decimal(b)) for a, b in e.terms),
                                value=decimal(e.value), approx=None) for e in step.entries)
        return replace(step, entries=entries, exact=False)
    if kind == "kernel_matrix":
        matrix, exact = matrix_shown(step.matrix)
        return replace(step, matrix=matrix, exact=step.exact and exact)
    if kind == "characteristic" and step.shown and step.kernel is not None:
        kernel, exact = matrix_shown(step.kernel)
        if exact:
            return step
        lam = step.variable
        return replace(step, kernel=kernel, matrix=kernel - lam * sympy.eye(kernel.rows),
                       polynomial=polynomial_shown(step.polynomial, lam))
    if kind == "eigenvalues":
        return replace(step, eigenvalues=tuple(
            e if e.exact is None or is_short(e.exact) else Eigenvalue(None, e.value, e.multiplicity, e.vectors)
            for e in step.eigenvalues))
    return step
