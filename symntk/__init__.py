"""symntk: exact, step-by-step Neural Tangent Kernels of small networks.

    K_{ij} = Σ_k ∂f(x_i)/∂θ_k · ∂f(x_j)/∂θ_k

Quick start::

    import symntk
    problem = symntk.notes_problem()          # or symntk.load_problem("file.toml")
    solution = symntk.derive(problem)
    solution.kernel, solution.eigenvalues
    print(symntk.render_solution(solution))   # the derivation, step by step
"""

from .api import (
                  build_network,
                  derivation,
                  derive,
                  eigenvalues,
                  kernel,
                  kernel_lambda,
                  load_problem,
                  notes_problem,
                  problem_from_dict,
                  render_solution,
                  solution_dict,
)
from .errors import InputError, SymntkError, TooLargeError
from .numeric import empirical_ntk, make_kernel_fn

__version__ = "0.1.0"

__all__ = ["build_network", "derivation", "derive", "eigenvalues", "kernel", "kernel_lambda", "load_problem",
           "notes_problem", "problem_from_dict", "render_solution", "solution_dict", "make_kernel_fn", "empirical_ntk",
           "SymntkError", "InputError", "TooLargeError", "__version__"]
