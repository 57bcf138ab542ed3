"""A list of ``parameter: value`` lines under a heading that says they are derivatives at a datapoint, read as
the derivatives ∂f/∂parameter at that datapoint.

A learner who works the derivatives out one parameter at a time often heads the list with the datapoint and lists
each parameter with its value, with or without the arithmetic, in any language::

    Derivatives at x₂ = 3, one parameter at a time:      ->  (the heading unchanged)
     W⁽¹⁾₁₁: 2·3 = 6                                     ->   ∂f/∂W⁽¹⁾₁₁(x₂) = 2·3 = 6
     b⁽¹⁾₁: 2                                            ->   ∂f/∂b⁽¹⁾₁(x₂) = 2
    - ∂/∂W12: 0                                          ->  - ∂f/∂W12(x₂) = 0
    - $w_{21}$: $1 \\cdot 3 = 3$                          ->  - $\\partial f/\\partial w_{21}(x_2) = 1 \\cdot 3 = 3$

The heading is one line that names a derivative (a word for it in one of the learners' languages, or ``∂f``) and
one datapoint (``x₂``, ``x_2``, ``x_{2}``, ``x2``, ``x⁽²⁾``); the list is the lines right after it (blank lines
between entries allowed) whose name is a parameter's letter (W, w, b, V, v, U, u, c, θ) with its indices,
optionally written ``∂/∂name``, ``∂f/∂name``, ``d/dname`` or ``df/dname``, and whose value holds a number and no
words. Every line keeps its number. Bounded regular expressions without nested repetition, one line at a time.
"""

from __future__ import annotations

import re

_WORDS = (r"deriv\w{0,6}|partials?|ableitung\w{0,2}|afleið\w{0,4}|derivat\w{0,3}|dérivée?s?|derivad\w{0,2}|"
          r"afgeleide\w{0,2}|pochodn\w{0,2}|grad(?:ient)?\w{0,2}|stigul\w{0,4}|∂f")
_HEADING_WORD = re.compile(rf"(?<!\w)(?:{_WORDS})", re.I)
_POINT = re.compile(r"(?<![\w\\])x(?:_\{?([1-9])\}?|([₁-₉])|\^\{?\(([1-9])\)\}?|⁽([¹²³⁴⁵⁶⁷⁸⁹])⁾|([1-9]))(?![\w₀-₉}])")
_SCRIPT = r"(?:[₀-₉⁰-⁹¹²³⁽⁾]|_\{[\w,]{1,8}\}|_[\w]|\^\{?[\[(]?\d{1,2}[\])]?\}?|\^\{\\?[\[(]\d{1,2}\\?[\])]\}|\d)"
_NAME = rf"(?:[WwbVvUuc]|θ|\\theta\s?|\\mathbf\{{[Wwb]\}})(?:{_SCRIPT}){{0,8}}"
_BY = r"(?:(?:∂f?|\\partial\s?f?|df?)\s?/\s?(?:∂|\\partial\s?|d))?"   # ∂f/∂, ∂/∂, d/d before the name
_ENTRY = re.compile(rf"^(\s{{0,8}}(?:[-*+•]\s{{1,4}})?)(\$?)\s?{_BY}({_NAME})\s?(\$?)\s?:\s?(.{{1,200}})$")
_VALUE = re.compile(r"(?<![\w\\])x\s?=\s?([-−]?\d{1,6}(?:\.\d{1,6})?)(?![\d.,]\s?\d|\s?[)\]])")   # x = 2, x=-1
_SUBSCRIPT = dict(zip("₁₂₃₄₅₆₇₈₉¹²³⁴⁵⁶⁷⁸⁹", "123456789123456789"))
HEADING_WORD, NAME, BY = _HEADING_WORD, _NAME, _BY
MAX_ENTRIES = 60


def _point(line: str) -> str | None:
    """The datapoint's number a derivative heading names, or None when ``line`` is no such heading."""
    if _ENTRY.match(line) or len(line) > 300 or not _HEADING_WORD.search(line):
        return None
    return named_point(line)


def named_point(line: str) -> str | None:
    """The one datapoint ``line`` names: its index (``x_2``, ``x₂``, ``x⁽²⁾``, ``x2``) as a digit, else its value
    (``x = 2``, ``x=-1``) as ``=value``, to be read as the datapoint of that value (:mod:`symntk.check.at_value`);
    None for none or several."""
    found = {next(g for g in m.groups() if g) for m in _POINT.finditer(line)}
    if not found:
        found = {"=" + m.group(1).replace("−", "-") for m in _VALUE.finditer(line)}
    if len(found) != 1:
        return None
    digit = found.pop()
    return _SUBSCRIPT.get(digit, digit)


def _value(text: str) -> str | None:
    """The value part of an entry without its dollars, or None when it is no value (no number, words, or more
    entries on the same line: ``w11: 1, w12: 0`` is a list of its own)."""
    bare = text.strip().strip("$").strip()
    words = re.search(r"[A-Za-zÀ-ÿ]{3,}", re.sub(r"\\[A-Za-z]{1,12}", "", bare))
    if ":" in bare or not re.search(r"\d", bare) or words:
        return None
    return bare


def point_entry(line: str, point: str) -> str | None:
    """``line`` as the derivative at datapoint ``point`` (an index, or ``=value``: ∂f(value)/∂name, which
    :mod:`symntk.check.at_value` reads as the datapoint of that value) when it is a ``parameter: value`` entry,
    else None."""
    found = _ENTRY.match(line)
    if found is None:
        return None
    lead, open_dollar, name, close_dollar, value = found.groups()
    value = _value(value)
    if value is None:
        return None
    name = name.strip()
    dollars = open_dollar or close_dollar or "$" in found.group(5)
    if point.startswith("="):
        if dollars:
            return f"{lead}$\\partial f({point[1:]})/\\partial {name} = {value}$"
        return f"{lead}∂f({point[1:]})/∂{name} = {value}"
    if dollars:
        return f"{lead}$\\partial f/\\partial {name}(x_{point}) = {value}$"
    return f"{lead}∂f/∂{name}(x{'₀₁₂₃₄₅₆₇₈₉'[int(point)]}) = {value}"


def derivative_lists(text: str) -> str:
    """``text`` with every ``parameter: value`` list under a derivative heading at a datapoint written as the
    derivatives at that datapoint (see the module doc); other lines unchanged."""
    lines = text.split("\n")
    point, count = None, 0
    for i, line in enumerate(lines):
        if point is not None and count < MAX_ENTRIES:
            entry = point_entry(line, point)
            if entry is not None:
                lines[i], count = entry, count + 1
                continue
            if not line.strip():
                continue
        point, count = _point(line), 0
    return "\n".join(lines)
