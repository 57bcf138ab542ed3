"""A letter ``D`` named the discriminant by the word before it (``판별식 $D = 7.03^2 - 4 \\cdot 6.36$``, ``the
discriminant $D = 100$``, ``Diskriminante: $D \\approx 24$``) is Δ: the letter, and ``D`` alone in the math after it
on that line (``$\\sqrt{D} \\approx 4.9$``), rewritten as ``\\Delta``."""

from __future__ import annotations

import re

from .discriminant_words import DISCRIMINANT_WORDS

_WORDS = "|".join(sorted((re.escape(w) for w in DISCRIMINANT_WORDS), key=len, reverse=True))
# the word, an optional "is"/":" (any language's short copula), then inline math that starts with D and a relation
_NAMED = re.compile(rf"(?<![^\W\d_])(?:{_WORDS})(?![^\W\d_])[ \t]{{0,3}}"
                    r"(?:(?:is|ist|est|es|er|är|on|je|jest|é|:)[ \t]{0,3})?:?[ \t]{0,3}"
                    r"\$\s*D(?=\s*(?:=|\\approx(?![A-Za-z])|≈))",
                    re.I)
_LETTER = re.compile(r"(?<![A-Za-z\\])D(?![A-Za-z])")
_MATH = re.compile(r"\$[^$\n]{1,400}\$")


def _line(line: str) -> str:
    m = _NAMED.search(line)
    if m is None:
        return line
    close = line.find("$", m.end())
    if close < 0:
        return line
    head, first, rest = line[:m.end() - 1], line[m.end():close + 1], line[close + 1:]
    return head + "\\Delta" + _LETTER.sub(r"\\Delta ", first) + \
        _MATH.sub(lambda s: _LETTER.sub(r"\\Delta ", s.group(0)), rest)


def discriminant_letter(text: str) -> str:
    """``text`` with every line's D that a word for the discriminant names (and the D after it on that line) as Δ."""
    if "D" not in text:
        return text
    return "\n".join(_line(line) if "D" in line else line for line in text.split("\n"))
