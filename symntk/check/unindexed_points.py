"""Datapoints written without an index: ``points x = 0 and x = 1``, ``x ∈ {1, 2}``, and ``x = 1:`` labels.

When the notes give no ``x_1 = …`` the datapoints are, in this order of preference:

* the values after a point word (points, data, inputs, Datenpunkte, punktene, gagnapunktar, pontos, …) or after
  ``at``/``for``/``bei``/``ved``: ``x = 0 and x = 1``, ``x = 1, 2``, ``x ∈ {1, 2}``, ``1 and 2``, ``(1, 0) og (0, 1)``
  (after a preposition at least two values);
* ``x(1) = …, x(2) = …`` (the index in plain parentheses) before either;
* else the distinct ``x = c`` labels (``x = 0: …``, ``at x = 1: …``, ``x=2 → …``) in order of appearance.

Every later label ``x = c:`` then names the datapoint whose value is c, as ``x_i:`` labels do.
The regexes have no nested repetition and each scan is bounded.
"""

from __future__ import annotations

import re
from fractions import Fraction

_WORDS = (r"data\s?points?|datapoints?|data|points?|inputs?|samples?|Datenpunkte[n]?|Punkte[n]?|Stellen|"
          r"Eingaben?|punktene|punkter|punkt|datapunkt(?:er|ene)?|gagnapunkt(?:ar|um|a)?|punkt(?:ar|um|a)|pontos|"
          r"ponto|puntos|punten|datapunten|entradas?|invoer(?:en)?|inndata|inntak|数据点|样本")
_PREPOSITIONS = r"at|for|bei|für|ved|for|på|við|í|em|en|op|voor|in"
_STATEMENT = re.compile(r"(?:(?<![^\W\d_])(" + _WORDS + r")|(?<![^\W\d_])(" + _PREPOSITIONS + r"))"
                        r"(?![^\W\d_])[ \t:]{0,4}(?:(?:are|is|sind|er|eru|zijn|são|son|sont)[ \t]{1,3})?", re.I)
_NUMBER = r"-?\d{1,9}(?:\.\d{1,9})?(?:/\d{1,9})?"
_VALUE = re.compile(r"(" + _NUMBER + r")|[(\[]\s?(" + _NUMBER + r"(?:\s?,\s?" + _NUMBER + r"){1,3})\s?[)\]]")
_NAME = re.compile(r"\s{0,3}(?:\\mathbf\{x\}|\\boldsymbol\{x\}|x)\s{0,3}(?:=|∈|\\in\b)\s{0,3}\{?\s{0,3}")
_JOIN = re.compile(r"\s{0,3}(?:,|;|&|and|und|og|e|en|et|y|och|ja|i)\s{1,3}|\s{0,3}[,;]\s{0,3}", re.I)
_LABEL = re.compile(r"(?:^|[;,:]\s)[\s#>*\-+]{0,6}(?:[^\W\d_]{1,12}\s{1,3}){0,2}(?:\\mathbf\{x\}|x)\s{0,3}=\s{0,3}"
                    r"(" + _NUMBER + r"|[(\[]\s?" + _NUMBER + r"(?:\s?,\s?" + _NUMBER + r"){1,3}\s?[)\]])"
                    r"\s{0,3}(?::|→|->|⇒|\\to\b|\\rightarrow\b)")

_ALONE = re.compile(r"[\s#>*\-+]{0,6}(?:[^\W\d_]{1,12}\s{1,3}){0,2}(?:\\mathbf\{x\}|x)\s{0,3}=\s{0,3}"
                    r"(" + _NUMBER + r"|[(\[]\s?" + _NUMBER + r"(?:\s?,\s?" + _NUMBER + r"){1,3}\s?[)\]])"
                    r"\s{0,3}[.:]?\s{0,3}")


def _plain(line: str) -> str:
    """The line with math markers, spacing commands, transposes and unicode minus taken out."""
    for old, new in (("−", "-"), ("\\{", "{"), ("\\}", "}"), ("$", ""), ("\\quad", " "), ("\\,", " "),
                     ("\\ ", " "), ("ᵀ", ""), ("^T", ""), ("^\\top", ""), ("\\text{", ""), ("**", "")):
        line = line.replace(old, new)
    return line


def _value(match: re.Match) -> Fraction | tuple[Fraction, ...]:
    if match.group(1):
        return Fraction(match.group(1))
    return tuple(Fraction(v.strip()) for v in match.group(2).split(","))


