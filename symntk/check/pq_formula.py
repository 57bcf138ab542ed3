"""The p-q formula's coefficients named on a line that names the formula (``p-q-Formel mit p = −27, q = 8``):
for a 2×2 kernel, det(K − λI) = λ² + pλ + q with p = −tr K and q = det K, so they are read as those claims."""

from __future__ import annotations

import re

# "p-q-Formel", "pq-Formel", "p,q-Formel", "pq formula", "pq-formule" on the line
_FORMULA = re.compile(r"(?<![\w\\])p[ \t]?[-,/]?[ \t]?q[- \t]?(?:Formel|formula|formule|fórmula|formel)", re.I)
_P = re.compile(r"(?<![\w\\{])p([ \t]*=[ \t]*)([-−]?)(?=[ \t]*\d)")
_Q = re.compile(r"(?<![\w\\{])q([ \t]*=[ \t]*)(?=[-−]?[ \t]*\d)")


def pq_coefficients(text: str) -> str:
    """``p = −27`` and ``q = 8`` on a line that names the p-q formula as ``\\operatorname{tr} K = 27`` and
    ``\\det K = 8`` (p's sign turned); every other line is left as it is."""
    if not _FORMULA.search(text):
        return text
    lines = text.split("\n")
    for n, line in enumerate(lines):
        if _FORMULA.search(line):
            line = _P.sub(lambda m: r"\operatorname{tr} K" + m.group(1) + ("" if m.group(2) else "-"), line)
            lines[n] = _Q.sub(lambda m: r"\det K" + m.group(1), line)
    return "\n".join(lines)
