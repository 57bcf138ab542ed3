"""Rows of numbers written with spaces: ``[1 1]`` and ``[8 12; 12 19]`` in plain text, and ``( 1 \\ 0)`` or
``( 1 \\; - 1)`` with LaTeX spacing commands between the entries (handwriting and OCR converters' exports)."""

import re


def spaced_rows(numbers: str) -> str:
    """``1 1`` → ``1, 1``; ``8 12; 12 19`` → ``[8, 12], [12, 19]`` (rows of one length, else as written)."""
    if ";" not in numbers:
        return ", ".join(numbers.split())
    rows = [r.split() for r in numbers.split(";")]
    if len({len(r) for r in rows}) != 1 or len(rows[0]) < 2:
        return numbers
    return "[" + "], [".join(", ".join(r) for r in rows) + "]"


SPACING = r"(?:\\[ ,;:]|\\q?quad(?![A-Za-z])|\\(?:en|thin|med|thick)space(?![A-Za-z])|~)"   # one spacing command
_SPLIT = re.compile(rf"\s*{SPACING}(?:\s*{SPACING})*\s*")
_ROW = re.compile(r"(?:\\left\s*)?([(\[])(.*?)(?:\\right\s*)?([)\]])$", re.S)


def spacing_row(group: str) -> str:
    """``( 1 \\ 0)`` and ``\\left( 1 \\ 0\\right)`` → ``(1, 0)``; ``[ 1 \\; - 1]`` → ``[1, -1]``: the spacing
    commands separate the entries, and a minus after one is the next entry's sign (the spaces a converter puts
    around every sign mean nothing)."""
    m = _ROW.match(group)
    entries = _SPLIT.split(m.group(2).strip())
    return m.group(1) + ", ".join("".join(e.split()) for e in entries) + m.group(3)
