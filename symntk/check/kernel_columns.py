"""A linear relation between whole columns (or rows) of K: ``K_{\\cdot 3} = 2K_{\\cdot 2} - K_{\\cdot 1}``.

A column of K is written with a placeholder for the row index: ``K_{\\cdot j}``, ``K_{:,j}``, ``K_{:j}``,
``K_{*j}``, ``K_{\\bullet j}``; a row with it after the index (``K_{i\\cdot}``, ``K_{i,:}``). Math that is only
such slices, each with an optional whole or decimal coefficient, joined by + and − on two sides of one ``=``
(``K_{:,3} = 2 K_{:,2} - K_{:,1}``, ``K_{1\\cdot} + K_{3\\cdot} = 2K_{2\\cdot}``, or = 0) is read as the fact
Σ c_j K_{·j} = 0 and judged on the kernel read last: true for the true K is correct, false for it but true for
the learner's own K is carried. Every pattern is bounded (linear time).
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy

from .judgement import Judgement

PREFIX = "kcols:"
_DOT = r"(?:\\cdot|\\bullet|\\ast|[:*.·•])"
_INDEX = r"\{?\s{0,3}(\d{1,2})\s{0,3}\}?"
_COLUMN = re.compile(r"^K_\{\s{0,3}" + _DOT + r"\s{0,3},?\s{0,3}" + _INDEX + r"\s{0,3}\}$")
_ROW = re.compile(r"^K_\{\s{0,3}(\d{1,2})\s{0,3},?\s{0,3}" + _DOT + r"\s{0,3}\}$")
_TERM = re.compile(r"\s{0,3}([+\-−]?)\s{0,3}(\d{1,4}(?:\.\d{1,6})?)?\s{0,3}(?:\\cdot\s{0,3})?"
                   r"(K_\{[^{}]{1,30}\})\s{0,3}")


def _side(text: str, kind: str | None) -> tuple[dict[int, Fraction], str] | None:
    """The coefficients of one side (index → coefficient) and whether it holds columns or rows."""
    out: dict[int, Fraction] = {}
    at = 0
    while at < len(text):
        m = _TERM.match(text, at)
        if m is None or m.end() == at or (at and not m.group(1)):
            return None
        column, row = _COLUMN.match(m.group(3)), _ROW.match(m.group(3))
        found = "col" if column else "row" if row else None
        if found is None or kind not in (None, found):
            return None
        kind = found
        index = int((column or row).group(1))
        coefficient = Fraction(m.group(2) or 1) * (-1 if m.group(1) in ("-", "−") else 1)
        out[index] = out.get(index, Fraction(0)) + coefficient
        at = m.end()
    return (out, kind) if out else None


def column_relation(text: str) -> str | None:
    """The fact a relation between columns or rows of K states (``kcols:col:3=1,2=-2,1=1``: Σ c_j K_{·j} = 0), or
    None when ``text`` is not one."""
    if len(text) > 300 or text.count("=") != 1:
        return None
    left_text, right_text = (side.strip() for side in text.strip().rstrip(".,;").split("="))
    left = _side(left_text, None)
    right = left and (({}, left[1]) if right_text == "0" else _side(right_text, left[1]))
    if not left or not right:
        return None
    total = dict(left[0])
    for index, c in right[0].items():
        total[index] = total.get(index, Fraction(0)) - c
    if all(c == 0 for c in total.values()):
        return None
    return PREFIX + left[1] + ":" + ",".join(f"{i}={c}" for i, c in total.items())


def _combination(prop: str, kernel: sympy.Matrix) -> sympy.Matrix | None:
    """Σ c_j K_{·j} (or of rows) for the fact ``prop`` on ``kernel`` (None when an index is out of range)."""
    kind, terms = prop.removeprefix(PREFIX).split(":")
    out = sympy.zeros(kernel.rows, 1)
    for term in terms.split(","):
        index, c = term.split("=")
        i = int(index)
        if not 1 <= i <= kernel.cols:
            return None
        line = kernel[:, i - 1] if kind == "col" else kernel[i - 1, :].T
        out += sympy.Rational(c) * line
    return out


def _holds(prop: str, kernel: sympy.Matrix) -> bool:
    value = _combination(prop, kernel)
    return value is not None and all(abs(float(sympy.N(v))) <= 1e-9 * max(1.0, float(sympy.N(kernel.norm())))
                                     for v in value)


def judge_columns(claim, world, j: Judgement) -> Judgement:
    """The relation between columns or rows of K (see the module doc)."""
    from .judge import ContextError
    from .own_kernel import own_kernels
    from .syntax import UnreadableError

    out = world.read_kernel
    kernel = world.kernel(out)
    if _combination(claim.prop, kernel) is None:
        raise UnreadableError(f"K has {kernel.cols} columns")
    j.target, j.label = "K", "K"
    j.value, j.expected = kernel, sympy.latex(kernel)
    j.plain = "; ".join(", ".join(str(v) for v in row) for row in kernel.tolist())
    if _holds(claim.prop, kernel):
        j.verdict = "correct"
        return j
    if claim.negated:
        raise ContextError("a relation between columns of K said not to hold")
    if any(_holds(claim.prop, own) for own in own_kernels(world, out) if own.shape == kernel.shape):
        j.verdict = "wrong"
        j.mark_carried(world)
        return j
    j.mark_wrong(world)
    return j
