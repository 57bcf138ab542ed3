"""Plots of a :class:`~symntk.training.run.TrainingRun` (matplotlib, the ``plot`` extra).

Four panels (together for ``train --plot``, one per slide for ``present``): the
outputs on the training points (gradient descent against the
linearised discrete and continuous predictions); each eigen-direction's
residual |v_kᵀ(f_t − y)| against (1 − ηλ_k)^t |v_kᵀ(f_0 − y)|; the kernel drift
‖K_t − K_0‖/‖K_0‖; and, for one input, the functions f_0, f_T and the kernel
prediction over an interval (else the loss ½‖f_t − y‖²). Labels come from
``templates/<locale>/train/plot.toml`` and are matplotlib mathtext; each output keeps one
colour in every curve of a panel, so the legend's colours match.
"""

from __future__ import annotations

import numpy as np

from ..plotting import captions, decimal_comma, figure_bytes, figure_class, projector_figure
from .run import TrainingRun

PANELS = ("outputs", "modes", "drift", "function")


def labels(lang: str = "en") -> dict[str, str]:
    """The training plot's captions in a locale (``templates/<locale>/train/plot.toml``)."""
    return captions("train", lang)


def figure(run: TrainingRun, lang: str = "en"):
    """The matplotlib Figure with the four panels (not attached to pyplot): ``train --plot``."""
    fig = figure_class()(figsize=(11, 7.5))
    fig.subplots_adjust(left=0.07, right=0.985, bottom=0.07, top=0.95, hspace=0.32, wspace=0.22)
    for ax, name in zip(fig.subplots(2, 2).flat, PANELS):
        draw_panel(ax, run, name, lang, legend_size=8)
    return fig


def panel_figure(run: TrainingRun, name: str, lang: str = "en"):
    """One panel alone, sized for a projector slide (8 × 5 in, tick labels 18 pt)."""
    return projector_figure(lambda ax: draw_panel(ax, run, name, lang))


def draw_panel(ax, run: TrainingRun, name: str, lang: str = "en", legend_size=None) -> None:
    """Draw panel ``name`` (one of :data:`PANELS`) on the axes; labels are matplotlib mathtext."""
    text = labels(lang)
    t = run.times
    n_out = run.problem.widths[-1]
    if name == "outputs":
        for m in range(run.labels.size):
            f = "f" if n_out == 1 else f"f_{{{m % n_out + 1}}}"
            line, = ax.plot(t, run.trajectory.outputs[:, m], lw=2.5,
                            label=f"{text['gd']}, ${f}(x_{{{m // n_out + 1}}})$")
            ax.plot(t, run.linear_discrete[:, m], "--", color=line.get_color(), lw=1.2, alpha=0.9)
            ax.plot(t, run.linear_continuous[:, m], ":", color=line.get_color(), lw=1.6)
            ax.axhline(run.labels[m], color=line.get_color(), lw=0.8, alpha=0.5)
        # the line styles in neutral grey, so that no legend entry borrows one output's colour
        ax.plot([], [], "--", color="dimgray", lw=1.2, label=text["discrete"])
        ax.plot([], [], ":", color="dimgray", lw=1.6, label=text["continuous"])
        ax.set(title=text["outputs_title"], xlabel=text["step"], ylabel="$f_t$")
    elif name == "modes":
        for mode in run.modes:
            r = np.abs(run.mode_residuals[:, mode.k - 1])
            line, = ax.semilogy(t, np.maximum(r, 1e-300), lw=2.5,
                                label=f"$\\lambda_{{{mode.k}}} = {_number(mode.value, lang)}$")
            ax.semilogy(t, np.maximum(np.abs(mode.factor) ** t * abs(mode.start), 1e-300), "--",
                        color=line.get_color(), lw=1.2)
        ax.set(title=text["modes_title"], xlabel=text["step"], ylabel=r"$|v_k^{\top}(f_t - y)|$")
        ax.set_ylim(bottom=max(np.abs(run.mode_residuals).max() * 1e-12, 1e-300))
    elif name == "drift":
        ax.plot(t, run.drift, lw=2.5)
        ax.set(title=text["drift_title"], xlabel=text["step"], ylabel=r"$\|K_t - K_0\| \,/\, \|K_0\|$")
    elif run.problem.widths[0] != 1:
        ax.semilogy(t, np.maximum(run.trajectory.loss, 1e-300), lw=2.5)
        ax.set(title=text["loss_title"], xlabel=text["step"], ylabel=r"$\frac{1}{2}\|f_t - y\|^2$")
    else:
        _function_panel(ax, run, text)
    if name != "function":
        from matplotlib.ticker import MaxNLocator

        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    if ax.get_legend_handles_labels()[0]:
        ax.legend(fontsize=legend_size)
    if lang == "is":
        decimal_comma(ax)


def _function_panel(ax, run: TrainingRun, text: dict) -> None:
    xs = run.points[:, 0]
    span = max(xs.max() - xs.min(), 1.0)
    grid = np.linspace(xs.min() - 0.5 * span, xs.max() + 0.5 * span, 121).reshape(-1, 1)
    pred = run.predict_at(grid)
    n_out = run.problem.widths[-1]
    for o in range(n_out):
        tag = f", $f_{{{o + 1}}}$" if n_out > 1 else ""
        ax.plot(grid[:, 0], pred["initial"][o::n_out], ":", color="gray", label=text["initial"] if o == 0 else None)
        line, = ax.plot(grid[:, 0], pred["trained"][o::n_out], lw=2.5, label=text["trained"] + tag)
        ax.plot(grid[:, 0], pred["discrete"][o::n_out], "--", color=line.get_color(), lw=1.2)
        ax.plot(xs, run.labels[o::n_out], "o", color=line.get_color(), markersize=9)
    ax.plot([], [], "--", color="dimgray", lw=1.2, label=text["kernel"])
    ax.plot([], [], "o", color="dimgray", markersize=9, label=text["data"])
    ax.set(title=text["function_title"].format(steps=run.steps), xlabel="$x$", ylabel="$f(x)$")


def _number(x: float, lang: str) -> str:
    """x with 4 significant digits, 0 for |x| < 1e-12, a decimal comma in Icelandic (as mathtext)."""
    s = "0" if abs(x) < 1e-12 else f"{x:.4g}"
    return s.replace(".", "{,}") if lang == "is" else s


def plot_bytes(run: TrainingRun, fmt: str = "svg", lang: str = "en", panel: str | None = None) -> bytes:
    """The four-panel figure, or one ``panel`` of :data:`PANELS` at projector size, as ``png`` or ``svg``."""
    fig = figure(run, lang) if panel is None else panel_figure(run, panel, lang)
    return figure_bytes(fig, fmt)
