"""``present``: the derivation as one self-contained, offline step-through page.

The page (template ``present/page.html``) shows one slide at a time: → / space
/ click to advance, ← to go back, a counter and a jump list; the math is typeset
in the browser by the vendored KaTeX inlined into the page; figures are inline
SVG (the network with θ_k lit on its gradient slide, K as a heat map, the
spectrum) and, with labels, the training plot as an SVG data URI.
"""

from __future__ import annotations

import base64
from pathlib import Path

import jinja2

from ..errors import InputError
from ..problem import Problem
from ..render import environment
from ..solution import derive
from ..steps import build_derivation
from . import figures
from .slides import slides


def present(problem: Problem, lang: str = "en", templates: str | Path | None = None, labels=None,
            steps: int = 100, lr: float | None = None, kernel_mode: str = "full", output: int | None = None,
            limit: bool = False) -> str:
    """The step-through HTML page of a problem's derivation.

    With labels y (from the problem file or ``labels``) a final slide trains the network
    for ``steps`` gradient-descent steps at learning rate ``lr`` (default 1/λ_max) and
    compares with the NTK's prediction f_t = y + (I − ηK)^t (f_0 − y). With ``limit`` a last
    slide shows the infinite-width Θ and the sweep of random networks approaching it."""
    solution = derive(problem, kernel_mode, output)
    derivation = build_derivation(solution)
    run = plot = None
    if labels is not None or problem.labels is not None:
        from ..training import train

        run = train(problem, steps=steps, lr=lr, labels=labels)
        plot = _plot_uri(run, lang)
    env = environment("html", lang, templates)
    context = {
        "derivation": derivation, "solution": solution, "problem": problem,
        "slides": slides(derivation, training=run is not None, limit=limit),
        "limit": _limit(problem, lang) if limit else None,
        "network_step": derivation.step("network"),
        "heatmap": figures.heatmap(derivation.step("kernel_matrix").matrix, solution.kernel_labels),
        "spectrum": figures.spectrum(solution.eigenvalues),
        "decay": figures.decay(solution.eigenvalues),
        "run": run, "plot": plot,
    }
    try:
        return env.get_template("present/page.html").render(context)
    except jinja2.TemplateError as exc:
        where = f"{exc.filename}:{exc.lineno}" if getattr(exc, "lineno", None) else str(templates or "templates")
        raise InputError(where, "template", "a valid template", f"{type(exc).__name__}: {exc.message}") from exc


def _limit(problem: Problem, lang: str) -> dict:
    """The sweep (:func:`symntk.limit.sweep.sweep`) for the limit slide, and its plot as an SVG data URI."""
    import sympy

    from ..limit.sweep import sweep

    result = sweep(problem)
    theta = sympy.Matrix(result.theta.shape[0], result.theta.shape[1], lambda i, j: sympy.Float(result.theta[i, j]))
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        return {"result": result, "theta": theta, "plot": None}
    from ..limit.plot import plot_bytes

    plot = "data:image/svg+xml;base64," + base64.b64encode(plot_bytes(result, "svg", lang)).decode("ascii")
    return {"result": result, "theta": theta, "plot": plot}


def _plot_uri(run, lang: str) -> str | None:
    """The training plot as a ``data:image/svg+xml`` URI, or None without matplotlib."""
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        return None
    from ..training.plot import plot_bytes

    return "data:image/svg+xml;base64," + base64.b64encode(plot_bytes(run, "svg", lang)).decode("ascii")
