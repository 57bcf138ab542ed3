"""Eigenvalues given again as decimals after the math that found them: ``the eigenvalues are
$\\lambda = (7.991 \\pm 5.724)/2$, which is about 6.86 and 1.14``, ``$\\lambda = 11 \\pm \\sqrt{116}$, which is about
$21.77$ and $0.23$``, ``$\\lambda = 9 \\pm 4$, sem er 13 og 5``, ``also etwa 6,86 und 1,14``.

A linking phrase (``which is``/``which are``/``which gives``, ``i.e.``, ``that is``, ``sem er``/``sem eru``,
``þ.e.``, ``semsagt``, ``so``, ``namely``, ``also``, ``d.h.``, ``das sind``, ``dvs.``, ``alltså``, ``vilket ger``,
``eli``, ``siis``) with an optional word for "about", then two or more numbers (bare or each in its own inline math)
joined by commas or the word for "and", is the claim ``λ ≈ a, b`` (``λ = a, b`` without the word for "about") when
the phrase comes right after inline math that names λ (``\\lambda``, ``λ``), or the same sentence names the
eigenvalues in words before it. Every pattern is bounded and without nested repetition (linear time).
"""

from __future__ import annotations

import re

from .word_results import EIGEN_WORDS

_NUMBER = r"[-−]?\d{1,9}(?:(?:\.|\{,\})\d{1,12})?(?!\w|\.\d|\{,\})"
_ITEM = r"(?:\$\s{0,2}" + _NUMBER + r"\s{0,2}\$|" + _NUMBER + r"(?![\w$]))"
_AND = r"(?:og|and|und|och|ja|et|y|e|en|i)"
_JOIN = r"\s{0,3}(?:,(?:\s{0,3}" + _AND + r"\b)?|\b" + _AND + r"\b)\s{0,3}"
_LINK = (r"(?:which\s{1,3}(?:is|are|gives?|makes?)|that\s{1,3}is,?|i\.\s?e\.,?|giving|sem\s{1,3}(?:er|eru|gefur|gefa)|"
         r"þ\.\s?e\.|sem\s?sagt|semsé|namely|so|nämlich|altså|dus|also|d\.\s?h\.|das\s{1,3}(?:ist|sind|ergibt|gibt)|dvs\.?|alltså|vilket\s{1,3}(?:är|ger)|eli|siis)")
_ABOUT = (r"(?:about|approx\.?|approximately|roughly|ca\.|≈|u\.þ\.b\.|um það bil|um|etwa|ungefähr|ungefär|cirka|"
          r"noin|environ)")
_LINKED = re.compile(r"\s{0,3},?\s{0,3}" + _LINK + r"\s{1,3}(?:(" + _ABOUT + r")\s{1,3})?(" + _ITEM + r"(?:" + _JOIN +
                     _ITEM + r"){1,5})(?!\s{0,3}[-−+·*×/^=(]|\w)", re.I)
# words after a number that make it a ratio or a share, not an eigenvalue ("i.e. about $68$ times $\lambda_2$")
_GOES_ON = (r"\s{0,3}(?:%|\\%|(?:percent|per\s?cent|prósent\w{0,2}|Prozent|per\s?cento|pour\s?cent|times|mal|sinnum|"
            r"volte|fois|veces|fach|of|af|von|di|larger|smaller|bigger|greater|more|less|größer|kleiner|stærr\w{0,2}|"
            r"minn\w{0,2}|maggiore|minore)(?!\w))")
_LINKED_ONE = re.compile(r"\s{0,3},?\s{0,3}" + _LINK + r"\s{1,3}(?:(" + _ABOUT + r")\s{1,3})?(" + _ITEM + r")"
                         r"(?!" + _JOIN + _ITEM + r")(?!\s{0,3}[-−+·*×/^=(<>]|\w)(?!" + _GOES_ON + r")", re.I)
# math that gives one eigenvalue by its name (``\lambda_1 \approx 3{,}2930``): the name, for a value linked after it
_ONE_NAMED = re.compile(r"^\s{0,2}(\\lambda_\{?(?:\d|\\?max|\\?min)\}?|λ_?[₁₂₃1-9])\s{0,2}(?:=|\\approx(?![a-zA-Z])|≈)")
_MATH = re.compile(r"\$([^$\n]{1,400})\$")
_LAMBDA = re.compile(r"\\lambda(?![a-zA-Z])|λ")
_EIGEN = re.compile(r"(?<![\w\\])(?:" + EIGEN_WORDS + r")(?!\w)", re.I)
_ONE = re.compile(_NUMBER)


def linked_eigenvalues(raw: str) -> list[tuple[str, tuple[int, int]]]:
    """(claim as math, span in ``raw``) for every list of eigenvalues given after a linking phrase (module doc)."""
    out = []
    for math in _MATH.finditer(raw):
        m = _LINKED.match(raw, math.end())
        named = _ONE_NAMED.match(math.group(1))
        one = _LINKED_ONE.match(raw, math.end()) if m is None and named else None
        if one is not None:   # "$\lambda_1 \approx 3{,}2930$, þ.e. um $3{,}30$": that eigenvalue again
            value = _ONE.findall(one.group(2))[0].replace("−", "-")
            relation = "\\approx" if one.group(1) else "="
            out.append((f"{named.group(1)} {relation} {value}", (math.end(), one.end())))
            continue
        if m is None:
            continue
        sentence = re.split(r"[.!?]\s", raw[:math.start()])[-1]
        if not (_LAMBDA.search(math.group(1)) or _EIGEN.search(sentence)):
            continue
        values = [v.replace("−", "-") for v in _ONE.findall(m.group(2))]
        relation = "\\approx" if m.group(1) else "="
        out.append((f"\\lambda {relation} {', '.join(values)}", (math.end(), m.end())))
    return out
