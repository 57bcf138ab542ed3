"""Vectors written between angle brackets (``\\langle 1, 0, 1 \\rangle``, ``⟨x, x+1⟩ᵀ``), as in physics and
Obsidian notes: read as a tuple in parentheses, while ``\\langle g_1, g_2 \\rangle`` stays an inner product."""

from __future__ import annotations

import re

from .reprs import split_top

_NUMERIC = re.compile(r"(?:[\d\s.+\-*/^{}()]|(?<=\d),(?=\d)|"
                      r"\\(?:frac|dfrac|tfrac|cdot|times|sqrt)(?![A-Za-z])|\{,\}){1,200}")
_PARTS = re.compile(r"\\langle(?![A-Za-z])(.*)\\rangle(?![A-Za-z])(.*)$", re.S)
_WRITTEN_VECTOR = re.compile(r"[(\[][^()\[\]]{0,200},")   # an entry that is a bracketed list: ``(1,0,1)``
_RIGHT = re.compile(r"\\right\s{0,3}$")

ANGLE_PATTERN = (r"(\\langle(?![A-Za-z])(?:(?!\\[lr]angle)[^$\n]){1,400}?\\rangle(?![A-Za-z])"
                 r"(?:\s{0,3}\^\s{0,3}(?:\{\s{0,3})?(?:T|\\top|\\intercal)(?![A-Za-z])(?:\s{0,3}\})?)?)")
"""A bracket pair with no other angle bracket inside, and the transpose after it if there is one."""


def angle_vector(group: str) -> str:
    """``\\langle 1, 0, 1 \\rangle`` → ``(1, 0, 1)``; ``\\langle x, x+1 \\rangle^T`` → ``(x, x+1)^T``: a vector
    when it has three or more entries (separated by commas, or by semicolons when there are any), a transpose,
    or two entries that are numbers; otherwise (two names, an inner product such as
    ``\\langle g_1, g_2 \\rangle``, or of two written vectors ``\\langle (1,0,1), (2,0,1) \\rangle``) as written."""
    m = _PARTS.match(group)
    if m is None:
        return group
    inside, after = _RIGHT.sub("", m.group(1)), m.group(2)
    comma = ";" if len(split_top(inside, ";")) > 1 else ","
    entries = split_top(inside, comma)
    if any(not e for e in entries) or len(entries) < 2:
        return group
    numbers = all(_NUMERIC.fullmatch(e) and not _WRITTEN_VECTOR.search(e) for e in entries)
    if len(entries) >= 3 or after.strip() or numbers:
        return "(" + f"{comma} ".join(entries) + ")" + after
    return group
