"""The lines whose words say that the given values are put into a formula: ``með gefnu W^{[2]}``,
``W^{[2]} eingesetzt``, ``with the given values``, ``en remplaçant``, ``sustituyendo``.

On such a line a formula that names some parameters and writes the others as their given values is read with
those values put in even when all of them are 0 and 1 (``σ(W_{11} x + b_1) + σ(W_{21} x + b_2)`` with the
given W^{[2]} = (1, 1) and b^{[2]} = 0), where without the words dropping a factor 1 or a zero bias stays wrong.
"""

from __future__ import annotations

import re

_PUT_IN = re.compile(
    r"(?<![^\W\d_])(?:"
    r"given\s+(?:values?|weights?|parameters?|W|b)|given(?=\s*\$)|with\s+(?:the\s+)?(?:given\s+)?values?|plugg(?:ed|ing)\s+in"
    r"|substitut(?:ed|ing)|insert(?:ed|ing)|put(?:ting)?\s+in"
    r"|með\s+gefn(?:u|um|ri|inni)|með\s+gildum|gefn(?:u|um)\s+gild|innsett|sett\s+inn|settum\s+inn"
    r"|mit\s+(?:dem\s+|den\s+)?gegebene[mn]?|(?:ein)?gesetzt|einsetzen|eingesetzt"
    r"|en\s+remplaçant|remplacé|avec\s+les\s+valeurs|sustituyendo|sustituido|con\s+los\s+valores"
    r"|insatt|indsat|ingevuld)(?![^\W\d_])", re.I)


def put_in_lines(text: str) -> set[int]:
    """The numbers (1-based) of the lines of ``text`` that say in words that given values are put in."""
    return {i for i, line in enumerate(text.split("\n"), 1) if _PUT_IN.search(line)}
