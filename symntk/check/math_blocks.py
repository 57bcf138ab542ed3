"""Finding the math in a notes text: the blocks between ``$…$``, ``$$…$$``, ``\\[…\\]``, ``\\(…\\)``, display
environments, inline code and code fences, in order, each with the line of its opener.

Reading is linear in the size of the text: every closer is looked up with a memoised forward search
(:class:`_Finder`), so a file of a thousand unclosed ``\\[`` is read in one pass.
"""

from __future__ import annotations

import re

from .cell_output import cell_output_claims
from .continued_words import continues
from .eigen_inline import eigenvalues_named
from .eigen_sums import inline_in_text
from .inline_names import (
    LEADS,
    ROOT_MARK,
    after_a_root,
    after_a_word,
    derivative_vector,
    jacobian_row,
    labelled_vector,
    name_before,
    quantity_named,
)
from .octave import is_session, session_claims
from .output_lists import output_listed
from .pasted import CODE_CELLS, MAX_PASTED, displayed, fence_claims, inline_claims, is_cell, output_claims
from .plain_text import AT_POINT, MATH_FENCES, fenced_math, is_math_code
from .r_console import is_r_session
from .r_console import session_claims as r_session_claims
from .running_totals import CONTEXT, running_body
from .segment import Segment

MAX_SEGMENTS = 600

_ENVIRONMENTS = "equation|align|alignat|gather|multline|eqnarray|flalign|displaymath|math"
_OPENER = re.compile(r"\\\$|\$\$|\$|\\\[|\\\(|\\begin\s*\{(" + _ENVIRONMENTS + r")(\*?)\}|^[ \t]*(```|~~~)|`", re.M)
_COLUMNS = re.compile(r"^\s{0,3}\{\s{0,3}\d{1,2}\s{0,3}\}")


class _Finder:
    """``text.find(needle, start)`` for starts that only grow, in linear total time: a search that
    found nothing, or found a place at or after the new start, is not repeated."""

    def __init__(self, text: str):
        self.text = text
        self.cache: dict[str, tuple[int, int]] = {}

    def find(self, needle: str, start: int) -> int:
        """The first index ≥ ``start`` where ``needle`` occurs, or -1."""
        cached = self.cache.get(needle)
        if cached is not None and cached[0] <= start and (cached[1] == -1 or cached[1] >= start):
            return cached[1]
        at = self.text.find(needle, start)
        self.cache[needle] = (start, at)
        return at


