"""A count of parameters whose number ends a piece of inline math and whose word follows it in prose
(``\\( \\theta=(…) \\rightarrow 7 \\) Parameter``, ``$… \\Rightarrow 7$ parameters``): the word moved into the math.

Mathpix (and hand typing) close the math after the number, so the math ends in an arrow and a bare number, which
reads as nothing, and the prose word after it names what the number counts. Rewritten as ``… \\Rightarrow 7
\\text{Parameter}``, the math says "so P = 7" the way :mod:`symntk.check.split` reads a count in words inside
math. Only an arrow (``\\rightarrow``, ``\\Rightarrow``, ``\\to``, ``\\implies``, ``→``, ``⇒``) right before the
number counts: ``$x_1 = 7$ parameters`` is left alone. One linear pattern; lines are kept.
"""

from __future__ import annotations

import re

from .prose import COUNT_WORDS

_ARROWS = r"\\(?:rightarrow|Rightarrow|to|implies|longrightarrow|Longrightarrow)(?![A-Za-z])|→|⇒"
_TRAILING = re.compile(r"(?:" + _ARROWS + r")[ \t]{0,3}(\d{1,4})[ \t]{0,3}(\\\)|\$)[ \t]{0,3}"
                       r"(" + "|".join(COUNT_WORDS) + r")(?![^\W\d_])", re.I)


def trailing_counts(text: str) -> str:
    """``… \\rightarrow 7 \\) Parameter`` → ``… \\Rightarrow 7 \\text{Parameter}\\)`` (the same for ``$``)."""
    if "arrow" not in text and "\\to" not in text and "\\implies" not in text and "→" not in text \
            and "⇒" not in text:
        return text
    return _TRAILING.sub(lambda m: f"\\Rightarrow {m.group(1)} \\text{{{m.group(3)}}}{m.group(2)}", text)
