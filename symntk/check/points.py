"""Which datapoint the notes are at: labels written in prose at the start of a line (``**x_2 = 3:**``, ``## x_1 = 0``,
``**x2 = 3:**`` with the index typed plain).

A learner often heads a block of values with the datapoint outside math, then
writes bare numbers (``z_1 = 3``); those numbers are at that datapoint until the
next label. A line that names several datapoints lists the data and labels none.
"""

from __future__ import annotations

import re

_SUBSCRIPTS = "₁₂₃₄₅₆₇₈₉"
_LABEL = re.compile(
    r"^(?:[\s#>*\-+]|\*\*|__|\d+[.)]\s)*"           # markdown: headings, bullets, bold
    r"(?:[^\W\d_]+,?\s+){0,2}"                         # up to two words: "at", "für den Punkt", "First point,"
    r"\$?\s*(?:\\mathbf\{x\}|\\boldsymbol\{x\}|x)"
    r"(?:_\{?(\d)\}?|\^\{?\((\d)\)\}?|([" + _SUBSCRIPTS + r"])|(\d)(?!\d))"   # x_2, x^{(2)}, x₂, x2 typed plain
    r"\s*(?:=\s*\(?[-−\d.,\s]*\)?(?:\^T)?)?\s*\$?\s*(?:\*\*|__)?\s*(?::|\.|$|\*\*|&)")


# "At the second point …", "Second datapoint:", "For the other input, …", "Beim zweiten Punkt", "Nel secondo punto",
# "Í hinum punktinum": a datapoint named in words at a line's start (by its order, or as the other of two)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "ersten": 1, "zweiten": 2, "dritten": 3, "erste": 1, "zweite": 2,
             "primo": 1, "secondo": 2, "terzo": 3, "fyrsta": 1, "öðrum": 2, "annan": 2, "seinni": 2}
_OTHER = ("other", "anderen", "andere", "altro", "hinum", "hinn", "hinu")
_ORDINAL = re.compile(r"^(?:[\s#>*\-+]|\*\*|__)*(?:(?:at|for|now\s+at|with|beim|bei|für|am|im|per|nel|al|con|í|"
                      r"fyrir|við|með)\s+)?(?:(?:the|dem|den|der|il|lo|la)\s+)?(" + "|".join(_ORDINALS) + "|"
                      + "|".join(_OTHER) + r")\s+(?:data\s?)?(?:point|datapoint|input|sample|Punkt|Datenpunkt|"
                      r"Eingabe|punto|dato|input|punkt\w{0,4}|gagnapunkt\w{0,4})\b", re.I)


def prose_points(text: str) -> dict[int, int]:
    """Line number (1-based) → the datapoint its label names, for lines that start with one (``x_2 = 3:``, or
    ``At the second point …``, ``For the other input, …`` in a sentence: of two, the one the label before did not
    name)."""
    out: dict[int, int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        m = _LABEL.match(line)
        if m is None:
            said = _ORDINAL.match(line)
            word = said.group(1).lower() if said else ""
            last = out[max(out)] if out else None
            if word in _ORDINALS:
                out[number] = _ORDINALS[word]
            elif said and last in (1, 2):   # the other of the two datapoints
                out[number] = 3 - last
            continue
        index = m.group(1) or m.group(2) or m.group(4) or str(_SUBSCRIPTS.index(m.group(3)) + 1)
        out[number] = int(index)
    return out


_AT = (r"at|for|when|in|with|bei|für|an|im|en|pour|à|para|per|in|w|dla|przy|voor|bij|för|vid|í|við|fyrir|ved|på|"
       r"i|kun|pro|pri|em|no|na")
_SUFFIX = re.compile(
    r"\$([^$\n]{1,400})\$[ \t]*\(?[ \t]*(?:" + _AT + r")[ \t]+"            # $claim$ at
    r"(?:(?:the\s+)?(?:datapoint|point|Punkt|punkt|punkti|point)\s+)?"     # (the) point
    r"\$\s*(?:\\mathbf\{x\}|\\boldsymbol\{x\}|x)"
    r"(?:_\{?(\d)\}?|\^\{?\((\d)\)\}?|\s*=\s*(-?\d+(?:[.,]\d+)?))\s*\$", re.IGNORECASE)


def suffix_points(text: str, points) -> dict[tuple[int, str], int]:
    """(line, math text) → the datapoint named right after it in prose: ``$h = 2$ at $x_1$``, ``$f = 3$ für
    $x = 2$``, ``$z_2 = 1$ (at $x^{(2)}$)``: that math is about that datapoint (a label after the claim, where
    :func:`prose_points` reads labels before it). ``points`` are the exercise's datapoints (for ``x = c``)."""
    from fractions import Fraction

    known = [tuple(Fraction(str(v)) for v in p) for p in points]
    out: dict[tuple[int, str], int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        for m in _SUFFIX.finditer(line):
            if m.group(2) or m.group(3):
                point = int(m.group(2) or m.group(3))
            else:
                value = (Fraction(m.group(4).replace(",", ".")),)
                if value not in known:
                    continue
                point = known.index(value) + 1
            out[(number, m.group(1).strip())] = point
    return out


_INFIX = re.compile(r"(?:^|[;,]|\s-{1,2}|\s—)[ \t]*(?:[Aa]t|[Ff]or|bei|für|í|à|en)[ \t]+\$?[ \t]*x[ \t]*"
                    r"(?:_?\{?(\d)\}?|\^\{?\((\d)\)\}?)[ \t]*\$?[ \t]*:[ \t]*\$?([^;$\n]{1,300})")


def infix_points(text: str) -> dict[tuple[int, str], int]:
    """(line, math text) → the datapoint a label right before it on the same line names, for lines that hold
    several labelled groups: ``at x^(1): z = (1, 3);  at x^(2): z = (0, 2)`` (each group's claim is at its own
    datapoint, where :func:`prose_points` gives the whole line the first)."""
    out: dict[tuple[int, str], int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        found = list(_INFIX.finditer(line[:2000]))
        if len(found) < 2:
            continue
        for m in found:
            out[(number, m.group(3).strip().rstrip(".,").strip())] = int(m.group(1) or m.group(2))
    return out
