"""Datapoint labels typed inside math, as handwriting and OCR converters export them: ``$x_1 = 1 :$ $(…)$``,
``$x_1 = 1 : \\nabla f = (…)$``, ``$\\text{at } x^{(2)}: K_{22} = 5$``.

A converter puts the whole line in math, colon and all; a learner typing it puts the label in prose
(``$x_1 = 1$: $(…)$``), which the checker reads already (the label names the datapoint, a bare vector after it is
the gradient there). :func:`math_labels` rewrites the first into the second: the colon of a datapoint label alone
in an inline math goes after it, and a datapoint label with a colon that starts one becomes math of its own (its
words, ``\text{at }``, prose before it). One scan per line, the patterns without nested repetition.
"""

from __future__ import annotations

import re

_MATH = re.compile(r"(?<![$\\])\$(?!\$)([^$\n]{1,2000})\$(?!\$)")
_INDEX = r"(?:_\s*\{?\s*\d{1,2}\s*\}?|\^\s*\{?\s*[(\[]\s*\d{1,2}\s*[)\]]\s*\}?|[₁-₉])"
_VALUE = r"=\s*(?:-\s*)?[\d(\[\\][^:=$]{0,80}?"   # = 1, = (1, 0)^T, = \left( 1, 0\right)
_LABEL = (r"^\s*(?:\\text\s*\{([^{}$]{1,20})\}\s*)?((?:\\mathbf\s*\{\s*x\s*\}|\\boldsymbol\s*\{\s*x\s*\}|x)"
          r"\s*(?:" + _INDEX + r"\s*(?:" + _VALUE + r")?|" + _VALUE + r"))\s*:(?!=)\s*")
_HEAD = re.compile(_LABEL + r"(\S.*)$")   # a label, then the math it heads
_ALONE = re.compile(_LABEL + r"$")         # a label alone, its colon inside the math


def _words(m: re.Match) -> str:
    return f"{m.group(1).strip()} " if m.group(1) and m.group(1).strip() else ""


def _split(m: re.Match) -> str:
    body = m.group(1)
    head = _HEAD.match(body)
    if head:
        return f"{_words(head)}${head.group(2).strip()}$: ${head.group(3)}$"
    alone = _ALONE.match(body)
    return f"{_words(alone)}${alone.group(2).strip()}$:" if alone else m.group(0)


def math_labels(text: str) -> str:
    """``$x_1 = 1 : \\nabla f = (…)$`` → ``$x_1 = 1$: $\\nabla f = (…)$``; ``$x_1 = 1 :$`` → ``$x_1 = 1$:``."""
    return _MATH.sub(_split, text)
