"""Plots of a :class:`~symntk.training.run.TrainingRun` (matplotlib, the ``plot`` extra).

Four panels: the outputs on the training points (gradient descent against the
linearised discrete and continuous predictions); each eigen-direction's
residual |v_kᵀ(f_t − y)| against (1 − ηλ_k)^t |v_kᵀ(f_0 − y)|; the kernel drift
‖K_t − K_0‖/‖K_0‖; and, for one input, the functions f_0, f_T and the kernel
prediction over an interval (else the loss ½‖f_t − y‖²). Labels come from
``templates/<locale>/train/plot.toml``.
"""

from __future__ import annotations

import io
import tomllib
from pathlib import Path

import numpy as np

from ..errors import InputError
from ..render.environment import templates_root
from .run import TrainingRun

FORMATS = ("png", "svg")


def labels(lang: str = "en") -> dict[str, str]:
    """The plot's captions in a locale (``en`` entries fill in what a locale lacks)."""
    root = templates_root()
    out = tomllib.loads((root / "en" / "train" / "plot.toml").read_text(encoding="utf-8"))
    local = root / lang / "train" / "plot.toml"
    if lang != "en" and local.is_file():
        out.update(tomllib.loads(local.read_text(encoding="utf-8")))
    return out


def _figure_class():
    """matplotlib's Figure; no pyplot, so no global backend state changes (saving
    renders through the Agg canvas)."""
    try:
        from matplotlib.figure import Figure
    except ImportError:
        raise InputError("<options>", "--plot", "matplotlib installed (pip install 'symntk[plot]')",
                         "matplotlib is missing") from None
    return Figure


def figure(run: TrainingRun, lang: str = "en"):
    """The matplotlib Figure with the four panels (not attached to pyplot)."""
    text = labels(lang)
    fig = _figure_class()(figsize=(11, 7.5))
    fig.subplots_adjust(left=0.07, right=0.985, bottom=0.07, top=0.95, hspace=0.32, wspace=0.22)
    axes = fig.subplots(2, 2)
    t = run.times
    ax = axes[0, 0]
    for m in range(run.labels.size):
        line, = ax.plot(t, run.trajectory.outputs[:, m], lw=2, label=text["gd"] if m == 0 else None)
        ax.plot(t, run.linear_discrete[:, m], "--", color="black", lw=1, label=text["discrete"] if m == 0 else None)
        ax.plot(t, run.linear_continuous[:, m], ":", color="gray", lw=1.5,
                label=text["continuous"] if m == 0 else None)
        ax.axhline(run.labels[m], color=line.get_color(), lw=0.8, alpha=0.5)
    ax.set(title=text["outputs_title"], xlabel=text["step"], ylabel="f_t")
    ax.legend(fontsize=8)
    ax = axes[0, 1]
    for mode in run.modes:
        r = np.abs(run.mode_residuals[:, mode.k - 1])
        line, = ax.semilogy(t, np.maximum(r, 1e-300), lw=2, label=f"λ_{mode.k} = {mode.value:.4g}")
        ax.semilogy(t, np.maximum(np.abs(mode.factor) ** t * abs(mode.start), 1e-300), "--",
                    color=line.get_color(), lw=1)
    ax.set(title=text["modes_title"], xlabel=text["step"], ylabel="|v_kᵀ(f_t − y)|")
    floor = max(np.abs(run.mode_residuals).max() * 1e-12, 1e-300)
    ax.set_ylim(bottom=floor)
    ax.legend(fontsize=8)
    ax = axes[1, 0]
    ax.plot(t, run.drift, lw=2)
    ax.set(title=text["drift_title"], xlabel=text["step"], ylabel="‖K_t − K_0‖ / ‖K_0‖")
    _last_panel(axes[1, 1], run, text)
    return fig


def _last_panel(ax, run: TrainingRun, text: dict) -> None:
    if run.problem.widths[0] != 1:
        ax.semilogy(run.times, np.maximum(run.trajectory.loss, 1e-300), lw=2)
        ax.set(title=text["loss_title"], xlabel=text["step"], ylabel="½‖f_t − y‖²")
        return
    xs = run.points[:, 0]
    span = max(xs.max() - xs.min(), 1.0)
    grid = np.linspace(xs.min() - 0.5 * span, xs.max() + 0.5 * span, 121).reshape(-1, 1)
    pred = run.predict_at(grid)
    n_out = run.problem.widths[-1]
    for o in range(n_out):
        ax.plot(grid[:, 0], pred["initial"][o::n_out], ":", color="gray", label=text["initial"] if o == 0 else None)
        ax.plot(grid[:, 0], pred["trained"][o::n_out], lw=2, label=text["trained"] if o == 0 else None)
        ax.plot(grid[:, 0], pred["discrete"][o::n_out], "--", color="black", lw=1,
                label=text["kernel"] if o == 0 else None)
        ax.plot(xs, run.labels[o::n_out], "o", color="crimson", label=text["data"] if o == 0 else None)
    ax.set(title=text["function_title"].format(steps=run.steps), xlabel="x", ylabel="f(x)")
    ax.legend(fontsize=8)


def plot_bytes(run: TrainingRun, fmt: str = "svg", lang: str = "en") -> bytes:
    """The figure encoded as ``png`` or ``svg``."""
    if fmt not in FORMATS:
        raise InputError("<options>", "--plot", "a file name ending in .png or .svg", repr(fmt))
    from matplotlib import rc_context

    fig = figure(run, lang)
    buf = io.BytesIO()
    with rc_context({"svg.fonttype": "none"}):  # SVG text stays text: small and selectable
        fig.savefig(buf, format=fmt, dpi=110)
    return buf.getvalue()


def plot_format(path: str | Path) -> str:
    """``png`` or ``svg`` from a file name; other suffixes are an input error."""
    fmt = Path(path).suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise InputError(str(path), "--plot", "a file name ending in .png or .svg", repr(Path(path).suffix))
    return fmt
