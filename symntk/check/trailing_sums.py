"""Working the notes stop in the middle of: a last statement that is only an unevaluated sum of numbers (the
neighbour :mod:`symntk.check.unfinished` handles a chain member that ends in an operator).

Notes that end with a kernel entry ``K₁₂ = 1 + 1 + 2 + 6`` (or ``$K_{12} = 1 + 1 + 2 + 6 +$``, ``… + 6 + …``)
stop while the learner is still adding up the terms: the sum has no result yet,
so it is not a claim that the entry is 10.
Such a last statement (after it only blank lines, a display's closing ``$$``/``\\]``, a LaTeX comment such as
``% TODO finish K22``, ``\\end{document}`` or a remark in words with no number or math, ``(ran out of time)``;
``= \\ldots`` after the sum is a result still to come) is blanked with spaces, so line numbers stay; it is never
judged, and the report lists it as context with its reason (nothing is silently dropped). Only a kernel
entry's name (``K``, ``Θ``, ``NTK`` with its indices) is looked at: its sum of term-wise products is the long
addition notes run out of time in, while ``\\dim θ = 2 + 2`` is a finished count.
A sum with a result (``= 1 + 1 + 2 + 6 = 10``), a sum with a name or symbol among its terms, or a sum
that is followed by any later text is read as usual, and so is every such sum in notes that never write a
kernel entry's sum with its result (``K₁₁ = 1 + 1 + 4 + 1 = 7``) earlier: only notes in that habit show that a bare
sum is not yet finished.
"""

from __future__ import annotations

import re

from .claims import Context
from .line_rows import line_text

_NUMBER = r"\d{1,6}(?:[.,]\d{1,6})?"
_TERM = rf"\(?-?{_NUMBER}\)?(?:\s{{0,3}}(?:·|\*|×|\\cdot|\\times)\s{{0,3}}\(?-?{_NUMBER}\)?){{0,3}}"
_SUM = re.compile(
    r"^\s{0,8}(?:[-*+]\s{1,4})?(?:\${1,2}|\\\[)?\s{0,4}"        # a bullet, the opening dollars or \[
    r"(?:K|Θ|\\Theta|NTK)(?![A-Za-z])[^=\n$<>≈]{0,30}?\s{0,4}=\s{0,4}"   # a kernel entry's name and its "="
    rf"{_TERM}(?:\s{{0,4}}[+−-]\s{{0,4}}{_TERM}){{1,40}}"  # two or more terms
    r"\s{0,4}(?:[+−-]\s{0,4})?(?:\.\.\.|…|\\[lc]?dots)?"  # "+ …": still going
    r"\s{0,4}(?:=\s{0,4}(?:\.\.\.|…|\\[lc]?dots|\?{1,3}))?"   # "= …": the result still to come
    r"\s{0,4}(?:\${1,2}|\\\])?\s{0,4}$")
_OPEN_RESULT = re.compile(r"=\s{0,4}(?:\.\.\.|…|\\[lc]?dots|\?{1,3})\s{0,4}(?:\${1,2}|\\\])?\s{0,4}$")
# what may follow the last statement besides blank lines: a display's closing, a LaTeX comment, the document's end
# or a remark in words with no number, math or relation (``(ran out of time, rest next week)``)
_CLOSING = re.compile(r"^\s{0,8}(?:\$\$|\\\]|\\end\{(?:document|equation\*?|align\*?|gather\*?)\}|%.{0,300}|"
                      r"[^\d$=≈<>\\|\n]{1,300})\s{0,8}$")
_FINISHED = re.compile(   # the habit: a kernel entry's sum followed by its result, K₁₁ = 1 + 1 + 4 = 6
    r"(?:K|Θ|\\Theta|NTK)(?![A-Za-z])[^=\n$<>≈]{0,30}?\s{0,4}=\s{0,4}"
    rf"{_TERM}(?:\s{{0,4}}[+−-]\s{{0,4}}{_TERM}){{1,40}}\s{{0,4}}=\s{{0,4}}[-−]?{_NUMBER}")


def trailing_sum(text: str) -> tuple[str, Context | None]:
    """``text`` with its last statement blanked when that statement is an unevaluated sum of numbers, and that
    statement as context for the report (its 1-based line, its text, the reason); else ``(text, None)``."""
    lines = text.split("\n")
    last = len(lines) - 1
    while last >= 0 and (not lines[last].strip() or _CLOSING.match(lines[last])):
        last -= 1
    if last < 0 or not _SUM.match(lines[last]) or \
            lines[last].count("=") != 1 + bool(_OPEN_RESULT.search(lines[last])):
        return text, None
    if not any(_FINISHED.search(line) for line in lines[:last]):
        return text, None   # notes that never finish a sum with its result: the bare sum is their answer
    shown = line_text(lines[last]).strip("$ ")   # the sum without its bullet and dollars, as context shows math
    aside = Context(last + 1, shown, "unfinished", "unfinished sum: no result written")
    lines[last] = " " * len(lines[last])
    return "\n".join(lines), aside


def trailing_sum_blanked(text: str) -> str:
    """``text`` with its last statement blanked when that statement is an unevaluated sum of numbers."""
    return trailing_sum(text)[0]
