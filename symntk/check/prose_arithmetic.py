"""A chain of numbers after a left side in words (``sum of 2×2 principal minors $= (36-25) + (93-49) + (372-361)
= 11 + 44 + 11 = 66$``): the members after the first are its arithmetic, read like the same chain written alone."""

from __future__ import annotations

import dataclasses

from .nodes import Chain, Func, Sym, Text
from .predicates import walk
from .syntax import UnreadableError, parse


def numeric_chain(seg) -> tuple[object, Chain] | None:
    """(the segment without its leading ``=``, its chain) when it is ``= a = b …`` with at least two members, every
    one of them numbers only and every relation ``=``; None otherwise."""
    text = seg.text.lstrip()
    if not text.startswith("=") or text.startswith("=="):
        return None
    rest = text[1:]
    try:
        chain = parse(rest)
    except (UnreadableError, RecursionError):
        return None
    if not isinstance(chain, Chain) or len(chain.members) < 2 or any(r != "=" for r in chain.rels):
        return None
    if any(isinstance(n, (Sym, Func, Text)) for m in chain.members for n in walk(m.node)):
        return None
    return dataclasses.replace(seg, text=rest), chain
