"""Typst tables, ``#table(columns: 3, [a], [$x$], …)``, rewritten as the LaTeX ``tabular`` the table reader reads.

A ``#table`` call in markup is split at its top-level commas: ``columns: n`` (or a tuple of n column widths)
says how many cells make a row, other named arguments (``align:``, ``stroke:``, ``inset:``) go, the cells of
``table.header(…)`` and ``table.footer(…)`` are ordinary cells, ``table.hline()``/``table.vline()`` go, and a
cell is ``[content]``, ``table.cell(…)[content]``, ``$math$``, a string or a number. Each cell keeps its place
(its math is translated with the document's), cells are joined by ``&`` and rows end in ``\\\\``, so each row
is read on the line its first cell is on (:mod:`symntk.check.latex_tables`). A table in a figure,
``#figure(table(…), caption: […])``, is read alike (the caption stays as text). A call that does not close, has
no cell, or has more than :data:`MAX_CELLS` cells is left as written. One pass per table; brackets counted, not
matched by nested patterns.
"""

from __future__ import annotations

import re

MAX_CELLS = 400
MAX_TABLE = 20000
MAX_TABLES = 50
_START = re.compile(r"#(?:figure\([ \t\n]{0,20})?table\(")   # #table(…), or one in #figure(table(…), caption: …)
_NAMED = re.compile(r"^\s*([A-Za-z][\w-]{0,20})\s*:")
_CELL_CALL = re.compile(r"^\s*table\.cell\((?:[^()]|\([^()]*\)){0,200}\)\s*")
_RULE_CALL = re.compile(r"^\s*table\.[hv]line\b")
_GROUP_CALL = re.compile(r"^\s*table\.(?:header|footer)\(")
_COLUMNS = re.compile(r"^\s*columns\s*:\s*(?:(\d{1,2})\s*$|\((.{0,200})\)\s*$)", re.S)


def _structure(text: str, start: int, end: int):
    """(index, character, depth after it) of each comma and closing bracket of ``text[start:end]`` outside
    content math and strings."""
    depth, math, quote = 0, False, False
    for n in range(start, end):
        ch = text[n]
        if quote:
            quote = ch != '"' or text[n - 1] == "\\"
        elif ch == "$" and text[n - 1] != "\\":
            math = not math
        elif math:
            continue
        elif ch == '"':
            quote = True
        elif ch in "([{":
            depth += 1
        elif ch in ")]}" or ch == ",":
            depth -= ch != ","
            yield n, ch, depth


def _split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The top-level arguments of ``text[start:end]`` as spans, split at commas outside brackets, content,
    math and strings."""
    out, at = [], start
    for n, ch, depth in _structure(text, start, end):
        if ch == "," and depth == 0:
            out.append((at, n))
            at = n + 1
    if text[at:end].strip():
        out.append((at, end))
    return out


def _close(text: str, at: int) -> int:
    """Where the call whose ``(`` is at ``at`` closes (the index of its ``)``), or -1."""
    for n, ch, depth in _structure(text, at, min(len(text), at + MAX_TABLE)):
        if ch != "," and depth == 0:
            return n if ch == ")" else -1
    return -1


def _cells(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], int | None]:
    """The cells (content spans) of a table's arguments and its number of columns (``None``: not said)."""
    cells: list[tuple[int, int]] = []
    columns = None
    for a, b in _split(text, start, end):
        arg = text[a:b]
        group = _GROUP_CALL.match(arg)
        if group:
            close = _close(text, a + group.end() - 1)
            if 0 <= close < b:
                cells.extend(_cells(text, a + group.end(), close)[0])
            continue
        if _RULE_CALL.match(arg):
            continue
        if _NAMED.match(arg) and not arg.lstrip().startswith(("[", "$", '"')):
            m = _COLUMNS.match(arg)
            if m:
                columns = int(m.group(1)) if m.group(1) else len(_split(m.group(2), 0, len(m.group(2))))
            continue
        lead = _CELL_CALL.match(arg)
        a += lead.end() if lead else len(arg) - len(arg.lstrip())
        b -= len(text[a:b]) - len(text[a:b].rstrip())
        if b - a >= 2 and text[a] == "[" and text[b - 1] == "]" or text[a:a + 1] == '"' == text[b - 1:b]:
            a, b = a + 1, b - 1
        cells.append((a, b))
    return cells, columns


def typst_tables(text: str, inside) -> str:
    """The Typst document with each ``#table(…)`` in markup as a ``tabular`` (see the module doc), line for line;
    ``inside(position)`` says whether a position is inside math (asked in increasing order)."""
    out, at = [], 0
    for count, m in enumerate(_START.finditer(text)):
        if count >= MAX_TABLES or m.start() < at or inside(m.start()):
            continue
        close = _close(text, m.end() - 1)
        if close < 0:
            continue
        cells, columns = _cells(text, m.end(), close)
        columns = columns or 1
        if not cells or len(cells) > MAX_CELLS or len(cells) < 2 * columns:
            continue
        lead = "\n" * text.count("\n", m.start(), m.end())   # the lines of "#figure(" before "table("
        pieces = [text[at:m.start()], lead, "\\begin{tabular}{" + "c" * columns + "}"]
        done = m.end()
        for n, (a, b) in enumerate(cells):
            pieces.append(_blank(text[done:a]) + text[a:b].replace("&", "\\&"))
            pieces.append(" \\\\" if n % columns == columns - 1 else " &")
            done = b
        pieces.append(_blank(text[done:close]) + "\\end{tabular}")
        out.extend(pieces)
        at = close + 1
    return "".join(out) + text[at:]


def _blank(text: str) -> str:
    return re.sub(r"[^\n]", "", text) + " " if "\n" not in text else re.sub(r"[^\n]", "", text)
