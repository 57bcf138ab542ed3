"""Matrices as written: a LaTeX bmatrix, aligned terminal rows, and whether one is too wide for the page."""

from __future__ import annotations

from .mathtext import latex, unicode, visual_length


def latex_matrix(matrix, env: str = "bmatrix", comma: bool = False) -> str:
    """A matrix as ``\\begin{bmatrix} … \\end{bmatrix}``."""
    rows = [" & ".join(latex(v, comma) for v in matrix.row(r)) for r in range(matrix.rows)]
    return rf"\begin{{{env}}} " + r" \\ ".join(rows) + rf" \end{{{env}}}"


WIDE = 72  # shown characters across beyond which a matrix is written entry by entry (A4, Letter, a 52rem page)


def matrix_width(matrix, printer=latex) -> int:
    """Roughly how many characters a matrix shows across: Σ_c (its widest entry in column c),
    plus two per gap between columns (bmatrix's column separation)."""
    if not matrix.rows or not matrix.cols:
        return 0
    cols = [max(visual_length(printer(matrix[r, c])) for r in range(matrix.rows)) for c in range(matrix.cols)]
    return sum(cols) + 2 * (len(cols) - 1)


def too_wide(matrix, extra: int = 0, printer=latex) -> bool:
    """Whether a matrix, with ``extra`` characters beside it on its line, is too wide for the page
    (more than :data:`WIDE` characters): such a matrix is written entry by entry."""
    return matrix_width(matrix, printer) + extra > WIDE


def text_matrix(matrix, indent: int = 0, printer=unicode) -> str:
    """A matrix as aligned rows between ⎡ ⎤ brackets (one line per row)."""
    rows = [[printer(v) for v in matrix.row(r)] for r in range(matrix.rows)]
    if not rows or not rows[0]:
        return "[]"
    widths = [max(len(rows[r][c]) for r in range(len(rows))) for c in range(len(rows[0]))]
    lines = ["  ".join(cell.rjust(w) for cell, w in zip(row, widths)) for row in rows]
    if len(lines) == 1:
        return f"[{lines[0]}]"
    out = []
    for r, line in enumerate(lines):
        left, right = ("⎡", "⎤") if r == 0 else ("⎣", "⎦") if r == len(lines) - 1 else ("⎢", "⎥")
        out.append(f"{left}{line}{right}")
    return ("\n" + " " * indent).join(out)
