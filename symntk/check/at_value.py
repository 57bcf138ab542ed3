"""The network at a datapoint written by its value: ``∇f(1)`` is ∇f(x_1) when the notes set x_1 = 1.

Learners who tabulate by input value write ``∇f(2) = (…)``, ``∂f(0)/∂W1`` or ``\\nabla_\\theta f(2)`` for the
gradient at the datapoint whose value is 2. With one input, a number in the call that is the value of exactly
one datapoint x_i (``x_i = value`` in the notes, see :func:`symntk.check.tables.data_points`) is read as x_i;
any other number is left as written (``f(3)`` is then f at the input 3). The learner's own gradient letter
defined at a value, ``g(2) = [4 2 7 1]``, is their g_i (the gradient at x_i). Linear passes of regular
expressions without nested repetition.
"""

from __future__ import annotations

import re
from fractions import Fraction

_AT = re.compile(r"((?:∇|\\nabla|∂|\\partial)\s?(?:_\{?\\?(?:theta|θ)\}?\s?)?(?:f|y)(?:_\{?\d\}?)?\s?)"
                 r"\(\s?([-−]?\d{1,6}(?:\.\d{1,6})?)\s?\)")

_OWN_AT = re.compile(r"(?<![A-Za-z\\_{])(g|G|J)\s?\(\s?([-−]?\d{1,6}(?:\.\d{1,6})?)\s?\)(?=\s?=)")

_SCALAR = r"-?\d{1,6}(?:\.\d{1,6})?"
_ROW = re.compile(rf"(?<![\w\\])x\s?=\s?\[\s?({_SCALAR}(?:(?:\s?,\s?|\s{{1,3}}){_SCALAR}){{1,19}})\s?\]"
                  r"(?!\s?(?:'|\^|ᵀ))")


def row_points(text: str) -> dict[tuple[Fraction, ...], int]:
    """The datapoints listed as one row of scalars (MATLAB's ``x = [0 1 2]``): value → index, when the notes
    have exactly one such row (a transposed row is one point, not a list)."""
    rows = _ROW.findall(text[:200_000])
    if len(set(rows)) != 1:
        return {}
    values = [Fraction(v) for v in re.split(r"[\s,]+", rows[0].strip()) if v]
    return {(v,): i for i, v in enumerate(values, start=1)} if len(set(values)) == len(values) else {}


def at_datapoints(text: str, points: dict[tuple[Fraction, ...], int]) -> str:
    """``text`` with every ∇f(v) / ∂f(v) whose v is one datapoint's value written ∇f(x_{i}) / ∂f(x_{i}), and the
    learner's own gradient name at that value set equal to a vector, ``g(2) = (…)``, written g_{i} (see
    :data:`symntk.check.judge_values.GRADIENT_LETTERS`)."""
    if not points:
        return text

    def point(m: re.Match) -> str:
        index = points.get((Fraction(m.group(2).replace("−", "-")),))
        return m.group(0) if index is None else f"{m.group(1)}(x_{{{index}}})"

    def own(m: re.Match) -> str:   # g(2) = (…): the learner's g_i (J_i: J's row), the gradient at x_i
        index = points.get((Fraction(m.group(2).replace("−", "-")),))
        return m.group(0) if index is None else f"{m.group(1)}_{{{index}}}"

    return _OWN_AT.sub(own, _AT.sub(point, text))
