"""A derivative list under a heading that names no datapoint: ``parameter: formula`` items with their values at the
datapoints in order, and sub-labels that name the datapoint (``at x = 2:``, ``für $x_1$``) over ``parameter: value``.

A learner who works the derivatives out one parameter at a time under a heading such as ``The derivatives:`` often
writes each as the parameter, its formula, then its values at the datapoints in order::

    The derivatives:                                  ->  (unchanged)
    - $w_{2}$: $u x = 3x$, so $3$ and then $6$;       ->  - $\\partial f/\\partial w_{2} = u x = 3x$, so
                                                          $\\partial f/\\partial w_{2}(x_1) = 3$ and
                                                          $\\partial f/\\partial w_{2}(x_2) = 6$;
    - first bias $b_1$: $u$ → 3, 3                    ->  - first bias $\\partial f/\\partial b_1 = u$ → …
    at x = 2:                                         ->  (unchanged)
    - W1: 6                                           ->  - ∂f(2)/∂W1 = 6   (x = 2 read as that datapoint)

The formula is one math span with a letter in it and no comma; the values are the numbers after it (in math, or
bare when there is no math), two to four of them, and when the tail names the datapoints (``x_1``, ``x^{(2)}``) they
must be 1, 2, … in order. A sub-label is a short line that names one datapoint by index or value and nothing else.
The section ends at the first line that is none of these (blank lines allowed). One line at a time, bounded
regular expressions without nested repetition; every line keeps its number.
"""

from __future__ import annotations

import re

from .derivative_lists import BY, HEADING_WORD, NAME, named_point, point_entry

_LEAD = r"^(\s{0,8}(?:[-*+•]\s{1,4}|\d{1,2}[.)]\s{1,3})?(?:[A-Za-zÀ-ÿ-]{1,14}\s){0,3})"
_FORMULA = re.compile(rf"{_LEAD}\$\s?{BY}({NAME})\s?\$\s?:\s?\$([^$]{{1,160}})\$(.{{0,240}})$")   # $w$: $ux$ …
_INSIDE = re.compile(rf"{_LEAD}\$\s?{BY}({NAME})\s?:\s?([^$]{{1,160}})\$(.{{0,240}})$")           # $w: ux$ …
_LABEL = re.compile(r"^\s{0,8}(?:[-*+•#]{1,4}\s{0,3})?(?:\*\*|_)?(?:[A-Za-zÀ-ÿ]{1,6}\s{1,3})?\$?\s?x[^:]{0,24}"
                    r":?\s?(?:\*\*|_)?\s?$")
_NUMBER = r"[-−]?\d{1,6}(?:\.\d{1,6})?"
_MATH_NUMBER = re.compile(rf"\$\s?({_NUMBER})\s?\$")
_BARE_NUMBER = re.compile(rf"(?<![\w.^_{{]){_NUMBER}(?![\w.])")
_POINT_NAME = re.compile(r"x(?:_\{?([1-9])\}?|\^\{?\(([1-9])\)\}?|([₁-₉]))")
_WORD = re.compile(r"[A-Za-zÀ-ÿ]{3,}")
MAX_LINES = 80


def _values(tail: str) -> list[str] | None:
    """The values at the datapoints in order that ``tail`` (the text after the formula) gives, [] for none, or
    None when they cannot be read so (one value, more than four, or datapoints named out of order)."""
    named = [next(g for g in m.groups() if g) for m in _POINT_NAME.finditer(tail)]
    bare = _POINT_NAME.sub(" ", tail)
    found = _MATH_NUMBER.findall(bare) if "$" in bare else _BARE_NUMBER.findall(bare)
    if not found:
        return [] if not named else None
    digits = ["123456789"["₁₂₃₄₅₆₇₈₉".index(d)] if d in "₁₂₃₄₅₆₇₈₉" else d for d in named]
    if not 2 <= len(found) <= 4 or named and digits != [str(i) for i in range(1, len(found) + 1)]:
        return None
    return [v.replace("−", "-") for v in found]


def _formula(text: str) -> str | None:
    """``text`` as a derivative's formula: a letter in it, no comma, no words and no environment; else None."""
    bare = re.sub(r"\\[A-Za-z]{1,12}", "", text)
    if "," in text or "\\begin" in text or not re.search(r"[A-Za-z]", bare) or _WORD.search(bare):
        return None
    return text.strip()


def formula_entry(line: str) -> str | None:
    """``line`` as ∂f/∂name = formula with ∂f/∂name(x_i) = value for each value given in order, when it is a
    ``parameter: formula`` item (see the module doc); else None."""
    found = _FORMULA.match(line) or _INSIDE.match(line)
    if found is None:
        return None
    lead, name, formula, tail = found.groups()
    formula, values = _formula(formula), _values(tail)
    if formula is None or values is None or name.strip() in ("θ", "\\theta"):
        return None
    name = name.strip()
    said = " and ".join(f"$\\partial f/\\partial {name}(x_{i}) = {v}$" for i, v in enumerate(values, 1))
    end = tail.rstrip()[-1:] if tail.rstrip()[-1:] in ";.," else ""
    rest = f", so {said}{end}" if values else tail
    return f"{lead}$\\partial f/\\partial {name} = {formula}${rest}"


def _heading(line: str) -> bool:
    """Whether ``line`` heads a derivative section that names no datapoint."""
    return len(line) <= 160 and bool(HEADING_WORD.search(line)) and named_point(line) is None \
        and formula_entry(line) is None and ":" not in line.rstrip().rstrip("*")[:-1]


def derivative_sections(text: str) -> str:
    """``text`` with the items of every derivative section that names no datapoint written as derivatives (see the
    module doc); other lines unchanged."""
    lines = text.split("\n")
    inside, point, count = False, None, 0
    for i, line in enumerate(lines):
        if inside and count < MAX_LINES:
            count += 1
            entry = point_entry(line, point) if point is not None else formula_entry(line)
            if entry is not None:
                lines[i] = entry
                continue
            if _LABEL.match(line) and named_point(line) is not None:
                point = named_point(line)
                continue
            if not line.strip():
                continue
        inside, point, count = _heading(line), None, 0
    return "\n".join(lines)