def blocks(text: str, covered: list | None = None) -> list[Segment]:
    """The math blocks of a notes text in order: (line of the opener, body, display); the spans of math
    and code are appended to ``covered``."""
    covered = [] if covered is None else covered
    finder = _Finder(text)
    out: list[Segment] = []
    pos = pasted = 0
    cell = None   # (end, body) of a notebook code cell right before, whose output may follow
    inline = (-1, None)   # (end, body as read) of the last inline math, which a running total may continue
    r_state: dict = {}   # what the notes' R fences assigned so far (knitr's chunks share one R session)
    while True:
        m = _OPENER.search(text, pos)
        if m is None or len(out) > MAX_SEGMENTS:
            return out
        token = m.group(0)
        start = m.end()
        if token == "\\$":
            pos = start
            continue
        if m.group(3):  # a code fence: skip to the closing fence (an untagged one may hold math)
            close = finder.find("\n" + m.group(3), start)
            pos = len(text) if close < 0 else close + 1 + len(m.group(3))
            covered.append((m.start(), pos))
            tag = text[start:_line_end(text, start)].strip().lower()
            if close >= 0 and is_session(text[_line_end(text, start) + 1:close]):
                out.extend(session_segments(text, _line_end(text, start) + 1, close))
                continue
            if close >= 0 and is_r_session(text[_line_end(text, start) + 1:close]):
                out.extend(session_segments(text, _line_end(text, start) + 1, close,
                                            lambda body: r_session_claims(body, r_state)))
                continue
            if close >= 0 and tag in MATH_FENCES:
                out.extend(Segment(_line(text, at), body, False, soft=True)
                           for at, body in fenced_math(text, _line_end(text, start), close))
            if close >= 0:
                shown = displayed(cell[1]) if cell and tag in MATH_FENCES and not text[cell[0]:m.start()].strip() \
                    else None
                out.extend(_pasted(text, m.start(), _line_end(text, start) + 1, close, tag not in MATH_FENCES, shown))
                code = text[_line_end(text, start) + 1:close]
                cell = (pos, code) if is_cell(tag, code) else None
            continue
        if token == "`":
            close = text.find("`", start, _line_end(text, start))
            pos = start if close < 0 else close + 1
            covered.append((m.start(), pos, "code"))   # blanked for prose, but the line's prose is still read
            body = text[start:close] if close > start else ""
            point = AT_POINT.search(text[max(0, text.rfind("\n", max(0, m.start() - 60), m.start()) + 1,
                                                m.start() - 60):m.start()])
            if body and is_math_code(body):
                out.append(Segment(_line(text, m.start()), body, False, soft=True))
            elif point and re.fullmatch(r"\s*\[[^`]{1,400}\]\s*", body):   # at x1 = 0: `[0, 0, 1]`
                out.append(Segment(_line(text, m.start()), f"∇f({point.group(3)}) = {body}", False, soft=True))
            elif body and pasted < MAX_PASTED:   # inline output read with what printed it (bounded per file)
                pasted += 1
                made, certain = inline_claims(body, _producer(text, m.start()))
                out.extend(Segment(_line(text, m.start()), claim, False, soft=not certain) for claim in made)
            continue
        close = _inline_close(text, start) if token == "$" else _paren_close(text, start) if token == "\\(" else -1
        if token == "$" and close < 0:
            pos = start
            continue
        if close >= 0:   # inline math, $…$ or \(…\) on one line: read with the prose around it
            body = text[start:close]
            run = running_body(body, inline[1], text[inline[0]:m.start()] if inline[0] >= 0 else "\n")
            inline = (close + len(token), run or body)
            if run is not None:   # $2+2 = 4$, $+1 = 5$: the second says 4 + 1 = 5, or nothing on its own
                if run != CONTEXT:
                    out.append(Segment(_line(text, m.start()), run, False, soft=True))
                covered.append((m.start(), close + len(token)))
                pos = close + len(token)
                continue
            labelled = output_listed(text, m.start(), body) or labelled_vector(text, m.start(), body) or \
                derivative_vector(text, m.start(), body) or jacobian_row(text, m.start(), body) or \
                eigenvalues_named(text, m.start(), body)
            named = labelled or quantity_named(text, m.start(), body)
            summed = inline_in_text(text, m.start(), close, body) if named == body else None
            named = summed or named   # Sum $= 46 = \operatorname{tr}K$, minors $= 11 + 44 + 11 = 66$: read softly
            begin, named = name_before(text, m.start(), named) if named == body else (m.start(), named)
            if named == body and after_a_root(text, m.start(), body):   # "root $\approx 3.40$"
                named = ROOT_MARK + body.lstrip()
            prose_led = named == body and body.lstrip().startswith(LEADS) and not continues(text, m.start())
            out.append(Segment(_line(text, m.start()), named, False, soft=labelled is not None or summed is not None or
                               after_a_word(text, m.start(), named) or prose_led))
            covered.append((begin, close + len(token)))
            pos = close + len(token)
            continue
        closer = {"$$": "$$", "\\[": "\\]", "\\(": "\\)"}.get(token)
        if closer is None:
            closer = f"\\end{{{m.group(1)}{m.group(2)}}}"
        close = finder.find(closer, start)
        line = _line(text, m.start())
        if close < 0:
            out.append(Segment(line, token, True, error=f"unclosed:{closer}"))
            pos = start
            continue
        body = text[start:close]
        if m.group(1):   # \begin{alignat}{2}: the number of columns is no math
            body = _COLUMNS.sub(lambda c: " " * len(c.group(0)), body, count=1)
        labelled = labelled_vector(text, _prose_end(text, m.start()), body.strip().rstrip(".,;").rstrip()) \
            if token in ("$$", "\\[") else None
        if labelled:   # "…, gradient" then $$(…)$$: the label before the display names it
            out.append(Segment(line, labelled, False, soft=True))
        else:
            out.append(Segment(line, body, token != "\\("))
        covered.append((m.start(), close + len(closer)))
        pos = close + len(closer)


