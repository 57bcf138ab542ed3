"""The gradient at a datapoint named in prose right before a vector: ``the gradient at $x_1$ is $(…)$``, and after
it ``and at $x^{(2)}$ it's $(…)$`` (a pronoun for the gradient named on the line or the one above).

Only words that name both the gradient (or stand for it) and the datapoint label the vector; the label gives the
datapoint's number. Every pattern is bounded (linear time).
"""

from __future__ import annotations

import re

_POINT = r"(?:x_\{?(\d)|x\^\{?\((\d)|x([₁-₉]))"
_VERB = r"(?:is|equals|=|becomes|er|ist|est|es|är)"
# "the gradient at $x_1$ is", "∇f at $x^{(2)}$ equals"
_NAMED = re.compile(r"(?<![\w\\])(?:gradient\w{0,2}|grad|\\nabla\s{0,2}f|∇f)\s{1,3}(?:at|for|in|bei|í|en|à)\s{1,3}"
                    r"\$?\s{0,2}" + _POINT + r"[\s})]{0,6}\$?\s{1,3}" + _VERB + r"\s{0,3}$", re.I)
# "and at $x^{(2)}$ it's": a pronoun for the gradient named before
_PRONOUN = re.compile(_POINT + r"[^:\n]{0,40}?\s(?:it\s+is|it's|it\s+becomes|we\s+get|I\s+get)\s{0,3}$")
# words between the datapoint and the pronoun that name another quantity or hold other math: "at $x_2$ for
# $(z, h, f)$ we get", "at $x_2$ for the hidden layer we get", "the change from $x_1$ to $x_2$, it is"
_OTHER_QUANTITY = re.compile(r"\$|\\\(|(?<![^\W\d_])(?:hidden|layer|output|activation|pre-?activation|kernel|entr"
                             r"(?:y|ies)|values?|difference|change|product|sum|loss|inputs?|column|row|eigen\w{0,6}|"
                             r"trace|delta|z|h|a|f|K)(?![^\W\d_])", re.I)
_POINT_END = re.compile(r"^[^$\n]{0,30}\$")   # the rest of the datapoint's math ("}$", " = (0, 1)$")
_GRADIENT_BEFORE = re.compile(r"(?<![\w\\])(?:gradient\w{0,2}|grad|\\nabla|∇)", re.I)
_SUBSCRIPTS = {ch: str(n) for n, ch in enumerate("₁₂₃₄₅₆₇₈₉", start=1)}


def point_label(text: str, at: int) -> tuple[str, str | None] | None:
    """(the label, the datapoint's number; None when the label gives the point a value) for inline math opening at
    ``at`` in ``text`` after words that name the gradient at a datapoint (see the module doc), else None."""
    start = text.rfind("\n", 0, at) + 1
    before = text[max(start, at - 80):at]
    m = _NAMED.search(before)
    if m is None:
        m = _PRONOUN.search(before)
        above = text.rfind("\n", 0, max(0, start - 1)) + 1
        if m is None or not _GRADIENT_BEFORE.search(text[max(above, at - 400):at - len(before) + m.start()]):
            return None
        gap = _POINT_END.sub("", m.group(0)[m.end(m.lastindex or 0) - m.start():], count=1)
        if _OTHER_QUANTITY.search(gap):
            return None
    digit = next(g for g in m.groups() if g)
    if "=" in m.group(0):   # "at $x_2 = (0, 1)$ it is": the datapoint of the context decides
        return m.group(0), None
    return m.group(0), _SUBSCRIPTS.get(digit, digit)
