"""Results stated before their working (``Answer: K = …`` at the top, then the steps): a wrong value the learner
states again later, where it is carried forward from a mistake made after the first statement, is carried too.
A kernel matrix stated first may be stated again entry by entry (``K_{12} = … = 24``): it is the learner's own
when every entry agrees with the entries stated later, one of them carried.

The first statement is the same result as the later one, so it follows from the same slip in the working below
it; a mistake the first statement itself made (the later one carried from it) stays the real mistake.
"""

from __future__ import annotations

import re

from .feedback import Feedback
from .judgement import Judgement

_MATRIX = re.compile(r"^\\begin\{[bpv]?matrix\}(.{1,2000})\\end\{[bpv]?matrix\}$", re.S)


def _written(claimed: str) -> str:
    """The claimed member with its blanks left out (``1, 2`` and ``1,2`` are the same writing)."""
    return "".join(claimed.split())


def _source_line(j: Judgement) -> int | None:
    """The line of the mistake a carried judgement is carried from, when its feedback names one."""
    for f in j.feedback:
        if f.code == "carried":
            sources = f.params.get("sources") or []
            return sources[0][0] if sources else None
    return None


def _cells(claimed: str) -> dict[str, str] | None:
    """A written matrix's entries by target (``K_{1,2}`` → ``24``), or None when the member is no matrix."""
    m = _MATRIX.match(claimed.strip())
    if m is None:
        return None
    rows = [r.split("&") for r in m.group(1).split("\\\\")]
    if len(rows) > 20 or any(len(r) != len(rows) for r in rows):
        return None
    return {f"K_{{{i},{k}}}": _written(c) for i, r in enumerate(rows, 1) for k, c in enumerate(r, 1)}


def _entries_later(j: Judgement, later: list[Judgement]) -> Judgement | None:
    """A carried kernel entry after ``j`` (a kernel matrix) when the entries stated later (the last member of
    each) are the matrix's entries (each at least once, above the diagonal or below it); else None."""
    cells = _cells(j.claimed) if j.kind == "kernel_matrix" else None
    if not cells:
        return None
    stated = {k.target: (_written(k.claimed), k) for k in later if k.kind == "kernel_entry" and k.line > j.line}
    carried = None
    for target, value in cells.items():
        i, k = target[3:-1].split(",")
        mirror = stated.get(target) or stated.get(f"K_{{{k},{i}}}")
        if mirror is None or mirror[0] != value:
            return None
        if mirror[1].carried and carried is None:
            carried = mirror[1]
    return carried


def carried_ahead(judgements: list[Judgement]) -> list[Judgement]:
    """``judgements`` with each wrong claim that a later claim of the same kind and target restates (the same
    member written), carried from a mistake on a line after the first one, made carried from that mistake."""
    for n, j in enumerate(judgements):
        if j.verdict != "wrong" or j.carried or not j.target:
            continue
        entries = _entries_later(j, judgements[n + 1:])
        for later in ([entries] if entries else []) + judgements[n + 1:]:
            source = _source_line(later) if later.carried else None
            same = later is entries or later.kind == j.kind and later.target == j.target and \
                _written(later.claimed) == _written(j.claimed)
            if later.line > j.line and same and later.verdict == "wrong" and source is not None and source > j.line:
                j.carried = True
                j.feedback = [f for f in j.feedback if f.code != "mismatch"]
                j.feedback.append(Feedback("carried", dict(next(f for f in later.feedback
                                                                 if f.code == "carried").params)))
                break
    return judgements
