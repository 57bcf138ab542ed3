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


_SUPER = {"¹": 1, "²": 2, "³": 3, "⁴": 4, "⁵": 5, "⁶": 6, "⁷": 7, "⁸": 8, "⁹": 9}
# a line that opens with one output's kernel as its subject: "K1: …", "check: K2 has …", "K^(1): λ² − …",
# "$K^{(2)}$: …", "for K^(2): …", "Θ⁽¹⁾ gives …"; the kernel's number bare, after _, or in a superscript's brackets
_KERNEL_SUBJECT = re.compile(
    r"^[^A-Za-z$]{0,8}(?:[A-Za-z]{1,12}\s{0,3}:\s{0,3})?(?:(?:for|für|fuer|pour|para|per|fyrir)\s{1,3})?"
    r"\$?\s{0,2}(?:K|\\Theta|Θ)\s{0,2}(?:_?\{?([1-9])\}?|\^\s{0,2}\{?\s{0,2}[(\[]\s{0,2}([1-9])\s{0,2}[)\]]\s{0,2}\}?"
    r"|⁽([¹²³⁴⁵⁶⁷⁸⁹])⁾)\s{0,2}\$?\s{0,3}(?::|has\b|is\b|gives\b)", re.I)


def kernel_subject(line: str) -> int | None:
    """The output whose kernel ``line`` opens with as its subject (``K1: tr = 43``, ``K^(2): λ² − 43λ + 29 = 0``,
    ``for $K^{(2)}$: …``, ``check: K2 has …``), else None."""
    m = _KERNEL_SUBJECT.match(line[:200])
    if not m:
        return None
    return int(m.group(1) or m.group(2)) if not m.group(3) else _SUPER[m.group(3)]
