"""A list of values zipped with a list of datapoints: ``h = 1, 3, 5 for x = 0, 1, 2`` is h(x_1) = 1, h(x_2) = 3, ….

Learners who state one quantity at every datapoint often write the values and the inputs as two lists joined by
a word: ``h = 1, 3, 5 for x = 0, 1, 2``, ``f = 2; 4 für x = 1; 2``, ``for x = 0, 1: z = 1, 3`` (or with the
datapoints' names, ``for x_1, x_2, x_3``). When both lists have the same length (2 to 9) and every input is the
value or the name of one datapoint of the notes (``x_i = value``, see :func:`symntk.check.tables.data_points`), the
line claims ``name(x_i) = value`` for each pair. A comma followed by a space separates entries; ``0,5`` is a decimal
comma. Regular expressions without nested repetition, applied to one line of at most 400 characters.
"""

from __future__ import annotations

import re
from fractions import Fraction

_NUM = r"[-−]?\d{1,6}(?:[.,]\d{1,6})?(?![\d])"
_SEP = r"(?:\s*;\s*|,\s+|\s+(?:and|og|und|en|e|y|et|och|og)\s+)"
_LIST = rf"{_NUM}(?:{_SEP}{_NUM}){{1,8}}"
_POINTS = rf"(?:{_LIST}|x_?\{{?\d\}}?(?:{_SEP}x_?\{{?\d\}}?){{1,8}})"
_NAME = r"(?<![\w\\])(?!x(?!\w))(\\?[A-Za-zσ]{1,6}(?:_\{?\w{1,3}\}?)?(?:\^\{?[\[(]?\d[\])]?\}?)?'?)(?:\(x\))?"
_FOR = r"(?:for|für|fuer|para|voor|ved|når|fyrir|pour|per|bei|at|when|with|med|resp\.?)"
_VALUES_FIRST = re.compile(rf"{_NAME}\s*=\s*({_LIST})\s*,?\s*{_FOR}\s+(?:x\s*=\s*)?({_POINTS})", re.I)
_POINTS_FIRST = re.compile(rf"{_FOR}\s+(?:x\s*=\s*)?({_POINTS})\s*[:,]\s*{_NAME}\s*=\s*({_LIST})", re.I)
_INDEX = re.compile(r"^x_?\{?(\d)\}?$")


def _entries(text: str) -> list[str]:
    return [e for e in re.split(_SEP, text.strip(), flags=re.I) if e]


def _point(entry: str, points: dict[tuple[Fraction, ...], int]) -> int | None:
    m = _INDEX.match(entry)
    if m:
        return int(m.group(1))
    try:
        return points.get((Fraction(entry.replace("−", "-").replace(",", ".")),))
    except (ValueError, ZeroDivisionError):
        return None


def zipped_claims(line: str, points: dict[tuple[Fraction, ...], int]) -> list[tuple[list[str], tuple[int, int]]]:
    """For each place in a line that zips values with datapoints: its claims ``name(x_i) = value`` and the span
    they cover (none where the lists differ in length or an input is no datapoint)."""
    if len(line) > 400:
        return []
    found = []
    for m in sorted([*_VALUES_FIRST.finditer(line), *_POINTS_FIRST.finditer(line)], key=lambda m: m.start()):
        if found and m.start() < found[-1][1][1]:
            continue
        if m.re is _VALUES_FIRST:
            name, values, inputs = m.group(1), m.group(2), m.group(3)
        else:
            inputs, name, values = m.group(1), m.group(2), m.group(3)
        values, inputs = _entries(values), _entries(inputs)
        indices = [_point(p, points) for p in inputs]
        if len(values) == len(inputs) and None not in indices:
            found.append(([f"{name}(x_{{{i}}}) = {v.replace(',', '.')}" for i, v in zip(indices, values)], m.span()))
    return found
