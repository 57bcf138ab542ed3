"""A chain whose last member was left unfinished (``det(K − λI) = (8 − λ)(19 − λ) − 144 = λ² − 27λ +``, ran out
of time; ``K_12 = 12 = 2 \\cdot``): the members before it are claims, the unfinished one is not.

The cut is at the chain's last relation at top level (outside every bracket and brace), and only when the
text ends with a binary operator (``+``, ``-``, ``\\cdot``, ``\\times``, ``/``, ``\\pm``) and keeps a relation
after the cut.
"""

from __future__ import annotations

import re

_DANGLING = re.compile(r"(?:[+\-−*/·]|\\cdot|\\times|\\pm|\\mp)\s*$")
_RELATION = re.compile(r"=|\\approx(?![A-Za-z])|≈")
_OPENS, _CLOSES = "([{", ")]}"


def finished_part(text: str) -> str | None:
    """``text`` up to its last top-level relation when its last member ends with a binary operator, else None."""
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
