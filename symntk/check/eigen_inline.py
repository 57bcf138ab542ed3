"""Eigenvalues named in words before inline math that is only their values: ``Eigenwerte der Blöcke:
$11 \\pm \\sqrt{116}$ und $\\tfrac{43 \\pm \\sqrt{1733}}{2}$``, ``the eigenvalues are $20$ and $7$``.

The plural word for eigenvalues (any language :mod:`symntk.check.word_results` knows), with an optional ``of
…``/``der …``/``von K`` (two words at most) or ``$K$`` alone, an optional colon or verb, then inline math with no
relation whose only letters are ``\\pm``, ``\\sqrt`` and fractions, is the claim ``λ = value``, or ``λ ≈ value``
after a word for "about" (``the eigenvalues are about $97.58$ and $1.42$``, ``eru um það bil``) or when the math
itself starts with ``≈`` (``eru $\\approx 25{,}23$``: the eigenvalues' own relation, not a step continuing the math
before); a bare genitive may stand for ``of …`` when a verb follows (``Eigingildi kjarnans eru``); the math after it
joined by a comma or the word for "and" is another such value. Each pattern is bounded, without nested repetition
over the same text.
"""

from __future__ import annotations

import re

from .word_results import _EIGEN_WORDS

_OF = r"(?:of|der|von|des|af|de|du|di|dei|van|của)"
_QUALIFIER = (r"(?:[ \t]{1,3}" + _OF + r"(?:[ \t]{1,3}(?:\$\s?K\s?\$|[^\W\d_]{1,20})){1,2}"
              r"|[ \t]{1,3}\$\s?K\s?\$)?")   # "of K", or K's math alone after the word ("eigingildi $K$ eru")
_SAYS = r"(?:[ \t]{0,3}(?::|are|is|sind|ist|sont|eru|er|son|são|zijn|sind also|also|là|bằng)(?![\w]))"
_VERB = _SAYS + "?"
# "about": the values that follow are rounded (λ ≈ value), any of these words right after the verb
_ABOUT = r"(?:[ \t]{1,3}(?P<about>approximately|approx\.|about|roughly|around|circa|ca\.|etwa|ungefähr|rund|" \
    r"environ|um það bil|u\.þ\.b\.|um|cerca de|aproximadamente|ongeveer|ungefär|omkring|cirka|noin|≈))?"
_EARLIER = r"(?:\$[^$=<>\n]{1,120}\$[ \t]{0,3}(?:,|und|and|og|et|y|och|e|en|ja|và|és|aur|और)[ \t]{1,3}){0,3}"
# a bare genitive in place of "of …" (``Eigingildi kjarnans eru``), read only when a verb or colon follows it
_GENITIVE = r"[ \t]{1,3}[^\W\d_]{1,20}" + _SAYS
_BEFORE = re.compile(r"(?<![\w\\])(?:" + _EIGEN_WORDS + r")(?:" + _QUALIFIER + _VERB + "|" + _GENITIVE + ")" + _ABOUT +
                     r"[ \t]{0,3}" + _EARLIER + "$", re.I)
_ALLOWED = re.compile(r"\\(?:pm|mp|sqrt|frac|tfrac|dfrac|cdot|,|;|!|quad|left|right)(?![A-Za-z])")
_RELATION = re.compile(r"=|<|>|\\approx|≈|\\le|\\ge|\\to|\\Rightarrow|\\implies")
# math that itself starts with "≈" or "=" after the eigenvalue words (``eru $\approx 25{,}23$``): the relation is
# the eigenvalues' own, not a step continuing the math before
_LEAD = re.compile(r"\s{0,3}(?P<about>\\approx(?![A-Za-z])|≈)?(?(about)|=)")


def eigenvalues_named(text: str, at: int, body: str) -> str | None:
    """``λ = body`` when the prose right before the inline math at ``at`` names eigenvalues (see the module doc),
    else None."""
    lead = _LEAD.match(body)
    if lead is not None:
        body = body[lead.end():].lstrip()
    if len(body) > 200 or _RELATION.search(body) or not re.search(r"\d", body):
        return None
    if re.search(r"[A-Za-z]", _ALLOWED.sub(" ", body)):
        return None
    start = text.rfind("\n", 0, at) + 1
    named = _BEFORE.search(text[max(start, at - 200):at])
    if named is None:
        return None
    about = named.group("about") or (lead is not None and lead.group("about"))
    return f"\\lambda \\approx {body}" if about else f"\\lambda = {body}"
