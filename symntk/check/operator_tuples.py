"""A tuple of derivative operators applied to f (``(\\partial_w, \\partial_b, \\partial_v) f = (v x, v, h)``), or of
derivatives of f (``(∂f/∂W^{[1]}, ∂f/∂b^{[1]}) = (x, 1)``): one derivative claim per entry.

Learners who think of the gradient as a vector of operators write the operators in a row, apply the row to f
and give the row of results:
``(\\partial_w, \\partial_b, \\partial_{v_1}, \\partial_{v_2}) f_1 = (v_1 x,\\ v_1,\\ h,\\ 0)``
(also with ``∂``, ``\\partial_{W^{[1]}}``, or f at a point, ``f(x_2)``). When both rows have the same number of
entries (2 to 16) it says ``\\partial_w f_1 = v_1 x``, ``\\partial_b f_1 = v_1``, …, written here one after the
other (apart by ``,\\quad``, where the splitter cuts) on the same line. A row of another length is left as it is.
A row of derivatives of f written whole (``∂f/∂w``, ``\\partial f/\\partial w``, ``\\frac{\\partial f}{\\partial w}``, f
at a point too) is read the same way: ``(∂f/∂W^{[1]}, ∂f/∂b^{[1]}) = (x, 1)`` says ``∂f/∂W^{[1]} = x``,
``∂f/∂b^{[1]} = 1``. The operator row is found by a bounded regular expression, the rows of entries by counting
brackets (linear).
"""

from __future__ import annotations

import re

_OP = r"(?:\\partial|∂)\s{0,2}_\s{0,2}(?:\{(?:[^{}]|\{[^{}]{0,10}\}){1,30}\}|\\[A-Za-z]{1,8}|[A-Za-z0-9])"
_ROW = re.compile(r"\(\s{0,3}(" + _OP + r"(?:\s{0,3},(?:\s|\\[ ,;])*" + _OP + r"){1,15})\s{0,3}\)\s{0,3}"
                  r"(f(?:_\{?\d\}?)?(?:\s{0,2}\(\s{0,2}x(?:_\{?\d{1,2}\}?)?\s{0,2}\))?)\s{0,3}=\s{0,3}\(")
_ONE_OP = re.compile(_OP)
_OF_F = r"\s{0,2}f(?:_\{?\d\}?)?(?:\s{0,2}\(\s{0,2}[^(){}=,]{0,12}\))?\s{0,2}"
_BY = r"(?:∂|\\partial)\s{0,2}[^=+\-·*\s]{1,40}"   # ∂ and what f is differentiated by (no sum: one name)
_DERIVATIVE = re.compile(r"\s{0,3}(?:(?:∂|\\partial)" + _OF_F + r"/\s{0,2}" + _BY + r"|\\[dt]?frac\s{0,2}\{"
                         r"\s{0,2}(?:∂|\\partial)" + _OF_F + r"\}\s{0,2}\{\s{0,2}" + _BY + r"\s{0,2}\})\s{0,3}")
_DERIVATIVE_ROW = re.compile(r"\((?=\s{0,3}(?:∂|\\partial|\\[dt]?frac\s{0,2}\{\s{0,2}(?:∂|\\partial))"
                             + _OF_F + r"[/}])")
_EQUALS_ROW = re.compile(r"\s{0,3}=\s{0,3}\(")
_SPACING = re.compile(r"^(?:\s|\\[ ,;:!]|\\q?quad(?![A-Za-z]))+|(?:\s|\\[ ,;:!]|\\q?quad(?![A-Za-z]))+$")


def _entries(text: str, start: int) -> tuple[list[str], int] | None:
    """The entries of the bracket opened just before ``start`` (split at its top-level commas) and the index after
    its closing bracket; None when it does not close on the line."""
    depth, entries, at = 0, [], start
    for i in range(start, min(len(text), start + 2000)):
        ch = text[i]
        if ch == "\n":
            return None
        if ch in "({[":
            depth += 1
        elif ch in ")}]":
            if depth == 0:
                entries.append(text[at:i])
                return entries, i + 1
            depth -= 1
        elif ch == "," and depth == 0 and not text[i + 1:i + 2].isdigit():
            entries.append(text[at:i])
            at = i + 1
    return None


def operator_rows(text: str) -> str:
    """``text`` with every row of operators applied to f and its row of values written as one claim per
    operator (see the module doc)."""
    out, at = [], 0
    for m in _ROW.finditer(text):
        if m.start() < at:
            continue
        found = _entries(text, m.end())
        ops = [o.group(0) for o in _ONE_OP.finditer(m.group(1))]
        if found is None or len(found[0]) != len(ops):
            continue
        values = [_SPACING.sub("", v) for v in found[0]]
        if not all(values):
            continue
        claims = ",\\quad ".join(f"{op} {m.group(2)} = {v}" for op, v in zip(ops, values))
        out += [text[at:m.start()], claims]
        at = found[1]
    return _derivative_rows("".join(out) + text[at:])


def _derivative_rows(text: str) -> str:
    """``text`` with every row of derivatives of f and its row of values written as one claim per derivative."""
    out, at = [], 0
    for m in _DERIVATIVE_ROW.finditer(text):
        if m.start() < at:
            continue
        left = _entries(text, m.end())
        equals = _EQUALS_ROW.match(text, left[1]) if left is not None else None
        right = _entries(text, equals.end()) if equals is not None else None
        if right is None or not 2 <= len(left[0]) == len(right[0]) <= 16 or \
                not all(_DERIVATIVE.fullmatch(d) for d in left[0]):
            continue
        values = [_SPACING.sub("", v) for v in right[0]]
        if not all(values):
            continue
        claims = ",\\quad ".join(f"{_SPACING.sub('', d)} = {v}" for d, v in zip(left[0], values))
        out += [text[at:m.start()], claims]
        at = right[1]
    return "".join(out) + text[at:]
