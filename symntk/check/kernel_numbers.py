"""Kernels numbered by a bare superscript (``K¹``, ``K²``, ``Θ^1``, ``K^{2}``): one kernel per output.

Notes that compute one kernel per output often number them the way they number anything, with a plain
superscript digit: ``K¹ = [[7, 10], [10, 15]]`` … ``K² = [[13, 19], [19, 30]]``. Read alone ``K²`` is K
squared, so the numbering is taken only when the notes also write a first one (``K¹``, ``K^1``, ``K^{1}``):
nobody writes a matrix to the power one, so a first number says the superscripts are labels. The labels
then read as the output's kernel ``K⁽¹⁾``, ``K⁽²⁾`` (which the normaliser reads as ``K^{[o]}``); which
output, or the full kernel, a claim is judged against is the judges' business (with one output K⁽¹⁾ is K).

One pass of two plain regular expressions without nested repetition: linear in the text's size.
"""

from __future__ import annotations

import re

_SUPER = {"¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9"}
_SUPER_OUT = {v: k for k, v in _SUPER.items()}
# K or Θ (or \Theta) with one superscript digit that is not part of a longer script, nor a function's value
_NUMBERED = re.compile(r"(?<![A-Za-z\\])(K|Θ|\\Theta)(?:([¹²³⁴⁵⁶⁷⁸⁹])|\^\s?(?:([1-9])|\{\s?([1-9])\s?\}))"
                       r"(?![⁰¹²³⁴⁵⁶⁷⁸⁹⁻ᵀ0-9A-Za-z(\[{])")
_FIRST = re.compile(r"(?<![A-Za-z\\])(?:K|Θ|\\Theta)(?:¹|\^\s?1|\^\{\s?1\s?\})(?![⁰¹²³⁴⁵⁶⁷⁸⁹⁻0-9])")


def numbered_kernels(text: str) -> str:
    """``text`` with superscript-numbered kernels written as one output's kernel (see the module doc); the
    text unchanged when no kernel is numbered 1."""
    if not _FIRST.search(text):
        return text

    def label(m: re.Match) -> str:
        digit = _SUPER.get(m.group(2) or "") or m.group(3) or m.group(4)
        return f"{m.group(1)}⁽{_SUPER_OUT[digit]}⁾"

    return _NUMBERED.sub(label, text)
