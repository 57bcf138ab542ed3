"""A Solution as a JSON-ready dict (the ``symntk derive --format json`` output).

Keys: ``parameters`` (LaTeX names in θ order), ``parameter_count``,
``expansion`` ({"latex", "sympy"}; a list of them when n_L > 1), ``gradients``
(one {"parameter", "latex", "sympy"} per θ_k, with "output" when n_L > 1),
``jacobian`` (one row per (datapoint, output), each ∂f/∂θ_k as SymPy ``str()``),
``kernel`` (rows of exact strings), ``eigenvalues`` ({"exact", "value"}).
"""

from __future__ import annotations

from . import notation
from .solution import Solution


def solution_dict(solution: Solution) -> dict:
    """Every computed quantity of the solution as JSON-ready values."""
    net = solution.network
    multi = net.widths[-1] > 1
    expansion = [{"latex": notation.latex(f), "sympy": str(f)} for f in net.expansion]
    gradients = []
    for per_output in solution.gradients:
        for g in per_output:
            item = {"parameter": notation.symbol_latex(g.parameter), "latex": notation.latex(g.expr),
                    "sympy": str(g.expr)}
            if multi:
                item["output"] = g.output
            gradients.append(item)
    problem = solution.problem
    return {
        "title": problem.title,
        "widths": list(net.widths),
        "activations": list(problem.activations),
        "parameterization": net.parameterization,
        "points": [[str(c) for c in p] for p in problem.points],
        "parameters": [notation.symbol_latex(s) for s in net.parameters()],
        "parameter_count": net.parameter_count,
        "parameter_count_formula": net.count_formula(),
        "values": [str(solution.values[s]) for s in net.parameters()],
        "expansion": expansion if multi else expansion[0],
        "gradients": gradients,
        "jacobian": [[str(v) for v in solution.jacobian.row(r)] for r in range(solution.jacobian.rows)],
        "jacobian_rows": [{"point": i, "output": o} for i, o in _rows(solution)],
        "kernel_mode": solution.kernel_mode,
        "kernel": [[str(v) for v in solution.kernel.row(r)] for r in range(solution.kernel.rows)],
        "characteristic_polynomial": str(solution.characteristic_polynomial),
        "eigenvalues": [{"exact": None if e.exact is None else str(e.exact),
                         "value": float(e.value), "multiplicity": e.multiplicity,
                         "vectors": [[float(c) for c in v] for v in e.vectors],
                         "exact_vectors": [[str(c) for c in v] for v in e.exact_vectors]}
                        for e in solution.eigenvalues],
        "positive_semidefinite": solution.positive_semidefinite,
    }


def _rows(solution: Solution):
    n_out = solution.network.widths[-1]
    return [(i, o) for i in range(1, len(solution.problem.points) + 1) for o in range(1, n_out + 1)]

