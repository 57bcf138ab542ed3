"""A matrix typed in plain text row by row between vertical bars or square brackets, its name on the first row's line::

    K = | 31  −1 |          J = [ 1 0 2 ]
        | −1  23 |              [ 2 1 2 ]

(also ``K = |13, 8|`` over ``|8, 19|``; a ``J =`` alone on the line above its rows is :mod:`symntk.check.plain_rows`).
The rows are read as the matrix ``K = [[31, −1], [−1, 23]]`` when every row holds the same number (two or more) of
plain numbers (decimal commas, already marked ``1{,}25`` in notes that write them, are one number; the name
may be followed by ``≈`` as well as ``=``), there are two rows or more and every row uses the first row's
delimiters (a lone ``v = [1 2]`` is a vector and is left to the other readers). A name that is a determinant
(``det K = | 31 −1 |``) is not read: bars there mean the determinant, a number. One regular expression per line,
no nested repetition.
"""

from __future__ import annotations

import re

from .source import Segment

_NUMBER = r"[-−]?\d{1,9}(?:(?:\.|\{,\})\d{1,9})?"   # 1.25, or 1{,}25 in notes with decimal commas
_ENTRIES = rf"({_NUMBER}(?:(?:\s*,\s*|\s+){_NUMBER}){{1,11}})"   # a comma or spaces between numbers
_NAME = r"[A-Za-zΑ-Ωα-ω](?:_\{?\w{1,3}\}?|[₀-₉]{1,2})?"
_DELIMITERS = (("\\|", "\\|"), ("\\[", "\\]"))
_FIRST = tuple(re.compile(rf"^\s*[-*+]?\s*({_NAME})\s*(=|≈)\s*{a}\s*{_ENTRIES}\s*{b}\s*$") for a, b in _DELIMITERS)
_NEXT = tuple(re.compile(rf"^\s*{a}\s*{_ENTRIES}\s*{b}\s*$") for a, b in _DELIMITERS)
MAX_ROWS = 20


def _entries(text: str) -> list[str]:
    return [v for v in re.split(r"\s*(?<!\{),(?!\})\s*|\s+", text.strip()) if v]


def _first_row(line: str) -> tuple[int, re.Match[str] | None]:
    if len(line) >= 400:
        return 0, None
    for kind, pattern in enumerate(_FIRST):
        found = pattern.match(line)
        if found is not None:
            return kind, found
    return 0, None


def bar_matrices(lines: list[str]) -> dict[int, tuple[Segment, int]]:
    """Line number (1-based) of each row-by-row matrix's first row → (its soft segment ``K = [[…], […]]``, its last
    line)."""
    out: dict[int, tuple[Segment, int]] = {}
    n = 0
    while n < len(lines):
        kind, first = _first_row(lines[n])
        if first is None:
            n += 1
            continue
        rows = [_entries(first.group(3))]
        k = n + 1
        while k < len(lines) and len(rows) < MAX_ROWS and len(lines[k]) < 400:
            more = _NEXT[kind].match(lines[k])
            if more is None or len(_entries(more.group(1))) != len(rows[0]):
                break
            rows.append(_entries(more.group(1)))
            k += 1
        if len(rows) > 1:
            text = f"{first.group(1)} {first.group(2)} [{', '.join('[' + ', '.join(r) + ']' for r in rows)}]"
            out[n + 1] = (Segment(n + 1, text, False, soft=True), k)
        n = k
    return out
