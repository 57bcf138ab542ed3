"""What one variant shows a student and which numbers its answer key is graded on."""

from __future__ import annotations

from dataclasses import dataclass

import sympy

from .generator import Variant
from .options import WorksheetOptions


@dataclass(frozen=True)
class KeyNumber:
    """One graded number: ``key`` (``K_1_2``, ``lambda_1``, ``J_2_5``), its LaTeX name and exact value."""

    key: str
    latex: str
    value: sympy.Expr
    kind: str  # "kernel", "eigenvalue" or "gradient"

    @property
    def exact(self) -> bool:
        return bool(self.value.is_Integer)


def key_numbers(variant: Variant, options: WorksheetOptions) -> list[KeyNumber]:
    """The numbers a variant is graded on: the upper triangle of K when K is asked, the
    eigenvalues (ascending) when they are asked, else the gradient vectors' entries."""
    solution = variant.solution
    out = []
    if any(p in options.parts for p in ("kernel_entries", "kernel", "characteristic")):
        K = solution.kernel
        out += [KeyNumber(f"K_{r + 1}_{c + 1}", f"K_{{{r + 1},{c + 1}}}", K[r, c], "kernel")
                for r in range(K.rows) for c in range(r, K.cols)]
    if "eigenvalues" in options.parts:
        out += [KeyNumber(f"lambda_{m}", rf"\lambda_{{{m}}}", e.exact if e.exact is not None else e.value,
                          "eigenvalue") for m, e in enumerate(solution.eigenvalues, start=1)]
    if not out:
        J = solution.jacobian
        n_out = solution.network.widths[-1]
        for row in range(J.rows):
            i, o = row // n_out + 1, row % n_out + 1
            f = f"f_{{{o}}}" if n_out > 1 else "f"
            for k in range(J.cols):
                name = rf"\frac{{\partial {f}(x_{{{i}}})}}{{\partial \theta_{{{k + 1}}}}}"
                out.append(KeyNumber(f"J_{row + 1}_{k + 1}", name, J[row, k], "gradient"))
    return out


def statement(variant: Variant, options: WorksheetOptions) -> dict:
    """The exercise's givens for the templates: the layers (l, W^{[l]}, b^{[l]}), the
    datapoints, the activation and the asked parts."""
    problem = variant.problem
    return {
        "number": variant.number,
        "label": variant.label,
        "widths": problem.widths,
        "depth": problem.depth,
        "activation": options.activation,
        "ntk": problem.parameterization == "ntk",
        "hidden": problem.depth > 1,
        "layers": [(l, problem.weights[l - 1], problem.biases[l - 1]) for l in range(1, problem.depth + 1)],
        "points": [p[0] if len(p) == 1 else sympy.Matrix(p) for p in problem.points],
        "vector_points": problem.widths[0] > 1,
        "parts": options.parts,
    }
