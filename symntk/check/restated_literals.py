"""A literal typed into code that only restates numbers the notes already wrote: no new claim.

Learners hand their work to a program by typing it in again: ``J = np.array([[1, 0, 1, 0, 1, 2, 1], [1, 0, 1, 0, 2,
3, 1]])`` after writing ``g_1 = (1, 0, 1, 0, 1, 2, 1)`` and ``g_2 = (1, 0, 1, 0, 2, 3, 1)``, or ``>> K = [3 5 7; 5 12
17; 7 17 31];`` under the matrix they wrote as ``\\begin{bmatrix} 3 & 5 & 7 \\\\ …``. The statement copies what the
notes claimed (judged there) into the program; it claims nothing new. A code assignment of a literal (``=`` or
``<-`` then ``[``, ``np.array(``, ``matrix(``, ``rbind(``, …) is such a copy when every row of it, as a run of
numbers, stands in one line of the notes before the code. What the program printed is still a claim, and so is a
literal whose numbers the notes never wrote (their first statement of J). Rows of fewer than two numbers prove no
copy. Every pattern is linear; sizes are bounded.
"""

from __future__ import annotations

import bisect
import re
from fractions import Fraction
from functools import lru_cache

from .segment import Segment

_ASSIGNMENT = re.compile(r"^\s{0,8}(?:>>>?\s{0,3}|In\s?\[\d{0,4}\]:\s{0,3})?[A-Za-z]\w{0,15}\s{0,3}(?:=|<-)\s{0,3}"
                         r"(?:np\.array\(|numpy\.array\(|array\(|np\.matrix\(|matrix\(|Matrix\(|rbind\(|cbind\(|"
                         r"c\(|\[)")
_NUMBER = re.compile(r"[-−]?\d{1,12}(?:\.\d{1,12})?")
_ROW = re.compile(r"\[([^\[\]]{1,400})\]")
MAX_LINES = 300   # lines before the code looked at
MAX_CHARS = 2000   # of each line


def _numbers(text: str) -> list[Fraction]:
    return [Fraction(n.replace("−", "-")) for n in _NUMBER.findall(text)]


def _stands_in(row: list[Fraction], runs: list[list[Fraction]]) -> bool:
    """Whether ``row`` is a run of consecutive numbers of one of ``runs``."""
    n = len(row)
    return any(run[i:i + n] == row for run in runs for i in range(len(run) - n + 1))


@lru_cache(maxsize=4)
def _line_starts(text: str) -> list[int]:
    """The offset of every line of ``text`` (the same text is asked once per code block: remembered)."""
    return [0, *(m.end() for m in re.finditer("\n", text))]


def _line(text: str, starts: list[int], n: int) -> str:
    """Line ``n`` (1-based) of ``text``, at most MAX_CHARS of it."""
    if not 0 < n <= len(starts):
        return ""
    end = text.find("\n", starts[n - 1], starts[n - 1] + MAX_CHARS)
    return text[starts[n - 1]:end if end >= 0 else starts[n - 1] + MAX_CHARS]


def without_restated(text: str, before: int, segments: list[Segment]) -> list[Segment]:
    """``segments`` read from the code starting at ``before`` in ``text``, less the literals that restate numbers
    the notes wrote before it (see the module doc)."""
    if not segments:
        return segments
    starts = _line_starts(text)
    runs = None
    kept = []
    for segment in segments:
        code = _line(text, starts, segment.line)
        rows = [_numbers(r) for r in _ROW.findall(segment.text.split("=", 1)[-1])] if "=" in segment.text else []
        if _ASSIGNMENT.match(code) and rows and all(len(r) >= 2 for r in rows):
            if runs is None:
                last = bisect.bisect_right(starts, before)
                runs = [_numbers(_line(text, starts, n)) for n in range(max(1, last - MAX_LINES), last)]
            if all(_stands_in(r, runs) for r in rows):
                continue
        kept.append(segment)
    return kept
