"""The prose between a formula and inline math that starts with ``=`` (``$= 12$``): whether the math continues that
formula. ``$K_{12} = 2+6+1$ $= 9$``, ``… so $= 9$``, ``… og $= 9$`` continue it; ``$\\operatorname{tr}K = 46$, 2×2
주소행렬식 합 $= (36-25) + … = 66$`` does not: the words name another quantity (here the sum of the principal minors),
in a language or wording the checker need not know.

The rule is a whitelist: the math continues the formula before only when every word in the prose between them (on
its line, since the last math or the start of the line) is a connective from :data:`CONTINUING`; any other word
starts a new quantity whose name is prose. Such math is then read softly: an arithmetic chain is judged as arithmetic,
anything else is context, never a claim about the formula before it.
"""

from __future__ import annotations

import re

from .linking_words import LINKING_WORDS

CONTINUING = frozenset(word for phrase in LINKING_WORDS for word in re.findall(r"[^\W\d_]+", phrase.lower())) | {
    # English
    "so", "thus", "hence", "therefore", "then", "and", "also", "which", "gives", "give", "get", "we", "or", "that",
    "this", "simplifies", "simplified", "finally", "further", "again", "more", "precisely", "in", "total", "all",
    "factorises", "factorizes", "factorised", "factorized", "factors", "factoring", "factorising", "factorizing",
    "expands", "expanded", "expanding", "simplifying", "rearranged", "nicely", "neatly", "actually", "always", "just",
    "simply", "exactly", "indeed", "now", "here", "fact", "really", "still", "clearly", "obviously",
    # German, Dutch, Scandinavian, Icelandic
    "und", "damit", "folglich", "somit", "daher", "insgesamt", "en", "dan", "og", "þá", "fæst", "sem", "gefur", "því",
    "svo", "samtals", "så", "då", "blir", "dermed", "altså", "reyndar", "alltaf", "bara", "einmitt", "nú", "hér",
    "eigentlich", "immer", "genau", "einfach", "eben", "wieder", "jetzt", "hier", "faktorisiert", "ausmultipliziert",
    "altijd", "precies", "gewoon", "alltid", "bare", "akkurat",
    # Romance
    "et", "ainsi", "puis", "y", "e", "portanto", "assim", "dunque", "poi", "totale", "toujours", "justement", "bien",
    "siempre", "justo", "sempre", "proprio", "appunto", "factorise", "factoriza", "fattorizza",
    # Polish, Czech, Hungarian, Finnish, Turkish, Vietnamese
    "i", "oraz", "tedy", "tehát", "így", "és", "ja", "niin", "yani", "ve", "vậy", "nên", "thì", "và",
}
_WORDS = re.compile(r"[^\W\d_]{2,}")


def continues(text: str, at: int) -> bool:
    """Whether inline math whose opener is at ``text[at]`` and that starts with a relation may continue the formula
    before it: the words in the prose since the last ``$`` (or the line's start) are all in :data:`CONTINUING` (or
    there are none)."""
    start = max(text.rfind("\n", 0, at), text.rfind("$", 0, at)) + 1
    gap = text[start:at]
    return all(word.lower() in CONTINUING for word in _WORDS.findall(gap))
