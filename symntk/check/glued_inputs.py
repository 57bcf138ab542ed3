"""A numbered short name glued to the input letter in plain text: ``w1x + b1`` is ``w1 x + b1``.

Notes typed without spaces or multiplication signs write a learner's own numbered names (``w1``, ``v2``,
``W1``) straight before the input ``x``: ``f(x) = v1(w1x + b1) + v2(w2x + b2) + c``, ``∂f/∂v1 = w1x + b1``.
``w1x`` is read as ``w1 x`` when the notes also write ``w1`` on its own (so it is one of their names) and
never define ``w1x`` itself (``w1x = …``); the x may carry a datapoint's index (``w1x₁``). Other text stays.

One plain regular expression without nested repetition per scan: linear in the text's size.
"""

from __future__ import annotations

import re

_GLUED = re.compile(r"(?<![A-Za-z0-9_\\])([A-Za-z]\d{1,2})x(?![A-Za-z0-9_^{(])")
_WORD = re.compile(r"(?<![A-Za-z0-9_\\])([A-Za-z]\d{1,2})(?![A-Za-z0-9_])")
_DEFINED = re.compile(r"(?<![A-Za-z0-9_\\])([A-Za-z]\d{1,2}x)\s{0,3}(?::=|=)")


def glued_inputs(text: str) -> str:
    """``text`` with every glued ``<name>x`` whose name the notes use on its own written ``<name> x``."""
    if not _GLUED.search(text):
        return text
    names = {m.group(1) for m in _WORD.finditer(text)}
    defined = {m.group(1)[:-1] for m in _DEFINED.finditer(text)}

    def spaced(m: re.Match) -> str:
        name = m.group(1)
        return f"{name} x" if name in names and name not in defined else m.group(0)

    return _GLUED.sub(spaced, text)
