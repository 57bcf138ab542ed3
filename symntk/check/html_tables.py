"""HTML tables in notes: a table of numbers as the matrix it shows, any other table as one row a line.

Rich-text editors have no matrix, so learners type one as a table: ``<tr><td>8</td><td>12</td></tr>…``, often with
a name in the first cell (``K =``, ``K:``, ``K ≈``), in a ``<caption>``, in the line just before the table
(``Jacobian J (rows = datapoints):``) or in a short line right after it (``(that is K)``); a square table right
after lines that give K's entries (``K_{11} = 3``) is K laid out. :func:`table_lines`
writes such a table as ``K = [[8, 12], [12, 19]]`` on the line of its first row (the rest of its lines show
nothing); a matrix no line names is written bare. A cell is a number when it is an integer, decimal or fraction,
signed, or a root (``−3``, ``0.25``, ``1/2``, ``√2``). Any other table is written one ``| a | b |`` row a line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_NUMBER = re.compile(r"^[-−+]?\s?(?:\d{1,12}(?:[.,]\d{1,12})?|[.,]\d{1,12}|√\(?\d{1,8}\)?)(?:\s?/\s?\d{1,12})?$")
_LABEL_CELL = re.compile(r"^(.{1,30}?)\s*(=|:|≈)$")
_NAME = re.compile(r"(?<![\w\\])([A-ZΘΚΛ](?:_\{?\w{1,4}\}?)?(?:\^\{?[\[(]?\w{1,3}[\])]?\}?)?)(?![\w(])")
_LEADS = re.compile(r":\s*$")
_K_ENTRY = re.compile(r"(?<![\w\\])K_\{?\d,?\d\}?")
MAX_AFTER = 40


@dataclass
class Table:
    """One HTML table as read: the line it opens on, its rows (line, cells), its caption and how many scripts or
    cells were open around it."""

    line: int
    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    caption: str = ""
    depth: int = 0


def _named(text: str) -> str | None:
    names = _NAME.findall(text)
    return names[-1] if names else None


def _label(table: Table, lines: list[list[str]]) -> tuple[str | None, list[list[str]]]:
    rows = [cells for _, cells in table.rows if any(c.strip() for c in cells)]
    first = rows[0][0] if rows and rows[0] else ""
    m = _LABEL_CELL.match(first)
    if m and all(not r[0].strip() for r in rows[1:] if r):
        return m.group(1).strip() + (" ≈" if m.group(2) == "≈" else ""), [r[1:] for r in rows]
    if table.caption:
        return _named(table.caption), rows
    before = next((t for t in ("".join(p).strip() for p in reversed(lines[max(0, table.line - 20):table.line])) if t),
                  "")
    if _LEADS.search(before):
        return _named(before), rows
    above = [t for t in ("".join(p) for p in lines[max(0, table.line - 8):table.line]) if t.strip()][-4:]
    if len(rows) > 1 and all(len(r) == len(rows) for r in rows) and any(_K_ENTRY.search(t) for t in above):
        return "K", rows   # K_{11} = 3, K_{12} = 5, … and then the square table: K laid out
    return None, rows


def table_lines(table: Table, lines: list[list[str]]) -> list[tuple[int, str]]:
    """The lines a table shows (see the module doc): (line, text) pairs; ``lines`` is the text read so far."""
    if not table.rows:
        return []
    label, rows = _label(table, lines)
    widths = {len(r) for r in rows}
    if rows and len(widths) == 1 and widths.pop() >= 1 and (len(rows) > 1 or len(rows[0]) > 1) \
            and all(_NUMBER.match(c.strip()) for r in rows for c in r):
        matrix = "[" + ", ".join("[" + ", ".join(c.strip() for c in r) + "]" for r in rows) + "]"
        relation = "" if label is None or label.endswith("≈") else " ="
        return [(table.rows[0][0], f"{label}{relation} {matrix}" if label else matrix)]
    return [(line, "| " + " | ".join(cells) + " |") for line, cells in table.rows if cells]


def named_after(lines: list[str]) -> list[str]:
    """The lines with a bare matrix line (``[[8, 12], [12, 19]]``) named by the short line right after it that
    names one matrix and says nothing else (``(that is K)``, ``= K``)."""
    out = list(lines)
    for n, line in enumerate(lines):
        if not line.startswith("[[") or not line.endswith("]]"):
            continue
        after = next((t.strip() for t in lines[n + 1:n + 12] if t.strip()), "")
        if len(after) <= MAX_AFTER and not re.search(r"[\d=]", after.lstrip("= ")):
            name = _named(after)
            if name and len(_NAME.findall(after)) == 1:
                out[n] = f"{name} = {line}"
    return out
