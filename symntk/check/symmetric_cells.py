"""A symmetric matrix written with its lower (or upper) triangle left out: ``\\begin{pmatrix} 7 & 7 \\\\ \\cdot & 13
\\end{pmatrix}``, ``[[8, 12], [*, 19]]`` in LaTeX: a placeholder (``\\cdot``, ``*``, ``\\ast``, ``\\star``,
``\\bullet``, ``\\dots``, ``\\text{sym}``) where the mirror entry is written stands for that entry (a kernel is
symmetric, and the learner says so by not writing it twice).

The same in a plain bracketed matrix with rows apart by semicolons (``[1+1+4+1, 2+1+6+1; ., 4+1+9+1]``,
``[7 10; * 15]``, ``[7, 10; ·, 15]``): a cell that is only ``.``, ``*``, ``·``/``\\cdot``, ``\\ast`` or ``…`` is
its mirror entry.

Only a square matrix whose every placeholder has a written mirror is filled; anything else is left as written.
"""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"^\s*(?:\\cdot|\*|\\ast|\\star|\\bullet|\\dots|\\text\s*\{\s*sym\.?\s*\})\s*$")
_ENV = re.compile(r"^(\\begin\{([pbvBV]?matrix)\})(.*)(\\end\{\2\})$", re.S)


_ROW_PLACEHOLDER = re.compile(r"^\s*(?:\.|\*|\\cdot|\\ast|\\star|\\bullet|\\dots|\\ldots|\\cdots)\s*$")


def _cells(body: str) -> list[list[str]] | None:
    """The rows and cells of a matrix body, or None when a cell holds braces that span a separator."""
    rows = [r for r in body.split("\\\\")]
    if rows and not rows[-1].strip():
        rows = rows[:-1]
    cells = [r.split("&") for r in rows]
    for row in cells:
        for cell in row:
            if cell.count("{") != cell.count("}"):
                return None
    return cells


def mirrored(matrix: str) -> str:
    """``\\begin{pmatrix} a & b \\\\ \\cdot & d \\end{pmatrix}`` → the same with ``b`` for ``\\cdot``."""
    m = _ENV.match(matrix)
    cells = _cells(m.group(3)) if m else None
    if cells is None or any(len(row) != len(cells) for row in cells):
        return matrix
    holes = [(i, j) for i, row in enumerate(cells) for j, cell in enumerate(row) if _PLACEHOLDER.match(cell)]
    if not holes or any(i == j or _PLACEHOLDER.match(cells[j][i]) for i, j in holes):
        return matrix
    for i, j in holes:
        cells[i][j] = f" {cells[j][i].strip()} "
    return m.group(1) + " \\\\ ".join("&".join(row) for row in cells) + m.group(4)


def mirrored_rows(body: str) -> str:
    """The inside of ``[a, b; ., d]`` (rows apart by ``;``, cells by commas, or by spaces when there is no comma)
    with each placeholder cell replaced by its mirror; anything else as written."""
    if ";" not in body or not any(_ROW_PLACEHOLDER.match(c) for c in re.split(r"[;,]|\s+", body) if c):
        return body
    rows = [r for r in body.split(";")]
    if rows and not rows[-1].strip():
        rows = rows[:-1]
    spaced = "," not in body
    cells = [r.split() if spaced else r.split(",") for r in rows]
    if any(len(row) != len(cells) for row in cells) or any(c.count("(") != c.count(")") for r in cells for c in r):
        return body
    holes = [(i, j) for i, row in enumerate(cells) for j, cell in enumerate(row) if _ROW_PLACEHOLDER.match(cell)]
    if not holes or any(i == j or _ROW_PLACEHOLDER.match(cells[j][i]) for i, j in holes):
        return body
    for i, j in holes:
        cells[i][j] = f" {cells[j][i].strip()}"
    joiner = " " if spaced else ","
    return ";".join(joiner.join(row) for row in cells)
