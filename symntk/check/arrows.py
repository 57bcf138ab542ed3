"""Results joined by an arrow for "so" in plain text (``K = [8 12; 12 19] \\to tr 27``) and a quantity named by
its word before its value (``tr 27``, ``det 152-144 = 8``) once a line is cut into pieces; a comma before such a
quantity word cuts too (``K = [[7, 10], [10, 15]], tr 22, det 5``).

Terse notes chain results with ``\\to``, ``⇒``, ``⟹``, ``->``, ``→`` or ``⟶`` where a page would start a new
sentence. In a plain-text piece (soft: read from prose) an arrow between two non-empty sides cuts it, and each side
is read on its own; a side that is a quantity word (tr, trace, spor, det) followed by a number or an arithmetic of
numbers is the claim ``tr K = …`` / ``det K = …``. Math typed between dollars is left as written.
One linear scan per piece.
"""

from __future__ import annotations

import re

from .source import Segment

_ARROW = re.compile(r"\s(?:\\to|\\rightarrow|\\Rightarrow|\\implies|⇒|⟹|→|⟶|->|=>)(?![A-Za-z])\s")
_QUANTITY = re.compile(r"^(tr|trace|spor|sporið|det|ákveða)\.?\s{1,3}(?:K\s{1,3})?(?:=\s{0,3})?(?=[-−\d(])", re.I)
_NAMES = {"tr": r"\operatorname{tr} K", "trace": r"\operatorname{tr} K", "spor": r"\operatorname{tr} K",
          "sporið": r"\operatorname{tr} K", "det": r"\det K", "ákveða": r"\det K"}


def named_quantity(text: str) -> str:
    """``tr 27`` → ``\\operatorname{tr} K = 27``, ``det 152-144 = 8`` → ``\\det K = 152-144 = 8``; else ``text``."""
    m = _QUANTITY.match(text)
    if m is None:
        return text
    return f"{_NAMES[m.group(1).lower()]} = {text[m.end():]}"


# "K = [[7, 10], [10, 15]], tr 22, det 5": a comma right before a quantity word and its number also cuts
_BEFORE_QUANTITY = re.compile(r"[,;]\s{1,3}(?=(?:tr|trace|spor|sporið|det|ákveða)\.?\s{1,3}(?:K\s{1,3})?(?:=\s{0,3})?"
                              r"[-−\d(])", re.I)


def arrow_pieces(seg: Segment) -> list[Segment]:
    """A soft piece cut at its arrows (both sides non-empty) and at a comma before a quantity word with its
    number (``K = …, tr 22, det 5``), each side with its quantity word read."""
    if not seg.soft or seg.display or seg.error or seg.fact:
        return [seg]
    sides = [part.strip() for side in _ARROW.split(seg.text) for part in _BEFORE_QUANTITY.split(side)]
    if len(sides) < 2 or not all(sides):
        return [Segment(seg.line, named_quantity(seg.text), False, soft=True)] if _QUANTITY.match(seg.text) else [seg]
    return [Segment(seg.line, named_quantity(side), False, soft=True) for side in sides]
