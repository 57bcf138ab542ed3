"""A datapoint label written inside the inline math of its vector (``\\( x_{1}=1: \\quad(1,3,1) \\)``,
``$x_2 = -1:\\ (1, -3, 1)$``, ``\\( x^{(1)}=(1,0): h=(1,1) \\)``): the math cut after the label, as
``\\( x_{1}=1 \\): \\( (1,3,1) \\)``.

Handwriting converted by Mathpix keeps a line's label and its result in one formula; typed notes put the label
in math of its own and the vector after a colon, which :func:`symntk.check.inline_names.labelled_vector` reads
as the gradient at that datapoint, and a claim after it (``h = (1, 1)``) as said at that datapoint. Only a label
that names a datapoint (``x_i``, ``x^{(i)}``, ``x_i = v``, ``x = v`` with v a number or a tuple of numbers) right
at the start of the math, a colon, LaTeX spacing and an opening bracket or a claim with ``=`` are cut; nothing
else is touched. One linear pattern; lines are kept.
"""

from __future__ import annotations

import re

_NUMBER = r"[-−]?\d{1,6}(?:\.\d{1,6})?"
_LABEL = (r"x(?:_\{?[1-9]\d?\}?|\^\{?\([1-9]\)\}?)?(?:[ \t]{0,3}=[ \t]{0,3}(?:" + _NUMBER + r"|\(" + _NUMBER +
          r"(?:[ \t]{0,2},[ \t]{0,2}" + _NUMBER + r"){1,5}\)(?:\^\{?T\}?)?))?")
_SPACING = r"(?:[ \t]{0,3}(?:\\q?quad(?![A-Za-z])|\\[,;: ]))*[ \t]{0,3}"
_CUT = re.compile(r"(\\\(|(?:^|(?<=[\s(]))\$(?!\$))[ \t]{0,3}(" + _LABEL + r")[ \t]{0,3}:" + _SPACING +
                  r"(?=\\left[ \t]{0,3}[(\[]|\\[bB]igg?l?[ \t]{0,3}[(\[]|[(\[]|[^$:\n]{1,200}?=)", re.M)


def inline_labels(text: str) -> str:
    """Every inline math that starts with a datapoint label, a colon and a bracket, cut after the label (see the
    module doc)."""
    if ":" not in text:
        return text
    return _CUT.sub(lambda m: f"{m.group(1)}{m.group(2)}{'$' if m.group(1) == '$' else chr(92) + ')'}: "
                              f"{m.group(1)}", text)
