"""Outputs named inside a line, each before the math it is about: ``Úttak 1: $λ ≈ 21.77, 0.23$. Úttak 2: $λ ≈ …$``,
``eigenvalues for output 2: …``, ``Ausgang 1 — $K_{12} = 10$``.

A learner who sums up two outputs' results on one line names each output in words before its own math. The
label is the output word, its number and a colon or dash; the math after it, up to the next label, is about
that output. :func:`inline_outputs` finds the labels (linear, no nested quantifiers); :func:`output_before`
says which one a piece of math on the line comes after.
"""

from __future__ import annotations

import re

from .output_subject import OUTPUT_WORD

_LABEL = re.compile(r"(?<![^\W\d_])" + OUTPUT_WORD + r"\s{0,3}(?:no\.?\s{0,2}|#\s{0,2})?([1-9])(?![0-9.,])"
                    r"\s{0,3}(?:\*\*)?\s{0,3}[:—–]", re.I)


def inline_outputs(line: str) -> list[tuple[int, int]]:
    """(where the math after the label may start, output) for each output label on ``line``, in order."""
    return [(m.end(), int(m.group(1))) for m in _LABEL.finditer(line[:2000])]


def output_before(line: str, labels: list[tuple[int, int]], piece: str, start: int) -> tuple[int | None, int]:
    """(the output of the last label before ``piece``, found on ``line`` at or after ``start``; where the search
    for the next piece on the line starts). None when the piece is not found or no label comes before it."""
    at = line.find(piece, start) if piece else -1
    if at < 0:
        return None, start
    before = [output for end, output in labels if end <= at]
    return (before[-1] if before else None), at + len(piece)
