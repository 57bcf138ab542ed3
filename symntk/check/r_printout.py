"""What R prints, read back as values: a matrix under a ``[,1] [,2]`` header (``[1,]`` or named rows, as
``rbind(g1, g2)`` prints), a matrix with dimnames (``g1 g2`` over rows ``g1``, ``g2``, as ``J %*% t(J)`` of a
named ``J`` prints), a vector ``[1] 8 12`` (``[6] …`` continuing it), a list item ``$values``.

knitr's ``##`` and reprex's ``#>`` before printed lines are dropped. A named row or a header of names is output
only beside a header or a row of its own kind (a lone ``K`` is a statement that prints K, never a header). Every
pattern is linear and anchored; sizes are bounded.
"""

from __future__ import annotations

import re

from .printed_values import NUMBER, number

_PRINTED_MARK = re.compile(r"^\s{0,8}(?:##|#>)\s?")
_VECTOR = re.compile(rf"^\s*\[(\d{{1,4}})\]((?:\s+{NUMBER}){{1,60}})\s*$")
_HEADER = re.compile(r"^\s*\[,(\d{1,4})\](?:\s+\[,\d{1,4}\]){0,60}\s*$")
_ROW = re.compile(rf"^\s*\[(\d{{1,4}}),\]((?:\s+{NUMBER}){{1,60}})\s*$")
_ITEM = re.compile(r"^\s*\$(\w{1,20})\s*$")
_LABEL = r"[A-Za-z][\w.]{0,20}"
_NAMES = re.compile(rf"^\s*({_LABEL}(?:\s+{_LABEL}){{0,60}})\s*$")
_NAMED_ROW = re.compile(rf"^\s*({_LABEL})((?:\s+{NUMBER}){{1,60}})\s*$")
MAX_ROWS = 60


def printed(line: str) -> str:
    """A line without knitr's ``##`` or reprex's ``#>`` before it."""
    return _PRINTED_MARK.sub("", line, count=1)


def is_output(line: str) -> bool:
    """Whether a line on its own is something R printed (a named row needs its header: :func:`output_lines`)."""
    text = printed(line)
    return bool(_VECTOR.match(text) or _HEADER.match(text) or _ROW.match(text) or _ITEM.match(text))


def _named_block(lines: list[str], start: int) -> int:
    """The line after a matrix printed with names from ``start`` (a header, then named rows with one number per
    header column), or ``start`` when none starts there."""
    head = printed(lines[start])
    is_index = _HEADER.match(head)
    names = _NAMES.match(head) if not is_index else None
    if not (is_index or names and _PRINTED_MARK.match(lines[start])):
        return start
    width = len(head.split())
    i = start + 1
    while i < len(lines) and i - start <= MAX_ROWS:
        row = _NAMED_ROW.match(printed(lines[i]))
        if not row or len(row.group(2).split()) != width or (is_index and not _PRINTED_MARK.match(lines[i])
                                                             and _PRINTED_MARK.match(lines[start])):
            break
        i += 1
    return i if i > start + 1 else start


def output_lines(lines: list[str]) -> set[int]:
    """The indices of ``lines`` that R printed: :func:`is_output` lines and matrices printed with names."""
    out = {i for i, line in enumerate(lines) if is_output(line)}
    i = 0
    while i < len(lines):
        end = _named_block(lines, i)
        out.update(range(i, end))
        i = max(end, i + 1)
    return out


def _matrix(lines: list[str], start: int) -> tuple[str, list, list[int], int]:
    """A matrix printed from ``start``: under ``[,1]`` with ``[i,]`` rows, or with names (see the module doc)."""
    header = _HEADER.match(printed(lines[start]))
    if header and header.group(1) != "1":
        return "", [], [], start + 1
    named_end = _named_block(lines, start)
    rows, where, i = [], [start], start + 1
    if named_end > start:
        for i in range(start + 1, named_end):
            rows.append(tuple(number(t, None) for t in _NAMED_ROW.match(printed(lines[i])).group(2).split()))
            where.append(i)
        i = named_end
    else:
        while i < len(lines) and _ROW.match(printed(lines[i])):
            m = _ROW.match(printed(lines[i]))
            if int(m.group(1)) != len(rows) + 1:
                break
            rows.append(tuple(number(t, None) for t in m.group(2).split()))
            where.append(i)
            i += 1
    if i < len(lines) and _HEADER.match(printed(lines[i])):   # printed in column chunks: not read
        while i < len(lines) and (_HEADER.match(printed(lines[i])) or _ROW.match(printed(lines[i]))
                                  or _NAMED_ROW.match(printed(lines[i]))):
            i += 1
        return "", [], [], i
    ok = rows and len({len(r) for r in rows}) == 1
    return ("matrix", rows, where, i) if ok else ("", [], [], i)


def printout(lines: list[str], start: int) -> tuple[str, list, list[int], int]:
    """What R printed from line ``start`` on: ("matrix", rows, [header line, row lines…], end), ("vector",
    [values], [line], end), ("item", [name], [line], end); ("", …) for anything unread."""
    first = printed(lines[start])
    item = _ITEM.match(first)
    if item:
        return "item", [item.group(1)], [start], start + 1
    if _HEADER.match(first) or _named_block(lines, start) > start:
        return _matrix(lines, start)
    vector = _VECTOR.match(first)
    if vector and vector.group(1) == "1":
        values, i = [number(t, None) for t in vector.group(2).split()], start + 1
        while i < len(lines):
            more = _VECTOR.match(printed(lines[i]))
            if not more or int(more.group(1)) != len(values) + 1:
                break
            values.extend(number(t, None) for t in more.group(2).split())
            i += 1
        return "vector", values, [start], i
    return "", [], [], start + 1
