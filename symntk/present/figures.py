"""Numbers behind the page's figures (drawn by ``present/heatmap.svg`` and
``present/spectrum.svg``): K as a heat map and its eigenvalues as stems.

Colours are a diverging scale: t = K_ij / max|K| ∈ [−1, 1] mixes white with
red (t > 0) or blue (t < 0) in proportion |t|.
"""

from __future__ import annotations

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


def heatmap(K: sympy.Matrix, labels) -> HeatMap:
    """The heat map of K; ``labels`` are (point i, output o or None) per row."""
    values = [[float(sympy.N(v)) for v in K.row(r)] for r in range(K.rows)]
    top = max((abs(v) for row in values for v in row), default=0.0) or 1.0
    cells = []
    for r, row in enumerate(values):
        for c, v in enumerate(row):
            exact = K[r, c]
            text = str(exact) if exact.is_Rational and len(str(exact)) <= 6 else approx(exact, 3)
            cells.append(Cell(r + 1, c + 1, text, _mix(v / top), "#fff" if abs(v / top) > 0.55 else "#222"))
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


def spectrum(eigenvalues) -> tuple[Stem, ...]:
    """The eigenvalues (ascending, with multiplicity) as stems scaled to the largest |λ|."""
    vals = [float(e.value) for e in eigenvalues]
    top = max((abs(v) for v in vals), default=0.0) or 1.0
    return tuple(Stem(k, v, approx(e.value, 4), v / top, e.multiplicity)
                 for k, (v, e) in enumerate(zip(vals, eigenvalues), start=1))


def _sub(n: int) -> str:
    return str(n).translate(str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉"))
