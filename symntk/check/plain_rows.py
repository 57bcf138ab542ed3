"""A plain-text chain left open at the end of a line: ``J =`` over rows ``[ 0 1 1 ]`` on the lines below, or an
unfinished ``det(K − λI) = (8 − λ)(19 − λ) − 144 =`` that nothing continues.

* Rows of numbers in brackets, one per line right below a chain that ends in ``=``, are the rows of the matrix it
  names (``J = [[0, 1, 1], [1, 1, 3]]``; the spaces between numbers are read by the normaliser); so are the rows
  of a nested list written one per line (``[[3, 5, 7],`` ↵ `` [5, 12, 18]]``).
* A chain that ends in ``=`` and is not continued claims what it says up to its last relation.
"""

from __future__ import annotations

import re

from .source import Segment

ROW = re.compile(r"\s*\[[-−0-9.,\s]{1,400}\]\s*")
LIST_ROW = re.compile(r"\s*\[?\[[-−0-9., ]{1,400}\]\]?\s*,?\s*")   # [[3, 5, 7], ↵ [5, 12, 18]]: a nested list
MAX_ROWS = 40


def is_row(line: str) -> bool:
    """Whether a line is one bracketed row of numbers (``[ 1  0  2 ]``, or a row of a nested list
    ``[[3, 5, 7],`` … ``[7, 18, 31]]``)."""
    return len(line) < 500 and (ROW.fullmatch(line) is not None or LIST_ROW.fullmatch(line) is not None)


def finished(pending: tuple[int, str] | None, rows: list[str]) -> list[Segment]:
    """The soft segment of an open chain ``(line, text)``: with its rows as a matrix, or cut at its last relation."""
    if pending is None:
        return []
    line, text = pending
    if rows and rows[0].lstrip().startswith("[["):   # the rows of a nested list bring its brackets
        text = f"{text} {' '.join(r.strip() for r in rows[:MAX_ROWS])}"
    elif rows:
        text = f"{text} [{', '.join(r.strip().rstrip(',') for r in rows[:MAX_ROWS])}]"
    else:
        text = text.rstrip().rstrip("=≈").rstrip()
    return [Segment(line, text, False, soft=True)] if re.search(r"=|≈", text) else []
