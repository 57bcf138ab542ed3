"""A zero said in words before a colon and written as math right after it, on the next line: one claim over two lines.

``Verschiedene Ausgänge hängen von verschiedenen Gewichten ab, also sind die Kreuzterme null:`` followed on the
next line by ``$\\langle \\nabla f_1(x_i), \\nabla f_2(x_j)\\rangle = 0$``: the sentence states the value (``are
zero``, ``sind null``, ``eru núll``) and the math after its colon only spells out what is zero. The claim starts
on the line of the words, so each judgement of a written 0 on the math line is put on that line (a claim spanning
several lines has the line where it starts). Nothing else changes: the verdicts stay as judged. The patterns are
bounded alternations applied to one line: linear.
"""

from __future__ import annotations

import dataclasses
import re

from .judgement import Judgement

# the last clause of a line: a copula, then (a few words on) a word for zero, then the colon that ends the line
_CLAUSE = re.compile(r"[^.;!?$]{0,200}$")
_COPULA = re.compile(r"(?<![\w])(?:is|are|be|sind|ist|seien|sei|werden|wird|eru|er|verða|verður|séu|sé)(?![\w])",
                     re.I)
_ZERO_COLON = re.compile(r"(?<![\w])(?:zero|null|núll|nil|nul|noll|zéro|cero)\s{0,3}:\s{0,3}$", re.I)
# the next line opens with math
_MATH_FIRST = re.compile(r"\s{0,6}(?:\$|\\\[|\\\(|\\begin\{)")


def says_zero_before_colon(line: str) -> bool:
    """The line ends in a clause of words that says something is zero, then a colon (no math in that clause)."""
    clause = _CLAUSE.search(line.rstrip())
    return clause is not None and bool(_ZERO_COLON.search(clause.group(0))) and bool(_COPULA.search(clause.group(0)))


def zeros_said_before(judgements: list[Judgement], lines: list[str]) -> list[Judgement]:
    """The judgements, each of a written 0 on a line that opens with math right after a line that says the value
    is zero before its colon moved to that line (see the module doc)."""
    out = []
    for j in judgements:
        n = j.line
        if 2 <= n <= len(lines) and j.claimed.strip() == "0" and _MATH_FIRST.match(lines[n - 1]) and \
                says_zero_before_colon(lines[n - 2]):
            j = dataclasses.replace(j, line=n - 1)
        out.append(j)
    return out
