"""The learner's own gradients stacked as the rows of their Jacobian: after ``∇f(x_1) = (0, 1, 1)``,
``∇f(x_2) = (1, 1, 3)`` and ``∇f(x_3) = (2, 1, 5)`` (each missing ∂f/∂b^{[2]}), ``J`` with those three rows follows
their work, and is carried, not a fresh mistake."""

from __future__ import annotations

import sympy

from .world import World


def own_gradient_rows(world: World, outputs: list[int], columns: int) -> sympy.Matrix | None:
    """The matrix whose rows are the gradients the learner wrote at x_1 … x_N (for each datapoint, the outputs in
    ``outputs`` in order), None unless every row was written with ``columns`` entries."""
    rows = []
    for i in range(1, world.N + 1):
        for o in outputs:
            written = world.latest(("gval", o, i))
            if written is None or not isinstance(written[1], list) or len(written[1]) != columns:
                return None
            rows.append(list(written[1]))
    return sympy.Matrix(rows) if rows else None
