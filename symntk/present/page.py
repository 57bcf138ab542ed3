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
    slide shows the infinite-width Θ and the sweep of random networks approaching it, and one
    slide per panel of its plot."""
    solution = derive(problem, kernel_mode, output)
    derivation = build_derivation(solution)
    run, plots = None, {}
    if labels is not None or problem.labels is not None:
        from ..training import train

        run = train(problem, steps=steps, lr=lr, labels=labels)
        plots = _plot_uris(run, lang)
    sweep = _limit(problem, lang) if limit else None
    env = environment("html", lang, templates)
    context = {
        "derivation": derivation, "solution": solution, "problem": problem,
        "slides": slides(derivation, training=run is not None, panels=tuple(plots), limit=limit,
                         limit_panels=tuple(sweep["plots"]) if sweep else ()),
        "limit": sweep,
        "network_step": derivation.step("network"),
        "heatmap": figures.heatmap(derivation.step("kernel_matrix").matrix, solution.kernel_labels, lang),
        "spectrum": figures.spectrum(solution.eigenvalues, lang),
        "decay": figures.decay(solution.eigenvalues, lang=lang),
        "run": run, "plots": plots, "training": _training_table(run, lang) if run is not None else None,
        "markup": "present/markup.html",
    }
    try:
        return env.get_template("present/page.html").render(context)
    except jinja2.TemplateError as exc:
        where = f"{exc.filename}:{exc.lineno}" if getattr(exc, "lineno", None) else str(templates or "templates")
        raise InputError(where, "template", "a valid template", f"{type(exc).__name__}: {exc.message}") from exc


def _limit(problem: Problem, lang: str) -> dict:
    """The sweep (:func:`symntk.limit.sweep.sweep`) for the limit slides: Θ, the table's rows and
    the fitted slope as the locale writes numbers, and each panel of its plot as an SVG data URI."""
    import sympy

    from ..limit.sweep import sweep
    from ..training.numbers import shown

    result = sweep(problem)
    theta = sympy.Matrix(result.theta.shape[0], result.theta.shape[1], lambda i, j: sympy.Float(result.theta[i, j]))
    rows = [{"width": n, "error": f"{shown(mean, '.3g', lang)} ± {shown(std, '.2g', lang)}",
             "drift": shown(drift, ".3g", lang)}
            for n, mean, std, drift in zip(result.widths, result.relative_error_mean, result.relative_error_std,
                                           result.drift_mean)]
    out = {"result": result, "theta": theta, "rows": rows,
           "slope": shown(result.slope, ".2f", lang).replace("-", "−"), "plots": {}}
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        return out
    from ..limit.plot import PANELS, plot_bytes

    out["plots"] = {name: _svg_uri(plot_bytes(result, "svg", lang, panel=name)) for name in PANELS}
    return out


def _svg_uri(svg: bytes) -> str:
    """An SVG as a ``data:`` URI, for a page that loads nothing from elsewhere."""
    return "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii")


def _plot_uris(run, lang: str) -> dict[str, str]:
    """Each panel of the training plot as a ``data:image/svg+xml`` URI (none without matplotlib)."""
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        return {}
    from ..training.plot import PANELS, plot_bytes

    return {name: _svg_uri(plot_bytes(run, "svg", lang, name)) for name in PANELS}


def _training_table(run, lang: str) -> dict:
    """The training slide's numbers as text: η, one row per eigen-direction (λ_k, 1 − ηλ_k, how its
    error behaves, the error at the start, after T steps and as predicted) and the largest drift
    ‖K_t − K_0‖/‖K_0‖ in percent; round-off shows as 0, decimals with a comma in Icelandic."""
    from ..training.numbers import e_folding_kind, shown

    top = max((abs(m.value) for m in run.modes), default=0.0)
    scale = max((abs(m.start) for m in run.modes), default=0.0)
    rows = [{"k": m.k, "value": shown(m.value, ".5g", lang, top), "factor": shown(m.factor, ".5g", lang),
             "kind": e_folding_kind(m.factor, m.value, top), "start": shown(m.start, "+.4g", lang, scale),
             "trained": shown(m.trained, "+.4g", lang, scale), "predicted": shown(m.predicted, "+.4g", lang, scale)}
            for m in run.modes]
    most = float(max(run.drift, default=0.0))
    return {"eta": shown(run.lr, ".4g", lang), "rows": rows, "drift": shown(100 * most, ".1f", lang),
            "moved": most > 1e-9, "bound": shown(2 / top, ".4g", lang) if top > 0 else None}
