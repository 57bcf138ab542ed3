"""Lists of numbers in plain text: decimal commas (``(0,4768, 0,4768, 1)``) and rows with spaces (``[8 12; 12 19]``).

``(0,4768, 0,4768, 1)`` is a list of decimals, ``(1,-1,0,2)`` a list of integers.

A list is read with decimal commas when every comma in it either stands between two digits or is followed by
a space, and both kinds occur (``[1,9536, 2,0347]``); a list with a comma followed by anything else
(``(1,-1,0,0)``) or with no comma followed by a space (``(1,2)``) keeps its commas as separators. One pass over
the list's characters.
"""

from __future__ import annotations

import re

_DECIMAL = re.compile(r"(?<=\d),(?=\d)")


def decimal_list(text: str) -> str:
    """``(0,5, 1,25)`` → ``(0{,}5, 1{,}25)`` when the list uses decimal commas (see the module doc); else unchanged."""
    decimals = spaced = 0
    for at, ch in enumerate(text):
        if ch != ",":
            continue
        before, after = text[at - 1:at], text[at + 1:at + 2]
        if before.isdigit() and after.isdigit():
            decimals += 1
        elif after.isspace() or after == "\\":
            spaced += 1
        else:
            return text
    return _DECIMAL.sub("{,}", text) if decimals and spaced else text


def spaced_rows(numbers: str) -> str:
    """``1 1`` → ``1, 1``; ``8 12; 12 19`` → ``[8, 12], [12, 19]`` (rows of one length, else as written)."""
    if ";" not in numbers:
        return ", ".join(numbers.split())
    rows = [r.split() for r in numbers.split(";")]
    if len({len(r) for r in rows}) != 1 or len(rows[0]) < 2:
        return numbers
    return "[" + "], [".join(", ".join(r) for r in rows) + "]"
