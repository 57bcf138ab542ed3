"""A chain whose last member was left unfinished (``det(K − λI) = (8 − λ)(19 − λ) − 144 = λ² − 27λ +``, ran out
of time; ``K_12 = 12 = 2 \\cdot``; ``det(K − λI) = (8 − λ)(19 − λ) − 144 = ...``, left for later): the members
before it are claims, the unfinished one is not.

The cut is at the chain's last relation at top level (outside every bracket and brace), and only when the
text ends with a binary operator (``+``, ``-``, ``\\cdot``, ``\\times``, ``/``, ``\\pm``) or its last member is only an
ellipsis or a question mark (``= ...``, ``= …``, ``= \\dots``, ``= ?``), and keeps a relation after the cut.
"""

from __future__ import annotations

import re

_DANGLING = re.compile(r"(?:[+\-−*/·]|\\cdot|\\times|\\pm|\\mp)\s*$"
                       r"|(?:=|≈|\\approx)\s*(?:\.{2,4}|…|\\[lc]?dots|\?{1,3})\s*$")   # or is only "…" or "?"
_RELATION = re.compile(r"=|\\approx(?![A-Za-z])|≈")
_OPENS, _CLOSES = "([{", ")]}"


def finished_part(text: str) -> str | None:
    """``text`` up to its last top-level relation when its last member ends with a binary operator or is only an
    ellipsis or a question mark, else None."""
    if not _DANGLING.search(text):
        return None
    depth, last = 0, None
    relations = []
    for i, ch in enumerate(text):
        if ch in _OPENS:
            depth += 1
        elif ch in _CLOSES:
            depth -= 1
        elif depth == 0 and _RELATION.match(text, i) and text[max(0, i - 1):i] not in ("<", ">", "!", "\\"):
            relations.append(i)
    if depth != 0 or len(relations) < 2:
        return None
    last = relations[-1]
    head = text[:last].rstrip()
    return head if head and _RELATION.search(head) else None


_LATER = re.compile(r"(?:=|≈|\\approx)\s{0,4}(?:\.{2,4}|…|\\[lc]?dots|\?{1,3})\s{0,4}(?:\${1,2}|\\\])?\s{0,4}$")


def left_for_later(line: str, claimed: str) -> bool:
    """The learner's ``line`` ends in a relation to an ellipsis or a question mark (``… − 144 = ...``, ``= \\dots``,
    ``= ?``) and the member before it, ``claimed``, is a formula in letters (``(8 − λ)(18 − λ) − 144``), not a sum of
    numbers: that step is finished and the next one left for later, so the member is a claim of its own."""
    return bool(_LATER.search(line.rstrip())) and bool(re.search(r"[A-Za-zα-ωΑ-Ω]", claimed or ""))
