"""Index letters glued to a one-letter name in plain text: ``∂f/∂wij = vj · xi``, ``df/dbk = vk``.

Notes typed without underscores write a general entry's indices straight after its letter, as they write
``w11`` for an entry. A line that differentiates by such a name (``∂f/∂wij``, ``d f/d bi``, ``∂f/∂Wjk``)
says which letters are its indices (i to n); on that line every one-letter name followed by those index
letters only (``vj``, ``xi``, ``hi``) is the indexed name: ``∂f/∂w_{ij} = v_{j} · x_{i}``, which the index
notation reads for every entry. Lines with no such derivative stay as written, so words (``in``, ``hi``)
elsewhere are never touched. A layer's digit may stand between the letter and its indices (``df/dw1j = w2j ·
relu'(z_j) · x``, the notes' ``w11``, ``w21`` being units' weights): the name keeps it, ``w1_{j}``, ``w2_{j}``,
so each instance is the notes' own ``w1_{1}``, ``w2_{1}``.

Each line is scanned by two plain regular expressions without nested repetition: linear in its size.
"""

from __future__ import annotations

import re

# the variable of a derivative: ∂f/∂wij, df/dbi, ∂f/∂ Wjk, \partial f/\partial vi
_BY_GLUED = re.compile(r"(/\s?(?:∂|\\partial\s?|d)\s?)([A-Za-z][1-9]?)([i-n]{1,2})(?![A-Za-z0-9_{(])")
_GLUED = re.compile(r"(?<![A-Za-z\\_^{])([A-Za-z][1-9]?)([i-n]{1,2})(?![A-Za-z0-9_{(])")


def _line(line: str) -> str:
    letters = {ch for m in _BY_GLUED.finditer(line) for ch in m.group(3)}
    if not letters:
        return line
    line = _BY_GLUED.sub(r"\1\2_{\3}", line)

    def index(m: re.Match) -> str:
        return f"{m.group(1)}_{{{m.group(2)}}}" if set(m.group(2)) <= letters else m.group(0)

    return _GLUED.sub(index, line)


def glued_indices(text: str) -> str:
    """``text`` with the index letters glued to names on lines that differentiate by such a name written as
    scripts (see the module doc); line breaks are kept."""
    if not _BY_GLUED.search(text):
        return text
    return "\n".join(_line(line) for line in text.split("\n"))
