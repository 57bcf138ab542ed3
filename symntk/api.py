"""The public Python API (re-exported by ``symntk``)."""

from __future__ import annotations

import sympy

from .errors import InputError
from .export import solution_dict
from .kernel import Eigenvalue
from .kernel import eigenvalues as _eigenvalues
from .network import Network, network_for
from .problem import Problem, load_problem, problem_from_dict
from .resources import shipped
from .solution import Solution
from .solution import derive as _derive
from .steps import Derivation, build_derivation

__all__ = ["load_problem", "problem_from_dict", "notes_problem", "build_network", "derive", "ntk",
           "eigenvalues", "kernel_lambda", "derivation", "display", "render_solution", "solution_dict"]


def notes_problem() -> Problem:
    """The notes' exercise: f = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]} with
    W^{[1]} = [1, 1]ᵀ, b^{[1]} = [0, 1]ᵀ, W^{[2]} = [1, 0], b^{[2]} = 0, x = 1, 2."""
    return load_problem(shipped("examples", "notes.toml"))


def build_network(problem: Problem) -> Network:
    """The symbolic network of a problem: z^{[l]} = c_l W^{[l]} a^{[l-1]} + b^{[l]}, a^{[l]} = φ_l(z^{[l]})."""
    return network_for(*problem.structure)


def derive(problem: Problem, kernel_mode: str = "full", output: int | None = None) -> Solution:
    """The exact solution: ∂f/∂θ_k, J, K = J Jᵀ, det(K − λI), eigenvalues.

    ``kernel_mode``: ``full`` ((N·n_L)², point-major), ``output`` (J_o J_oᵀ for
    output o = ``output``, 1-based) or ``trace`` ((1/n_L) Σ_o J_o J_oᵀ)."""
    n_out = problem.widths[-1]
    if kernel_mode not in ("full", "output", "trace"):
        raise InputError("<options>", "--kernel", "full, output or trace", repr(kernel_mode))
    if kernel_mode == "output" and (output is None or not 1 <= output <= n_out):
        raise InputError("<options>", "--output", f"an output number from 1 to {n_out} with --kernel output",
                         repr(output))
    return _derive(problem, kernel_mode, output)


def ntk(problem: Problem, kernel_mode: str = "full", output: int | None = None) -> sympy.Matrix:
    """The exact NTK  K_{ij} = Σ_k ∂f(x_i)/∂θ_k · ∂f(x_j)/∂θ_k  of a problem."""
    return derive(problem, kernel_mode, output).kernel


def eigenvalues(K_or_problem) -> list[Eigenvalue]:
    """Eigenvalues of K (roots of det(K − λI) = 0), ascending, exact where possible."""
    if isinstance(K_or_problem, Problem):
        return derive(K_or_problem).eigenvalues
    return _eigenvalues(sympy.Matrix(K_or_problem))


def kernel_lambda() -> sympy.Symbol:
    """The symbol λ of characteristic polynomials det(K − λI)."""
    from .kernel import LAMBDA

    return LAMBDA


def derivation(solution: Solution, values: str = "auto", decimals: int = 5) -> Derivation:
    """The step-by-step derivation (typed steps, no presentation) of a solution; ``values``
    is ``exact``, ``decimal`` or ``auto`` (exact while short, else ``decimals`` decimals)."""
    return build_derivation(solution, values=values, decimals=decimals)


def display(solution: Solution, lang: str = "en", values: str = "auto", decimals: int = 5):
    """The derivation as a notebook displays it (Markdown with math; LaTeX for nbconvert):
    a thin wrapper, :class:`symntk.render.display.Display`, around :func:`derivation`."""
    from .render.display import Display

    return Display(build_derivation(solution, values=values, decimals=decimals), lang)


def render_solution(solution: Solution, fmt: str = "text", lang: str = "en", templates=None,
                    page: str = "document", values: str = "auto", decimals: int = 5) -> str | bytes:
    """The derivation rendered in ``fmt`` (text, tex, pdf → bytes, md, html) and locale ``lang``
    (en, is); ``page`` is ``document`` or ``fragment``; ``templates`` a folder of overrides;
    ``values`` exact, decimal or auto (exact values while short, else ``decimals`` decimals)."""
    from .render import render

    return render(build_derivation(solution, values=values, decimals=decimals), fmt=fmt, lang=lang,
                  templates=templates, page=page)
