"""A matrix drawn in plain text over several lines, one row a line, read as one matrix on its first line.

Learners typing without LaTeX draw a matrix a row a line, under its name::

    J = [ 1 0 1 0 1 2 ]        K = ( 8  12 )        J = [0 1 1 1
        [ 2 0 1 0 2 3 ]            ( 12 19 )             1 1 3 1
                                                         2 1 5 1]

Each is the claim ``NAME = [[…], […]]`` on the line of the name (where a teacher marks it); the rows below it are
blanked. A drawing is read only when every row is numbers alone (spaces or commas between them), all rows have
as many, and there are two rows or more; anything else is left as it is. Every pattern is linear and anchored.
"""

from __future__ import annotations

import re

MAX_LINES = 3000
MAX_ROWS = 12
_NUM = r"[-+−]?\d{1,12}(?:\.\d{1,12})?"
_ROW = rf"{_NUM}(?:\s{{0,8}},?\s{{0,8}}{_NUM}){{0,40}}"
_HEAD = re.compile(rf"^(\s{{0,8}}(?:[A-Za-z][\w^(){{}}\[\]]{{0,12}})\s{{0,4}}=\s{{0,4}})([\[(])\s{{0,4}}"
                   rf"({_ROW})\s{{0,4}}([\])])?\s{{0,4}}$")
_BOXED_ROW = re.compile(rf"^\s{{1,60}}([\[(])\s{{0,4}}({_ROW})\s{{0,4}}([\])])\s{{0,4}}$")
_OPEN_ROW = re.compile(rf"^\s{{1,60}}({_ROW})\s{{0,4}}(\])?\s{{0,4}}$")
_CLOSE = {"[": "]", "(": ")"}


def _cells(row: str) -> list[str]:
    return [c.replace("−", "-") for c in re.split(r"[\s,]+", row.strip()) if c]


def _drawn(lines: list[str], i: int) -> tuple[str, int] | None:
    """(the claim, the index after the drawing) for a matrix drawn from line ``i``, or None."""
    head = _HEAD.match(lines[i])
    if not head:
        return None
    opening, closed = head.group(2), head.group(4)
    rows = [_cells(head.group(3))]
    j = i + 1
    if closed:   # each row boxed: [ 1 0 1 ] ↵ [ 2 0 1 ]
        if closed != _CLOSE[opening]:
            return None
        while j < len(lines) and j - i <= MAX_ROWS and (m := _BOXED_ROW.match(lines[j])) and m.group(1) == opening \
                and m.group(3) == closed:
            rows.append(_cells(m.group(2)))
            j += 1
    else:   # one bracket round all rows: [0 1 1 1 ↵ 1 1 3 1 ↵ 2 1 5 1]
        if opening != "[":
            return None
        while j < len(lines) and j - i <= MAX_ROWS and (m := _OPEN_ROW.match(lines[j])):
            rows.append(_cells(m.group(1)))
            j += 1
            if m.group(2):
                break
        else:
            return None   # never closed
    if len(rows) < 2 or len({len(r) for r in rows}) != 1:
        return None
    matrix = "[" + ", ".join("[" + ", ".join(r) + "]" for r in rows) + "]"
    return f"{head.group(1)}{matrix}", j


def drawn_matrices(text: str) -> str:
    """``text`` with each matrix drawn a row a line read as one claim on its first line (see the module doc)."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    i = 0
    while i < len(lines) and i < MAX_LINES:
        found = _drawn(lines, i) if len(lines[i]) < 2000 else None
        if found is None:
            i += 1
            continue
        claim, end = found
        lines[i] = claim
        for k in range(i + 1, end):
            lines[k] = ""
        i = end
    return "\n".join(lines)
