"""Julia code cells in Markdown notes (a ``julia`` fence, and the output fence right below it) read as lines of notes.

A fence tagged ``julia`` (or ``jl``) holds working written as code: its lines are read as a ``.jl`` file's
(:func:`symntk.check.code_files.code_notes`: comments are notes, assignments claims). The fence right below it
(after blank lines only), untagged or tagged ``output``/``text``, holds what Julia printed for the cell's last
statement, read by :func:`symntk.check.julia_output.printed_claims`. The fences' markers are blanked so the lines
are read as notes, each keeping its number. Sizes are bounded; every pattern is linear and anchored.
"""

from __future__ import annotations

import re

from .code_files import code_notes
from .julia_output import gradient_functions, julia_spelling, printed_claims

MAX_LINES = 3000
_OPEN = re.compile(r"^\s{0,3}(```|~~~)\s*(\w{0,12})\s*$")
_JULIA = ("julia", "jl", "julia-repl")
_OUTPUT = ("", "output", "text", "plaintext", "julia-output")


def _close(lines: list[str], start: int, mark: str) -> int:
    """Index of the fence line closing the fence opened at ``start``, or -1."""
    for k in range(start + 1, min(len(lines), MAX_LINES)):
        if lines[k].strip().startswith(mark) and not lines[k].strip()[len(mark):].strip():
            return k
    return -1


def julia_cells(text: str) -> str:
    """Notes with their ``julia`` fences and output fences rewritten as lines of notes (see the module doc); other
    text unchanged."""
    if "```julia" not in text and "```jl" not in text:
        return text
    lines = text.split("\n")
    gradients = gradient_functions(lines)
    i = 0
    while i < len(lines) and i < MAX_LINES:
        m = _OPEN.match(lines[i])
        if not m:
            i += 1
            continue
        end = _close(lines, i, m.group(1))
        if end < 0:
            return "\n".join(lines)
        if m.group(2).lower() not in _JULIA:
            i = end + 1
            continue
        body = [julia_spelling(line) for line in lines[i + 1:end]]
        code = [line for line in body if line.strip() and not line.lstrip().startswith("#")]
        read = code_notes("\n".join(body), "cell.jl").split("\n")
        lines[i] = lines[end] = ""
        lines[i + 1:end] = read[:end - i - 1]
        k = end + 1
        while k < len(lines) and k < end + 3 and not lines[k].strip():
            k += 1
        out = _OPEN.match(lines[k]) if k < len(lines) else None
        if out and out.group(2).lower() in _OUTPUT:
            close = _close(lines, k, out.group(1))
            if close > k and code:
                shown = [(n, lines[n]) for n in range(k + 1, close)]
                made = printed_claims(code[-1].split("#", 1)[0], shown, gradients)
                if made:
                    for n in range(k, close + 1):
                        lines[n] = made.get(n, "")
                end = close
        i = end + 1
    return "\n".join(lines)
