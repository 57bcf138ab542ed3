"""Whether a take-back moves on to another datapoint rather than redoing a statement: ``$x_1$: $z = 4$`` then
``wait, now the second point:`` and ``$x_2$: $z = 5$`` is the next datapoint's z, not a corrected z at x_1, so
the earlier statement stays (and is judged). A line names datapoints by math (``x_2``, ``x_{2}``, ``x^{(2)}``,
``x₂``) or words (``the second point``, ``datapoint 2``, ``zweiten Punkt``, ``seinni punktinum``, ``segundo
ponto``, ``第二个点``). Fixed alternations and bounded classes: linear in the line."""

from __future__ import annotations

import re

_ORDINAL = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "ersten": 1, "erste": 1,
            "zweiten": 2, "zweite": 2, "dritten": 3, "fyrsta": 1, "fyrri": 1, "öðrum": 2, "annan": 2, "seinni": 2,
            "síðari": 2, "primeiro": 1, "primer": 1, "primero": 1, "segundo": 2, "terceiro": 3, "tercer": 3,
            "premier": 1, "deuxième": 2, "一": 1, "二": 2, "三": 3}
_MATH = re.compile(r"(?<![A-Za-z\\])x\s{0,2}(?:_\s{0,2}\{?\s{0,2}([1-9])\s{0,2}\}?|\^\s{0,2}\{?\s{0,2}\(([1-9])\)"
                   r"|([₁-₉]))(?![0-9])")
_WORDS = re.compile(r"(?<![\w])(first|1st|second|2nd|third|3rd|erste[n]?|zweite[n]?|dritten|fyrsta|fyrri|öðrum|annan|"
                    r"seinni|síðari|primeiro|primer|primero|segundo|terceiro|tercer|premier|deuxième)\s{1,3}"
                    r"(?:data\s?)?(?:point|datapoint|(?:daten)?punkt\w{0,4}|(?:gagna)?punkt\w{0,4}|ponto|punto|"
                    r"point|entrée|input|sample)(?![\w])", re.I)
_NUMBERED = re.compile(r"(?<![\w])(?:data\s?point|point|punkt\w{0,3}|ponto|punto|sample)\s{0,2}(?:#\s{0,2})?"
                       r"([1-9])(?![\w])", re.I)
_CJK = re.compile(r"第\s{0,2}([一二三1-9])\s{0,2}(?:个|個)?\s{0,2}(?:数据)?点")


def named_points(line: str) -> set[int]:
    """The datapoints (1-based) that ``line`` names in math or in words."""
    found = {int(next(g for g in m.groups() if g).translate(str.maketrans("₁₂₃₄₅₆₇₈₉", "123456789")))
             for m in _MATH.finditer(line)}
    found |= {_ORDINAL[m.group(1).lower()] for m in _WORDS.finditer(line)}
    found |= {int(m.group(1)) for m in _NUMBERED.finditer(line)}
    found |= {_ORDINAL.get(m.group(1)) or int(m.group(1)) for m in _CJK.finditer(line)}
    return found


def other_point(lines: list[str], j: int, new: list[str]) -> bool:
    """Whether the statement on line ``j`` is at a datapoint (named on its line, or on the nearest of the three
    lines above that names one) that the lines ``new`` of a take-back and its restatement do not name, while those
    name one: the restatement is about the next datapoint, not a redo."""
    after = set().union(*(named_points(t) for t in new))
    if not after:
        return False
    for k in range(j, max(j - 4, -1), -1):
        before = named_points(lines[k])
        if before:
            return not before & after
    return False
