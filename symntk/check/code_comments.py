"""Comment lines of working written as code as notes' math, what the line above a statement says of it, and docstrings
and block comments copied as prose.

* ``+-`` is ``±`` (``# lam = (27 +- sqrt(697)) / 2``), ``lam``/``lambda`` in a comment with ``=`` is ``λ``;
* assignments in one comment set apart by runs of spaces (``W1 = 1   b1 = 0``) are a list with commas;
* a bare ``n = 7`` under a line assigning θ or naming the parameters counts them (:func:`after_theta`).

Every pattern is linear and bounded.
"""

from __future__ import annotations

import re

MAX_LINES = 2000
PLUS_MINUS = re.compile(r"\+\s{0,2}-(?=\s{0,4}[\w(√])")
_COMMENT_LAMBDA = re.compile(r"\b(?:lam|lambda|lmbda)\b(?![ \t]{0,2}[A-Za-z])")
_COUNT_CONTEXT = re.compile(r"^\s{0,8}theta\w{0,12}\s{0,8}=|param", re.I)
SPACED = re.compile(r"([^\s,;:])\s{2,12}(?=[A-Za-z_][\w^()\[\]]{0,20}\s{0,3}=)")


def comment_math(said: str) -> str:
    """A comment line's math as notes: ``+-`` as ``±`` (``lam = (27 +- sqrt(5)) / 2``), ``lam`` as ``λ`` in a
    comment with ``=``, and assignments set apart by spaces as a list (:func:`spaced_list`)."""
    said = PLUS_MINUS.sub("±", said)
    if "=" in said:
        said = _COMMENT_LAMBDA.sub("λ", said)
    return spaced_list(said)


def spaced_list(said: str) -> str:
    """Assignments in a comment set apart by runs of spaces (``W1 = 1   b1 = 0``) as a list with commas."""
    if said.count("=") < 2:
        return said
    return SPACED.sub(r"\1, ", said)


def after_theta(lines: list[str], i: int, max_line: int = 2000) -> bool:
    """Whether the nearest non-blank line above line ``i`` assigns θ or speaks of parameters (so a bare ``n = 7``
    below it counts them)."""
    for k in range(i - 1, max(-1, i - 4), -1):
        if lines[k].strip():
            return bool(_COUNT_CONTEXT.search(lines[k][:max_line]))
    return False


def docstring(lines: list[str], out: list[str], i: int, quote: str) -> int:
    """Copy a docstring's lines as prose; returns the index after it."""
    first = lines[i].split(quote, 1)[1]
    if quote in first:
        out[i] = first.split(quote, 1)[0]
        return i + 1
    out[i] = first
    j = i + 1
    while j < len(lines) and j < MAX_LINES:
        if quote in lines[j]:
            out[j] = lines[j].split(quote, 1)[0]
            return j + 1
        out[j] = lines[j]
        j += 1
    return j


def block_comment(lines: list[str], out: list[str], i: int, close: re.Pattern[str], max_lines: int) -> int:
    """Copy a block comment's lines as prose; returns the index after it."""
    j = i + 1
    while j < len(lines) and j < max_lines and not close.match(lines[j]):
        out[j] = lines[j]
        j += 1
    return j + 1
