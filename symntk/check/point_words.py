"""Words that name one datapoint in a sentence (``at $x_2$``, ``at $x_1 = 1$``, ``at the second datapoint``, ``í
öðrum punktinum``, ``im zweiten Punkt``), as patterns over a line's skeleton and the datapoint they name.

In the skeleton every inline math is ``@k@`` (a vector of numbers may be ``#k#``). :data:`PREP` is the preposition,
:data:`POINT` the datapoint after it, with four groups: the math ``x_i`` (or ``x_i = v``: the point only when v is
the exercise's x_i), an English, an Icelandic and a German ordinal (``fyrri``/``seinni`` and ``last`` count from the
ends). :func:`math_point` reads the datapoint a math text names; :data:`VECTOR_MATH` (a vector of numbers) and
:data:`GRADIENT_WORD` are shared by the sentences that say a value at a datapoint. Fixed alternations: linear in
the line.
"""

from __future__ import annotations

import re

import sympy

_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
             "fyrsta": 1, "öðrum": 2, "þriðja": 3, "fjórða": 4,
             "ersten": 1, "zweiten": 2, "dritten": 3, "vierten": 4}
_OF_TWO = {"fyrri": 1, "seinni": 2, "síðari": 2}   # the first / the second of two
_LAST = ("last", "síðasta", "letzten")
GRADIENT_WORD = r"gradient|stigul"   # the gradient in en, de (with re.I) and is: a word's start
PREP = r"(?<![\w])(?:[Aa]t|[Ff]or|[Íí]|[Bb]ei|[Bb]eim|[Ii]m|[Aa]m|[Ff]ür)\s"
POINT = (r"(?:@(\d{1,4})@"
         r"|(?:the\s)?(first|second|third|fourth|1st|2nd|3rd|4th|last)\s(?:data\s?)?point"
         r"|(fyrsta|öðrum|þriðja|fjórða|fyrri|seinni|síðari|síðasta)\s(?:gagna)?punkti(?:num)?"
         r"|(?:dem\s|den\s)?(ersten|zweiten|dritten|vierten|letzten)\s(?:Daten)?[Pp]unkte?)(?![\w@])")
POINT_MATH = re.compile(r"^\s?x_\{?([1-9])\}?\s?(?:=\s?([-−]?\d{1,6}(?:[.,]\d{1,8})?)\s?)?$")
VECTOR_MATH = re.compile(r"^\s?\\?[(\[]\s?[-−\d.,\s]{1,200}\\?[)\]]\s?$")   # a vector of numbers: ``(1, -2, 0.5)``


def math_point(text: str, points, valued: bool = True) -> int:
    """The datapoint (1-based) a math text names: ``x_i`` for one of the exercise's points, or (``valued``)
    ``x_i = v`` where v is the exercise's x_i of one input; 0 for anything else."""
    found = POINT_MATH.match(text)
    if not found or int(found.group(1)) > len(points) or found.group(2) is not None and not valued:
        return 0
    i = int(found.group(1))
    if found.group(2) is None:
        return i
    if len(points[i - 1]) != 1:
        return 0
    value = sympy.Rational(found.group(2).replace("−", "-").replace(",", "."))
    return i if sympy.simplify(value - points[i - 1][0]) == 0 else 0


def point_index(texts: list[str], m: re.Match, points, base: int = 1) -> int:
    """The datapoint (1-based) that the :data:`POINT` groups of ``m`` from group ``base`` name, 0 when they name
    none of the exercise's with certainty."""
    n = len(points)
    math, english, icelandic, german = (m.group(base + g) for g in range(4))
    if math is not None:
        return math_point(texts[int(math)], points)
    word = english or icelandic or german
    if word in _LAST:
        return n
    if word in _OF_TWO:
        return _OF_TWO[word] if n == 2 else 0
    index = _ORDINALS.get(word, 0)
    return index if index <= n else 0
