"""The sweep's plot (matplotlib, the ``plot`` extra): ‖K − Θ‖/‖Θ‖ and the training drift against the width.

Log–log axes; the errors' mean with ± one standard deviation over the seeds,
the fitted slope, and a reference line ∝ n^{−1/2} through the first mean.
Captions come from ``templates/<locale>/limit/plot.toml``.
"""

from __future__ import annotations

import io
import tomllib
from pathlib import Path

import numpy as np

from ..errors import InputError
from ..render.environment import templates_root
from .sweep import SweepResult

FORMATS = ("png", "svg")


def labels(lang: str = "en") -> dict[str, str]:
    """The plot's captions in a locale (``en`` fills in what a locale lacks)."""
    root = templates_root()
    out = tomllib.loads((root / "en" / "limit" / "plot.toml").read_text(encoding="utf-8"))
    local = root / lang / "limit" / "plot.toml"
    if lang != "en" and local.is_file():
        out.update(tomllib.loads(local.read_text(encoding="utf-8")))
    return out


def plot_format(path: str) -> str:
    """``png`` or ``svg`` from the file name; anything else is an :class:`InputError`."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise InputError(str(path), "--plot", "a .png or .svg file name", repr(Path(path).suffix or path))
    return suffix


def figure(result: SweepResult, lang: str = "en", title: str = ""):
    """The two-panel matplotlib Figure (not attached to pyplot)."""
    try:
        from matplotlib.figure import Figure
    except ImportError:
        raise InputError("<options>", "--plot", "matplotlib installed (pip install 'symntk[plot]')",
                         "matplotlib is missing") from None
    text = labels(lang)
    n = np.array(result.widths, dtype=float)
    fig = Figure(figsize=(10, 4.2))
    fig.subplots_adjust(left=0.1, right=0.98, bottom=0.14, top=0.86, wspace=0.3)
    if title:
        fig.suptitle(title)
    ax, bx = fig.subplots(1, 2)
    mean, std = np.array(result.relative_error_mean), np.array(result.relative_error_std)
    ax.errorbar(n, mean, yerr=std, fmt="o-", lw=2, capsize=3,
                label=text["error"].format(seeds=result.seeds, slope=result.slope))
    ax.plot(n, mean[0] * np.sqrt(n[0] / n), "--", color="gray", label=text["reference"])
    ax.set(xscale="log", yscale="log", title=text["error_title"], xlabel=text["width"], ylabel="‖K − Θ‖_F / ‖Θ‖_F")
    ax.legend(fontsize=8)
    drift, spread = np.array(result.drift_mean), np.array(result.drift_std)
    bx.errorbar(n, drift, yerr=spread, fmt="s-", lw=2, capsize=3, color="tab:orange",
                label=text["drift"].format(steps=result.steps, lr=result.learning_rate))
    bx.plot(n, drift[0] * np.sqrt(n[0] / n), "--", color="gray", label=text["reference"])
    bx.set(xscale="log", yscale="log", title=text["drift_title"], xlabel=text["width"],
           ylabel="‖K_T − K_0‖_F / ‖K_0‖_F")
    bx.legend(fontsize=8)
    return fig


def plot_bytes(result: SweepResult, fmt: str = "png", lang: str = "en", title: str = "") -> bytes:
    """The figure as PNG or SVG bytes."""
    buffer = io.BytesIO()
    figure(result, lang, title).savefig(buffer, format=fmt, dpi=110)
    return buffer.getvalue()
