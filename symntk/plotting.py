"""What every matplotlib plot of symntk shares (the ``plot`` extra): the file formats, the
captions from ``templates/<locale>/<kind>/plot.toml``, the projector sizes of a panel on a
slide, Icelandic decimal commas on the axes, and byte-for-byte repeatable SVG/PNG output.

matplotlib is imported only inside these functions, never at import time, and never through
pyplot (no global backend state)."""

from __future__ import annotations

import io
import tomllib
from pathlib import Path

from .errors import InputError
from .resources import templates_root

FORMATS = ("png", "svg")
# one panel alone on a slide, 8 × 5 in: tick labels 18 pt (≥ 16 px on a 1024 × 768 projector)
PROJECTOR = {"font.size": 18, "axes.titlesize": 20, "axes.labelsize": 20, "xtick.labelsize": 18,
             "ytick.labelsize": 18, "legend.fontsize": 16, "lines.linewidth": 2.5}


def captions(kind: str, lang: str = "en") -> dict[str, str]:
    """The captions of plot ``kind`` (``train``, ``limit``) in a locale; the ``en`` entries fill
    in what a locale lacks."""
    root = templates_root()
    out = tomllib.loads((root / "en" / kind / "plot.toml").read_text(encoding="utf-8"))
    local = root / lang / kind / "plot.toml"
    if lang != "en" and local.is_file():
        out.update(tomllib.loads(local.read_text(encoding="utf-8")))
    return out


def figure_class():
    """matplotlib's Figure (saving renders through the Agg canvas); an :class:`InputError`
    naming the ``plot`` extra when matplotlib is missing."""
    try:
        from matplotlib.figure import Figure
    except ImportError:
        raise InputError("<options>", "--plot", "matplotlib installed (pip install 'symntk[plot]')",
                         "matplotlib is missing") from None
    return Figure


def projector_figure(draw) -> object:
    """One panel alone, sized for a projector slide (8 × 5 in, :data:`PROJECTOR` fonts):
    ``draw(ax)`` fills its axes."""
    from matplotlib import rc_context

    with rc_context(PROJECTOR):
        fig = figure_class()(figsize=(8, 5), layout="constrained")
        draw(fig.subplots())
    return fig


def plot_format(path: str | Path) -> str:
    """``png`` or ``svg`` from a file name; other suffixes are an input error."""
    fmt = Path(path).suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise InputError(str(path), "--plot", "a file name ending in .png or .svg", repr(Path(path).suffix or path))
    return fmt


def figure_bytes(fig, fmt: str) -> bytes:
    """The figure as ``png`` or ``svg`` bytes; SVG text stays text, and the same figure gives the
    same bytes on every run (no date, a fixed hash salt)."""
    if fmt not in FORMATS:
        raise InputError("<options>", "--plot", "a file name ending in .png or .svg", repr(fmt))
    from matplotlib import rc_context

    buf = io.BytesIO()
    with rc_context({"svg.fonttype": "none", "svg.hashsalt": "symntk"}):
        fig.savefig(buf, format=fmt, dpi=110, metadata={"Date": None} if fmt == "svg" else None)
    return buf.getvalue()


def decimal_comma(ax) -> None:
    """Linear tick labels with a decimal comma and a true minus sign (Icelandic); log axes keep
    their mathtext powers of ten."""
    from matplotlib.ticker import FuncFormatter, LogFormatterMathtext

    for axis in (ax.xaxis, ax.yaxis):
        if not isinstance(axis.get_major_formatter(), LogFormatterMathtext):
            axis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}".replace(".", ",").replace("-", "−")))
