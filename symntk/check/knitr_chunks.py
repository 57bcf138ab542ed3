"""R Markdown knitted to Markdown: a code chunk and the output fences knitr writes after it read as one R session.

knitr (``github_document``, ``md_document``) writes each ``r`` chunk as a fence of its own (```` ```r ````) and what it
printed as plain fences below it, every line starting ``##`` (one fence per printed result). The R session reader
(:mod:`symntk.check.r_console`) pairs printed values with the statements that printed them within one fence, so the
fences of one chunk are joined: the fence lines between them become blank lines of the session, line for line (the
report's line numbers stay the file's). Only fences whose every non-blank line starts with ``##`` are joined, and only
when blank lines alone stand between them and the chunk.
"""

from __future__ import annotations

import re

_R_OPEN = re.compile(r"^\s{0,3}(`{3,}|~{3,})\s*(?:r|R|\{\s*[rR]\b[^}\n]{0,200}\})\s*$")
_PLAIN_OPEN = re.compile(r"^\s{0,3}(`{3,}|~{3,})\s*(?:text|output|)\s*$")
_PRINTED = re.compile(r"^\s*##(?:\s|$)")
MAX_LINES = 20000


def _close(lines: list[str], start: int, fence: str) -> int | None:
    """The line closing the fence opened at ``start`` with ``fence``, or None."""
    for n in range(start + 1, min(len(lines), MAX_LINES)):
        if lines[n].strip() == fence:
            return n
    return None


def _output_fence(lines: list[str], after: int) -> tuple[int, int] | None:
    """(open, close) of a fence of knitr's output right after line ``after`` (blank lines between), or None."""
    n = after + 1
    while n < len(lines) and not lines[n].strip():
        n += 1
    if n >= len(lines) or not (m := _PLAIN_OPEN.match(lines[n])):
        return None
    end = _close(lines, n, m.group(1))
    body = [line for line in lines[n + 1:end] if line.strip()] if end is not None else []
    if not body or not all(_PRINTED.match(line) for line in body):
        return None
    return n, end


def knitted_chunks(text: str) -> str:
    """``text`` with each knitted R chunk and its output fences joined into one fence (see the module doc)."""
    if "##" not in text or "```" not in text and "~~~" not in text:
        return text
    lines = text.split("\n")
    n = 0
    while n < min(len(lines), MAX_LINES):
        m = _R_OPEN.match(lines[n])
        end = _close(lines, n, m.group(1)) if m else None
        if m and end is None:
            break   # no fence closes below this one: none below it can close either (one pass, never quadratic)
        if end is None:
            n += 1
            continue
        while (output := _output_fence(lines, end)) is not None:
            lines[end] = lines[output[0]] = ""
            end = output[1]
        n = end + 1
    return "\n".join(lines)
