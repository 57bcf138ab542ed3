"""The hidden units' values at a datapoint said in words, one number per unit: ``At $x_1 = 1$ the pre-activations are
$1$ and $2$, and at $x_2 = 2$ they are $2$ and $3$``, ``the hidden values at the second point are $3$ and $0$``,
``Í $x_1$ eru forvirkjanirnar $1$ og $2$``, ``Bei $x_2$ sind die Aktivierungen $3$ und $0$``.

A list of as many numbers as the hidden layer has units, after words naming a datapoint (see
:mod:`symntk.check.point_words`) and the layer's pre-activations (z) or activations (a, the hidden values), is
the value of each unit there in order: ``z^{[1]}_u(x_i) = …`` or ``a^{[1]}_u(x_i) = …``. ``they are`` after another
datapoint later on the line says the same quantity there. Only for a network of one hidden layer (which layer
is meant is then certain), never in a sentence about derivatives. Bounded patterns without nested repetition.
"""

from __future__ import annotations

import re

from .point_words import GRADIENT_WORD, POINT, PREP, point_index

_PRE = (r"pre-?activations|pre-activation\svalues|hidden\spre-?activations|Präaktivierungen|Prä-Aktivierungen|"
        r"Voraktivierungen|forvirkjanir|forvirkjanirnar")
_POST = (r"hidden\svalues|hidden\sactivations|activations|hidden\soutputs|hidden\sunits'?\svalues|hidden\sunits|"
         r"Aktivierungen|versteckten\sWerte|virkjanir|virkjanirnar|faldgildin|faldgildi")
_ARE = r"(?:are|come\sout\sas|become|eru|verða|sind|lauten|betragen|werden)"
_THE = r"(?:(?:the|die|both|two|beiden|zwei)\s){0,2}"
_VALUES = r"@(\d{1,4})@((?:,\s@\d{1,4}@){0,6}),?\s(?:and|og|und)\s@(\d{1,4})@(?![\w@#]|\s?[-+*/=^_])"
_KIND = r"(?:(" + _PRE + r")|" + _POST + r")"
# "at $x_1$ the pre-activations are …" and "the pre-activations at $x_1$ are …" (groups: point 1-4, pre, values)
_POINT_FIRST = re.compile(PREP + POINT + r",?\s" + _THE + _KIND + r"\s" + _ARE + r"\s" + _VALUES)
_KIND_FIRST = re.compile(r"(?<![\w-])" + _THE + _KIND + r"\s" + PREP + POINT + r",?\s" + _ARE + r"\s" + _VALUES,
                         re.I)
# Icelandic and German put the verb second: "Í $x_1$ eru forvirkjanirnar …", "bei $x_2$ sind sie …"
_VERB_SECOND = re.compile(PREP + POINT + r",?\s" + _ARE + r"\s" + _THE + _KIND + r"\s" + _VALUES)
_THEY = re.compile(PREP + POINT + r",?\s(?:(?:they|þær|þau|sie)\s" + _ARE + r"|" + _ARE + r"\s(?:þær|þau|sie))\s"
                   + _VALUES)
_DERIVATIVE = re.compile(r"deriv|Ableitung|afleið|∂|\\partial|prime|′|" + GRADIENT_WORD, re.I)
_NUMBER = re.compile(r"^\s?[-−]?\d{1,6}(?:[.,]\d{1,8})?\s?$")


def unit_values(sk: str, texts: list[str], points, widths) -> dict[int, str]:
    """math index → the name of the hidden unit's value at a datapoint it states (see the module doc)."""
    if len(widths) != 3 or widths[1] < 2 or _DERIVATIVE.search(sk):
        return {}
    named: dict[int, str] = {}
    said = []   # (end, pre-activation or not) of each quantity named on the line
    for pattern, point_group in ((_POINT_FIRST, 1), (_VERB_SECOND, 1), (_KIND_FIRST, 2)):
        for m in pattern.finditer(sk):
            pre = m.group(5 if point_group == 1 else 1) is not None
            point = point_index(texts, m, points, point_group)
            values = m.groups()[-3:]
            if _put(named, texts, values, point, pre, widths[1]):
                said.append((m.end(), pre))
    for m in _THEY.finditer(sk):
        before = [pre for end, pre in said if end <= m.start()]
        if before:
            _put(named, texts, m.groups()[-3:], point_index(texts, m, points), before[-1], widths[1])
    return named


def _put(named: dict, texts: list[str], values, point: int, pre: bool, width: int) -> bool:
    first, middle, last = values
    ks = [int(first), *(int(k) for k in re.findall(r"\d{1,4}", middle)), int(last)]
    if not point or len(ks) != width or not all(_NUMBER.match(texts[k]) for k in ks) or any(k in named for k in ks):
        return False
    letter = "z" if pre else "a"
    for unit, k in enumerate(ks, start=1):
        named[k] = rf"{letter}^{{[1]}}_{{{unit}}}(x_{{{point}}}) = "
    return True
