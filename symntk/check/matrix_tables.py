"""A matrix typed as a Markdown table of numbers under ``K =`` (``| 13 | 8 |`` / ``|---|---|`` / ``| 8 | 20 |``).

A learner without LaTeX writes the matrix's name and ``=`` on a line and the matrix as a table below it, its
first row in the header. When every cell of the table (separator rows aside) is a number and the rows have the
same length, it is read as ``NAME = \\begin{pmatrix} … \\end{pmatrix}`` on the line of the name.
"""

from __future__ import annotations

import re

from .source import Segment

MAX_CELLS = 400
_NUMBER = re.compile(r"^[-−–]?\s*\d{1,12}(?:[.,]\d{1,12})?$")
_SEPARATOR = re.compile(r"^[\s|:\-]+$")
_NAME = re.compile(r"^\s*(?:\$\s*)?([A-Za-zΘΚ](?:_\{?[\w,]{1,6}\}?)?|\\(?:Theta|mathbf\{K\}))\s*(?:\$\s*)?=\s*\$?\s*$")


def _name_line(lines: list[str], first: int) -> tuple[int, str] | None:
    """The last non-blank line before line ``first`` (numbered from 1), at most three lines up."""
    for n in range(first - 1, max(first - 4, 0), -1):
        if lines[n - 1].strip():
            return n, lines[n - 1]
    return None


def matrix_table(lines: list[str], rows: list[tuple[int, str]]) -> Segment | None:
    """``NAME = (the table's numbers as a pmatrix)`` at the name's line; None unless the last line before the
    table (blank lines aside) is just ``NAME =`` and the table is a rectangle of numbers."""
    pending = _name_line(lines, rows[0][0]) if rows else None
    if pending is None or _NAME.match(pending[1]) is None:
        return None
    body = [[c.strip() for c in row.strip().strip("|").split("|")] for _, row in rows if not _SEPARATOR.match(row)]
    if len(body) < 2 or sum(len(r) for r in body) > MAX_CELLS or len({len(r) for r in body}) != 1:
        return None
    if not all(_NUMBER.match(c) for r in body for c in r):
        return None
    entries = " \\\\ ".join(" & ".join(c.replace("−", "-").replace("–", "-").replace(",", ".") for c in r)
                            for r in body)
    name = _NAME.match(pending[1]).group(1)
    return Segment(pending[0], f"{name} = \\begin{{pmatrix}} {entries} \\end{{pmatrix}}", False, soft=True)
