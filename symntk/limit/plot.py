"""The sweep's plot (matplotlib, the ``plot`` extra): ‖K − Θ‖/‖Θ‖ and the training drift against the width.

Two panels (side by side for ``sweep --plot``, one per slide for ``present --limit``):
the relative distance of the empirical NTK from Θ at initialisation, and its drift
‖K_T − K_0‖/‖K_0‖ during training, each the mean over the seeds with ± one standard
deviation, on log–log axes, with a reference line ∝ n^{−1/2} through the first mean.
Captions come from ``templates/<locale>/limit/plot.toml``; axis labels are mathtext.
"""

from __future__ import annotations

import numpy as np

from ..plotting import captions, decimal_comma, figure_bytes, figure_class, projector_figure
from .sweep import SweepResult

PANELS = ("error", "drift")
_AXIS = {"error": r"$\|K - \Theta\|_F \,/\, \|\Theta\|_F$", "drift": r"$\|K_T - K_0\|_F \,/\, \|K_0\|_F$"}


def labels(lang: str = "en") -> dict[str, str]:
    """The sweep plot's captions in a locale (``templates/<locale>/limit/plot.toml``)."""
    return captions("limit", lang)


def draw_panel(ax, result: SweepResult, name: str, lang: str = "en", legend_size=None) -> None:
    """Panel ``name`` of :data:`PANELS`: the mean over the seeds ± one standard deviation against
    the width n, and the reference mean₀ · √(n₀/n)."""
    from matplotlib.ticker import NullLocator

    text = labels(lang)
    n = np.array(result.widths, dtype=float)
    if name == "error":
        mean, std = np.array(result.relative_error_mean), np.array(result.relative_error_std)
        slope = f"{result.slope:.2f}".replace("-", "−")
        label = text["error"].format(seeds=result.seeds, slope=slope.replace(".", ",") if lang == "is" else slope)
        style = {"fmt": "o-"}
    else:
        mean, std = np.array(result.drift_mean), np.array(result.drift_std)
        lr = f"{result.learning_rate:.3g}"
        label = text["drift"].format(steps=result.steps, lr=lr.replace(".", ",") if lang == "is" else lr)
        style = {"fmt": "s-", "color": "tab:orange"}
    # the lower bar stops short of zero, which a log axis cannot show
    ax.errorbar(n, mean, yerr=[np.minimum(std, 0.9 * mean), std], lw=2, capsize=4, label=label, **style)
    ax.plot(n, mean[0] * np.sqrt(n[0] / n), "--", color="gray", label=text["reference"])
    ax.set(xscale="log", yscale="log", title=text[f"{name}_title"], xlabel=text["width"], ylabel=_AXIS[name])
    ax.set_xticks(n, [str(w) for w in result.widths])
    ax.xaxis.set_minor_locator(NullLocator())
    ax.legend(fontsize=legend_size)
    if lang == "is":
        decimal_comma(ax)


def figure(result: SweepResult, lang: str = "en", title: str = ""):
    """Both panels side by side (``sweep --plot``), a Figure not attached to pyplot."""
    fig = figure_class()(figsize=(11, 4.6), layout="constrained")
    if title:
        fig.suptitle(title)
    for ax, name in zip(fig.subplots(1, 2), PANELS):
        draw_panel(ax, result, name, lang, legend_size=9)
    return fig


def panel_figure(result: SweepResult, name: str, lang: str = "en"):
    """One panel alone, sized for a projector slide."""
    return projector_figure(lambda ax: draw_panel(ax, result, name, lang))


def plot_bytes(result: SweepResult, fmt: str = "png", lang: str = "en", title: str = "",
               panel: str | None = None) -> bytes:
    """Both panels, or one ``panel`` of :data:`PANELS` at projector size, as PNG or SVG bytes."""
    fig = figure(result, lang, title) if panel is None else panel_figure(result, panel, lang)
    return figure_bytes(fig, fmt)
