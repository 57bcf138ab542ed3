"""The argument groups of LaTeX macros, scanned as :mod:`symntk.check.physics_pkg` reads them: a balanced group
within a scanning budget shared by all groups, a star after a macro's name, the next character, the parts
between top-level commas, and the splice that rewrites each use of a macro (shared with :mod:`symntk.check.siunitx`)."""

from __future__ import annotations

import re
from collections.abc import Callable

MAX_GROUP = 4000


def star_end(text: str, at: int) -> int | None:
    """The position after a star right after a macro's name (``\\pdv*``, ``\\vb*``), or None."""
    return at + 1 if text.startswith("*", at) else None


def next_char(text: str, at: int) -> str:
    """The first character at or after ``at`` that is not a space or tab."""
    while at < len(text) and text[at] in " \t":
        at += 1
    return text[at] if at < len(text) else ""


def scan_group(text: str, at: int, opening: str, closing: str, budget: list[int]) -> tuple[str, int] | None:
    """The group opened by ``opening`` at ``at`` (spaces before it allowed), balanced in braces and in its own
    delimiters: (its inside, the position after it). An escaped character (``\\{``, ``\\|``) is no delimiter."""
    while at < len(text) and text[at] in " \t":
        at += 1
    if at >= len(text) or text[at] != opening:
        return None
    own = braces = 0
    n, end = at + 1, min(len(text), at + MAX_GROUP, at + 1 + max(0, budget[0]))
    start = n
    while n < end:
        ch = text[n]
        if ch == "\\":
            n += 2
            continue
        if ch == closing and braces == 0 and own == 0:
            budget[0] -= n - start
            return text[at + 1:n], n + 1
        if ch == "{":
            braces += 1
        elif ch == "}":
            braces -= 1
            if braces < 0:
                budget[0] -= n - start
                return None
        elif ch == opening and opening != closing and braces == 0:
            own += 1
        elif ch == closing and braces == 0:
            own -= 1
        n += 1
    budget[0] -= n - start
    return None


def top_level_split(text: str) -> list[str]:
    """The parts of a text between its commas outside braces (``W_{1,1}, b`` → ``W_{1,1}``, ``b``)."""
    parts, depth, start = [], 0, 0
    for n, ch in enumerate(text):
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(text[start:n].strip())
            start = n + 1
    parts.append(text[start:].strip())
    return [p for p in parts if p]


def rewrite_uses(text: str, uses: re.Pattern, rewrite: Callable[[re.Match], tuple[str, int] | None]) -> str:
    """``text`` with each use of a macro (a match of ``uses``, left to right, none inside a use already rewritten)
    replaced by what ``rewrite`` gives for it: (its new text, the index where the use ends); a use it gives None
    for is kept as written."""
    out, last = [], 0
    for m in uses.finditer(text):
        if m.start() < last:
            continue
        found = rewrite(m)
        if found is None:
            continue
        out.append(text[last:m.start()])
        out.append(found[0])
        last = found[1]
    out.append(text[last:])
    return "".join(out)
