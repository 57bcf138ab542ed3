"""A layer's block of a gradient labelled with a word for "part" (``- $b^{[1]}$ part: $(1, -1)$``, ``W^{[1]} part:
$(0, 0, 1, -1)$``, ``$W^{[2]}$-Teil: $(1, 1)$``): the derivative of f with respect to that layer, written
``$\\partial f/\\partial b^{[1]} = (1, -1)$`` so the claim rules read it (at the datapoint the block is under).

Only a whole layer ``W^{[l]}`` / ``b^{[l]}`` (in math or bare), then the word, then a colon and inline math; a
label without the word (``$b^{[2]}$: 1``, which may give the parameter's value) is left as written. Every pattern
is linear and bounded.
"""

from __future__ import annotations

import re

PART_WORDS = ("part", "block", "parte", "teil", "bagian", "sehemu", "del", "deel", "część", "rész", "osa", "hluti")
_LAYER = r"([Wb])\^\{\[([1-9])\]\}"
_PART = re.compile(r"(?<![\w\\])(?:\$\s?" + _LAYER + r"\s?\$|" + _LAYER + r")[ \t]?-?[ \t]?(?:" +
                   "|".join(PART_WORDS) + r")\b[ \t]{0,3}:[ \t]{0,3}\$([^$\n]{1,600})\$", re.I)


def layer_parts(text: str) -> str:
    """``text`` with each labelled block ``<layer> part: $v$`` written ``$\\partial f/\\partial <layer> = v$``."""
    def one(m: re.Match) -> str:
        kind, layer = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        return f"$\\partial f/\\partial {kind}^{{[{layer}]}} = {m.group(5).strip()}$"

    return "\n".join(_PART.sub(one, line) if len(line) <= 2000 else line for line in text.split("\n"))
