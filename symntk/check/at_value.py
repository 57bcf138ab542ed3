"""The network at a datapoint written by its value: ``∇f(1)`` is ∇f(x_1) when the notes set x_1 = 1.

Learners who tabulate by input value write ``∇f(2) = (…)``, ``∂f(0)/∂W1`` or ``\\nabla_\\theta f(2)`` for the
gradient at the datapoint whose value is 2. With one input, a number in the call that is the value of exactly
one datapoint x_i (``x_i = value`` in the notes, see :func:`symntk.check.tables.data_points`) is read as x_i;
any other number is left as written (``f(3)`` is then f at the input 3). One linear pass of a regular
expression without nested repetition.
"""

from __future__ import annotations

import re
from fractions import Fraction

_AT = re.compile(r"((?:∇|\\nabla|∂|\\partial)\s?(?:_\{?\\?(?:theta|θ)\}?\s?)?(?:f|y)(?:_\{?\d\}?)?\s?)"
                 r"\(\s?([-−]?\d{1,6}(?:\.\d{1,6})?)\s?\)")

_NAMED_AT = re.compile(r"(?<![\w\\])(g|G|J)\s?\(\s?([-−]?\d{1,6}(?:\.\d{1,6})?)\s?\)(?=\s?=\s?(?:\\left\s?)?[(\[])")


def at_datapoints(text: str, points: dict[tuple[Fraction, ...], int]) -> str:
    """``text`` with every ∇f(v) / ∂f(v) whose v is one datapoint's value written ∇f(x_{i}) / ∂f(x_{i}), and the
    learner's own gradient name at that value set equal to a vector, ``g(2) = (…)``, written g_{i} (see
    :data:`symntk.check.judge_values.GRADIENT_LETTERS`)."""
    if not points:
        return text

    def point(m: re.Match) -> str:
        index = points.get((Fraction(m.group(2).replace("−", "-")),))
        return m.group(0) if index is None else f"{m.group(1)}(x_{{{index}}})"

    def named(m: re.Match) -> str:
        index = points.get((Fraction(m.group(2).replace("−", "-")),))
        return m.group(0) if index is None else f"{m.group(1)}_{{{index}}}"

    return _NAMED_AT.sub(named, _AT.sub(point, text))
