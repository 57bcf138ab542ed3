"""Numbers behind the page's figures (drawn by ``present/heatmap.svg`` and
``present/spectrum.svg``): K as a heat map and its eigenvalues as stems.

Colours are a diverging scale: t = K_ij / max|K| ∈ [−1, 1] mixes white with
red (t > 0) or blue (t < 0) in proportion |t|. A cell's text is black or white,
whichever contrasts more with its fill (WCAG 2 contrast ratio, at least 4.5 for
every fill of this scale).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import sympy

from ..render.mathtext import approx

POSITIVE = (176, 23, 31)
NEGATIVE = (29, 79, 145)
MAX_CELL_TEXT = 10  # write values in the cells of kernels up to this size


@dataclass(frozen=True)
class Cell:
    """K_{row,col} (1-based), its value as text, fill colour and text colour."""

    row: int
    col: int
    text: str
    fill: str
    ink: str


@dataclass(frozen=True)
class HeatMap:
    """The cells of an M × M kernel and the row labels ((i, o) pairs as text)."""

    size: int
    cells: tuple[Cell, ...]
    labels: tuple[str, ...]
    show_values: bool


def _mix(t: float) -> str:
    target = POSITIVE if t >= 0 else NEGATIVE
    a = min(abs(t), 1.0)
    r, g, b = (round(255 + (c - 255) * a) for c in target)
    return f"#{r:02x}{g:02x}{b:02x}"


def luminance(colour: str) -> float:
    """WCAG 2 relative luminance of ``#rrggbb``: 0.2126 R + 0.7152 G + 0.0722 B of the
    linearised channels (c/12.92 for c ≤ 0.04045, else ((c + 0.055)/1.055)^2.4)."""
    rgb = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio (L_light + 0.05) / (L_dark + 0.05) of two colours."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def ink(fill: str) -> str:
    """Black or white, whichever has the larger contrast ratio with ``fill``."""
    return "#000000" if contrast(fill, "#000000") >= contrast(fill, "#ffffff") else "#ffffff"


def local(text: str, lang: str) -> str:
    """A number's text with a decimal comma and a true minus sign in Icelandic (``is``)."""
    return text.replace(".", ",").replace("-", "−") if lang == "is" else text


def heatmap(K: sympy.Matrix, labels, lang: str = "en") -> HeatMap:
    """The heat map of K; ``labels`` are (point i, output o or None) per row."""
    values = [[float(sympy.N(v)) for v in K.row(r)] for r in range(K.rows)]
    top = max((abs(v) for row in values for v in row), default=0.0) or 1.0
    cells = []
    for r, row in enumerate(values):
        for c, v in enumerate(row):
            exact = K[r, c]
            text = local(str(exact) if exact.is_Rational and len(str(exact)) <= 6 else approx(exact, 3), lang)
            fill = _mix(v / top)
            cells.append(Cell(r + 1, c + 1, text, fill, ink(fill)))
    names = tuple(f"x{_sub(i)}" if o is None else f"x{_sub(i)},{o}" for i, o in labels)
    return HeatMap(K.rows, tuple(cells), names, K.rows <= MAX_CELL_TEXT)


@dataclass(frozen=True)
class Stem:
    """One eigenvalue λ_k (k 1-based, ascending) as a bar of relative height ``height``."""

    k: int
    value: float
    text: str
    height: float
    multiplicity: int


def spectrum(eigenvalues, lang: str = "en") -> tuple[Stem, ...]:
    """The eigenvalues (ascending, with multiplicity) as stems scaled to the largest |λ|."""
    vals = [float(e.value) for e in eigenvalues]
    top = max((abs(v) for v in vals), default=0.0) or 1.0
    return tuple(Stem(k, v, local(approx(e.value, 4), lang), v / top, e.multiplicity)
                 for k, (v, e) in enumerate(zip(vals, eigenvalues), start=1))


@dataclass(frozen=True)
class Decay:
    """(1 − ηλ_k)^t for t = 0..T at η = 1/λ_max, one polyline per distinct eigenvalue;
    ``curves`` are (k, λ_k as text, [(t, value), …]); values lie in [0, 1]."""

    eta: float
    steps: int
    curves: tuple[tuple[int, str, tuple[tuple[int, float], ...]], ...]


def decay(eigenvalues, max_steps: int = 200, lang: str = "en") -> Decay | None:
    """How fast each eigen-direction of the error shrinks under gradient descent with
    η = 1/λ_max: by (1 − ηλ_k)^t. T is where the slowest nonzero mode reaches e^{−3}
    (at most ``max_steps``). None when K = 0."""
    vals = [float(e.value) for e in eigenvalues]
    top = max(vals, default=0.0)
    if top <= 0:
        return None
    eta = 1.0 / top
    slowest = min((v for v in vals if v > 1e-12 * top), default=top)
    factor = 1.0 - eta * slowest
    steps = 4 if factor <= 0 else int(min(max_steps, max(4, math.ceil(3 / -math.log(factor)))))
    curves = tuple((k, local(approx(e.value, 4), lang), tuple((t, (1.0 - eta * v) ** t) for t in range(steps + 1)))
                   for k, (v, e) in enumerate(zip(vals, eigenvalues), start=1))
    return Decay(eta, steps, curves)


def _sub(n: int) -> str:
    return str(n).translate(str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉"))
