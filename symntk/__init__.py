"""symntk: exact, step-by-step Neural Tangent Kernels of small networks.

    K_{ij} = Σ_k ∂f(x_i)/∂θ_k · ∂f(x_j)/∂θ_k

Quick start::

    import symntk
    problem = symntk.notes_problem()          # or symntk.load_problem("file.toml")
    solution = symntk.derive(problem)
    solution.kernel, solution.eigenvalues
    print(symntk.render_solution(solution))   # the derivation, step by step
"""

from .errors import InputError, SymntkError, TooLargeError

__version__ = "0.1.0"

__all__ = ["build_network", "derivation", "derive", "display", "eigenvalues", "ntk", "kernel_lambda", "load_problem",
           "notes_problem", "problem_from_dict", "render_solution", "solution_dict", "make_kernel_fn", "empirical_ntk",
           "make_limit_kernel_fn",
           "SymntkError", "InputError", "TooLargeError", "__version__"]


_API = ("build_network", "derivation", "derive", "display", "eigenvalues", "kernel_lambda", "load_problem",
        "notes_problem", "ntk", "problem_from_dict", "render_solution", "solution_dict")


def __getattr__(name: str):
    """The API (SymPy) and the numeric path (NumPy, BLAS threads) are imported on first use only:
    ``symntk derive`` refuses a problem far too large before importing SymPy (see :mod:`symntk.sizes`)."""
    if name in _API:
        from . import api

        return getattr(api, name)
    if name in ("make_kernel_fn", "empirical_ntk"):
        from . import numeric

        return getattr(numeric, name)
    if name == "make_limit_kernel_fn":
        from .limit import make_limit_kernel_fn

        return make_limit_kernel_fn
    raise AttributeError(f"module 'symntk' has no attribute {name!r}")