def _values_from(text: str, at: int) -> list:
    """The values listed from ``at``: ``x = 0 and x = 1``, ``1, 2``, ``{1, 2}``, ``(1, 0) og (0, 1)``."""
    found: list = []
    for _ in range(12):
        name = _NAME.match(text, at)
        if name:
            at = name.end()
        elif not found and text.startswith("{", at):
            at += 1
        value = _VALUE.match(text, at)
        if value is None or (not found and not name and _NAME.match(text, value.end())):
            break
        after = value.end()
        if value.group(1) and re.match(r"\s{0,3}(?:[:→=]|->)", text[after:after + 5]):
            break   # x = 0: … is a label, 2 = … a formula
        found.append(_value(value))
        join = _JOIN.match(text, after)
        if join is None:
            break
        at = join.end()
    return found


_PAREN_INDEX = re.compile(r"(?<![^\W\d_\\])(?:\\mathbf\{x\}|x)\s{0,2}\((\d)\)\s{0,3}=\s{0,3}")


def paren_indexed(text: str) -> list:
    """``x(1) = (1, 0), x(2) = (0, 1)``: the index in plain parentheses; [] unless x(1) … x(n) all have a value."""
    found: dict[int, object] = {}
    for line in text.splitlines():
        line = _plain(line)
        for m in _PAREN_INDEX.finditer(line):
            value = _VALUE.match(line, m.end())
            if value and int(m.group(1)) not in found:
                found[int(m.group(1))] = _value(value)
    values = [found[i] for i in range(1, len(found) + 1) if i in found]
    return values if len(values) == len(found) and len({_size(v) for v in values}) == 1 else []


def stated_points(text: str) -> list:
    """The datapoints a statement lists (see the module docstring), or []; several statements: the first."""
    if indexed := paren_indexed(text):
        return indexed
    for line in text.splitlines():
        line = _plain(line)
        for m in _STATEMENT.finditer(line):
            values = _values_from(line, m.end())
            if len(values) >= (1 if m.group(1) else 2) and len({_size(v) for v in values}) == 1:
                return values
    return []


_BARE_X = re.compile(r"(?<![\w\\])x(?=\s{0,3}=)")


def listed_points(text: str) -> list:
    """``x = 0, 1, 2``: two or more values listed after ``x =`` with no point word (the first such list), or []."""
    for line in text.splitlines():
        line = _plain(line)
        for m in _BARE_X.finditer(line):
            values = _values_from(line, m.start())
            if len(values) >= 2 and len({_size(v) for v in values}) == 1:
                return values
    return []


def _size(value) -> int:
    return len(value) if isinstance(value, tuple) else 1


def _labels(line: str) -> list:
    plain = _plain(line)
    alone = _ALONE.fullmatch(plain)   # ### x = 3, **At x = 3**: a heading that is only the label
    if alone:
        return [_value(_VALUE.fullmatch(alone.group(1).replace(" ", "")))]
    return [_value(_VALUE.fullmatch(m.group(1).replace(" ", ""))) for m in _LABEL.finditer(plain)]


def labelled_points(text: str) -> list:
    """The distinct values of ``x = c:`` labels in order of appearance, or [] if they differ in size."""
    seen: list = []
    for line in text.splitlines():
        for value in _labels(line):
            if value not in seen:
                seen.append(value)
    return seen if len({_size(v) for v in seen}) == 1 else []


def unindexed_points(text: str) -> dict[int, str | list[str]]:
    """Datapoint index → its value (``"p/q"`` or a list of them) from a statement or else from the labels."""
    values = stated_points(text) or labelled_points(text)
    return {i: [_exact(v) for v in value] if isinstance(value, tuple) else _exact(value)
            for i, value in enumerate(values, start=1)}


def _exact(value: Fraction) -> str:
    return f"{value.numerator}/{value.denominator}"


def value_labels(text: str, points) -> dict[int, int]:
    """Line number (1-based) → the datapoint its ``x = c:`` labels name, when all of them name the same one."""
    known = [tuple(Fraction(str(v)) for v in p) for p in points]
    out = {}
    for number, line in enumerate(text.splitlines(), start=1):
        named = {known.index(key) + 1 for v in _labels(line)
                 if (key := v if isinstance(v, tuple) else (v,)) in known}
        if len(named) == 1:
            out[number] = named.pop()
    return out
