"""The notes' own index letters (a, m, n, …) for units, renamed to the index letters the checker reads (i, j, k).

A learner in index notation may name the hidden unit by any letter: ``h_a = W^{(1)}_a x + b^{(1)}_a``,
``∂_{W^{(2)}_m} f = σ(z_m)``, ``Σ_{a=1}^{2}``. A letter is such an index letter when the notes use it as the
subscript of a parameter with its layer written (``W^{(1)}_a``, ``b^{[2]}_n``): no name has a layer and a letter
for its entry otherwise. In every segment, that letter in a subscript (``z_a``, ``δ_{ab}``) and under a Σ
(``\\sum_{a=1}^{2}``, ``\\sum_a``) is renamed to one of i, j, k that the segment does not use yet, so index
notation (:mod:`.index_notation`) reads it as it reads ``z_i``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .source import Segment

# the letters that never index units: the input, e, d (differentials), f, and the checker's own index letters
_NOT_INDEX = set("ijkxedf")
_LAYERED = re.compile(r"(?<![A-Za-z\\])[Wwb]\s*\^\s*\{\s*[\[(]\s*\d\s*[\])]\s*\}\s*_\s*(?:\{\s*([a-z])\s*\}|([a-z]))"
                      r"(?![A-Za-z])")
_SUB = re.compile(r"(_\s*)(\{[a-z,\s]{1,6}\}|[a-z](?![A-Za-z]))")
_SUM = re.compile(r"((?:\\sum|Σ|∑)\s*_\s*\{?\s*)([a-z])(?![A-Za-z])")
_USED = re.compile(r"(?<![A-Za-z\\])([ijk])(?![A-Za-z])")


def own_index_letters(segments: list[Segment]) -> set[str]:
    """The letters other than i, j, k that the notes put as the subscript of a layered parameter."""
    found = {m.group(1) or m.group(2) for seg in segments for m in _LAYERED.finditer(seg.text)}
    return found - _NOT_INDEX


def renamed(seg: Segment, letters: set[str]) -> Segment:
    """``seg`` with each of ``letters`` in its subscripts and Σ bounds renamed to a free one of i, j, k; ``seg``
    itself when it uses none of them or when too few of i, j, k are free."""
    present = sorted(letters & {c for m in _SUB.finditer(seg.text) for c in m.group(2) if c.isalpha()})
    if not present:
        return seg
    free = [c for c in "ijk" if c not in {m.group(1) for m in _USED.finditer(seg.text)}]
    if len(free) < len(present):
        return seg
    table = dict(zip(present, free))

    def sub(m: re.Match) -> str:
        return m.group(1) + "".join(table.get(c, c) for c in m.group(2))

    text = _SUM.sub(lambda m: m.group(1) + table.get(m.group(2), m.group(2)), _SUB.sub(sub, seg.text))
    return replace(seg, text=text)
