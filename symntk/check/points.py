"""Which datapoint the notes are at: labels written in prose at the start of a line (``**x_2 = 3:**``, ``## x_1 = 0``).

A learner often heads a block of values with the datapoint outside math, then
writes bare numbers (``z_1 = 3``); those numbers are at that datapoint until the
next label. A line that names several datapoints lists the data and labels none.
"""

from __future__ import annotations

import re

_SUBSCRIPTS = "₁₂₃₄₅₆₇₈₉"
_LABEL = re.compile(
    r"^(?:[\s#>*\-+]|\*\*|__|\d+[.)]\s)*"           # markdown: headings, bullets, bold
    r"(?:[^\W\d_]+\s+){0,2}"                          # up to two words: "at", "für den Punkt"
    r"\$?\s*(?:\\mathbf\{x\}|\\boldsymbol\{x\}|x)"
    r"(?:_\{?(\d)\}?|\^\{?\((\d)\)\}?|([" + _SUBSCRIPTS + r"]))"
    r"\s*(?:=\s*\(?[-\d.,\s]*\)?(?:\^T)?)?\s*\$?\s*(?:\*\*|__)?\s*(?::|\.|$|\*\*|&)")


def prose_points(text: str) -> dict[int, int]:
    """Line number (1-based) → the datapoint its label names, for lines that start with one."""
    out = {}
    for number, line in enumerate(text.splitlines(), start=1):
        m = _LABEL.match(line)
        if m is None:
            continue
        index = m.group(1) or m.group(2) or str(_SUBSCRIPTS.index(m.group(3)) + 1)
        out[number] = int(index)
    return out
