"""Notes whose formulas are typed in LibreOffice Math (StarMath) notation and pasted as plain text, rewritten line
by line with the formulas in LaTeX, for the prose reader.

A file writes StarMath when it has no LaTeX math, at least :data:`EVIDENCE` of its lines show a StarMath feature
and one of them a structural one (``{a} over {b}``, ``left( … right)``, ``matrix{…}``, ``stack{…}``, ``%lambda``,
``lsub``/``rsup``, ``nroot``, ``binom``, ``sum from{…} to{…}``). Each line keeps its number and its prose; the
words of :mod:`symntk.check.starmath_names` become LaTeX where StarMath reads them
(:mod:`symntk.check.starmath_reader`): ``{partial f} over {partial w_11}`` → ``\\frac{\\partial f}{\\partial
w_{11}}``, ``left( matrix{ 8 # 12 ## 12 # 19 } right)`` → ``\\begin{pmatrix} 8 & 12 \\\\ 12 & 19
\\end{pmatrix}``, ``sqrt{697}`` → ``\\sqrt{697}``, ``w_11`` → ``w_{11}``, ``"text"`` → the text as prose. A word
that is also English (``times``, ``over``, ``in``, ``sum``, ``dot``, ``bold``) is StarMath only where it has its
operands. Nothing is evaluated; nesting and line length (:data:`MAX_LINE`) are bounded, and a line that cannot be
read stays as written.
"""

from __future__ import annotations

import re

from .starmath_names import GREEK

EVIDENCE = 2
MAX_LINE = 2000
MAX_LINES = 3000
NOTATION = (   # (what, as StarMath writes it, as it is read): rows of the README's notation table, tested
    ("LibreOffice Math (StarMath) pasted as text: fractions, matrices, roots, Greek",
     "{partial f} over {partial w_11} = v_1 cdot x ; left( matrix{ 8 # 12 ## 12 # 19 } right) ; "
     "{27 +- sqrt{697}} over 2 ; %lambda_1 approx 26,70",
     r"\frac{\partial f}{\partial w_{11}} = v_{1} \cdot x ; \begin{pmatrix} 8 & 12 \\ 12 & 19 \end{pmatrix} ; "
     r"\frac{27 \pm \sqrt{697}}{2} ; \lambda_{1} \approx 26,70"),
)
_LATEX = re.compile(r"\$|\\(?:frac|begin|partial|lambda|theta|sqrt|cdot|mathbf|left)\b")
_STRONG = re.compile(r"\}\s*over\b|\bover\s*\{|\bleft\s*(?:[(\[]|lbrace\b|langle\b|lline\b|ldline\b|none\b)|"
                     r"\b(?:matrix|stack)\s*\{|%i?(?:" + "|".join(GREEK) + r")(?![A-Za-z])|"
                     r"\b(?:lsub|rsub|lsup|rsup|csub|csup|nroot|binom)\b|\bfrom\s*\{[^{}\n]{0,60}\}\s*to\b", re.I)
_WEAK = re.compile(r"\b(?:cdot|approx|toward|newline|langle|rangle|leslant|geslant|dlrarrow|drarrow|sqrt\s*\{)|"
                   r"\b\w{1,3}\s+over\s+\w{1,3}\b")
_WIDE = re.compile(r"(?<=\S) {2,}")
_TIGHT = re.compile(r"(\\[A-Za-z]+) +(?=[_^'(])")   # \lambda _1 → \lambda_1
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")


def is_starmath(text: str) -> bool:
    """Whether notes write their formulas in StarMath: no LaTeX math, :data:`EVIDENCE` lines with a StarMath
    feature, one of them structural (see the module doc)."""
    if _LATEX.search(text):
        return False
    strong = weak = 0
    for line in text.split("\n")[:MAX_LINES]:
        if _STRONG.search(line):
            strong += 1
        elif _WEAK.search(line):
            weak += 1
    return strong >= 1 and strong + weak >= EVIDENCE


def starmath_line(line: str) -> str:
    """One line with its StarMath formulas in LaTeX (see the module doc); unchanged when it cannot be read."""
    if len(line) > MAX_LINE or _HEADING.match(line):
        return line
    from .starmath_reader import read_line  # the reader: imported only for notes written in StarMath

    out = read_line(line)
    if out is None:
        return line
    lead = line[:len(line) - len(line.lstrip())]   # a list's or a quote's indent stays as it was
    return lead + _TIGHT.sub(r"\1", _WIDE.sub(" ", out)).strip()


def starmath_latex(text: str) -> str:
    """Notes in StarMath notation rewritten with their formulas in LaTeX, line for line; code fences stay."""
    out, fenced = [], False
    for line in text.split("\n"):
        if line.lstrip().startswith("```"):
            fenced = not fenced
        out.append(line if fenced or line.lstrip().startswith("```") else starmath_line(line))
    return "\n".join(out)