def _prose_end(text: str, at: int) -> int:
    """Where the prose right before ``at`` ends: ``at`` less the blanks and at most one line break before it."""
    window = text[max(0, at - 40):at]
    gap = len(window) - len(window.rstrip())
    return at - gap if window[len(window) - gap:].count("\n") <= 1 else at


def _line_before(text: str, at: int) -> str:
    """The last line before position ``at`` that is not blank (at most 2000 characters back)."""
    lines = [line for line in text[max(0, at - 2000):at].split("\n") if line.strip()]
    return lines[-1] if lines else ""


def _producer(text: str, at: int) -> str:
    """What printed inline output at ``at``: the line up to it (`` `K.eigenvals()` → ``), else the line before."""
    start = text.rfind("\n", 0, at) + 1
    own = text[max(start, at - 200):at]
    return own if re.search(r"\w", own) else _line_before(text, start)


def _pasted(text: str, opener: int, body: int, close: int, assignments: bool,
            shown: list | None = None) -> list[Segment]:
    """The claims of the outputs pasted in a code fence (:mod:`symntk.check.pasted`), one line each; ``shown``:
    what the notebook code cell right above it shows, when it is that cell's output."""
    found = output_claims(text[body:close], shown) if shown else None
    tag = text[opener:body].strip().lstrip("`~").strip().lower()
    if found is None and tag in CODE_CELLS:   # the cell and what it printed in one fence (Org's src and results)
        found = cell_output_claims(text[body:close], _line_before(text, opener))
    if found is None:
        found = fence_claims(text[body:close], _line_before(text, opener), assignments, tag in CODE_CELLS)
    return [Segment(_line(text, body + offset), claim, False, soft=not certain) for offset, claim, certain in found]


def session_segments(text: str, body: int, close: int, read=session_claims) -> list[Segment]:
    """The claims of a pasted MATLAB/Octave session (:mod:`symntk.check.octave`), or with ``read`` another
    console's (:mod:`symntk.check.r_console`), one line each."""
    return [Segment(_line(text, body + offset), claim, False, soft=not certain)
            for offset, claim, certain in read(text[body:close])]


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _inline_close(text: str, start: int) -> int:
    """The ``$`` that closes inline math opened before ``start`` on the same line (not ``\\$``), or -1."""
    end = _line_end(text, start)
    at = start
    while True:
        at = text.find("$", at, end)
        if at < 0:
            return -1
        if text[at - 1] != "\\":
            return at if at > start else -1
        at += 1


def _paren_close(text: str, start: int) -> int:
    """The ``\\)`` that closes inline math ``\\(`` opened before ``start`` on the same line, or -1."""
    at = text.find("\\)", start, _line_end(text, start))
    return at if at > start else -1


class _Lines:
    """Line numbers of positions, counted once (positions are asked in increasing order)."""

    def __init__(self):
        self.text = None
        self.pos = 0
        self.line = 1


_LINES = _Lines()


def _line(text: str, pos: int) -> int:
    state = _LINES
    if state.text is not text or pos < state.pos:
        state.text, state.pos, state.line = text, 0, 1
    state.line += text.count("\n", state.pos, pos)
    state.pos = pos
    return state.line
