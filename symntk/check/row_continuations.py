"""Rows of a display block that continue the claim above them: a long sum or product broken over rows.

A learner who breaks a long line writes the next row under the right-hand side, starting with the operator::

    K_{12} &= 2 + 1 + 2 \\\\
           &\\quad + 6 + 1 = 12

or ends the first row with the operator (``… + 2 + \\\\``) or the relation (``K_{12} = \\\\``). Such a row is not
a claim of its own (``+ 6 + 1 = 12`` would read as 7 = 12) but the rest of the one above, and the claim is
judged whole, on the line where it starts. Every row of ``multline`` is one claim broken over lines.

A block that is a system (``\\begin{cases} z_1 = x \\\\ z_2 = x + 1 \\end{cases}``, or ``\\left\\{
\\begin{array}{l} … \\end{array} \\right.``) holds one claim per row; ``cases`` after a relation
(``\\sigma'(z) = \\begin{cases} 1 & z > 0 …``) is a piecewise formula and stays whole.
"""

from __future__ import annotations

import re

_LEADING_OPERATOR = re.compile(r"^(?:\+|\\cdot(?![A-Za-z])|\\times(?![A-Za-z])|·|×|\\pm(?![A-Za-z])|-|−)")
_TRAILING_OPERATOR = re.compile(r"(?:\+|-|−|\\cdot|\\times|·|×)$")
_TRAILING_RELATION = re.compile(r"(?:=|\\approx)$")
_NOT_NEWLINE = re.compile(r"[^\n]")
MULTLINE = re.compile(r"\\begin\s*\{\s*multline\*?\s*\}")
_SYSTEM = re.compile(r"^(\s*(?:\\left\s*(?:\\\{|\\lbrace)\s*)?\\begin\s*\{\s*cases\*?\s*\}|"
                     r"\s*\\left\s*(?:\\\{|\\lbrace)\s*\\begin\s*\{\s*array\s*\}\s*\{[lcr| ]{1,12}\})"
                     r"(.*)(\\end\s*\{\s*(?:cases\*?|array)\s*\}\s*(?:\\right\s*\.)?\s*)$", re.S)


def system_rows(text: str) -> str:
    """A block that is a system of claims with its brace and environment blanked (lines kept), else ``text``."""
    found = _SYSTEM.match(text)
    if not found:
        return text
    return _NOT_NEWLINE.sub(" ", found.group(1)) + found.group(2) + _NOT_NEWLINE.sub(" ", found.group(3))


def continues(previous: str | None, body: str, aligned: bool, has_relation: bool) -> bool:
    """Whether the first claim of a row, ``body``, is the rest of ``previous`` (the last claim of the row above):
    ``previous`` ends with an operator, or with a relation and ``body`` holds none (``K_{12} = \\\\ 12``; a
    chain left open above a claim of its own, ``K_{13} = 1 + 2 = \\\\ K_{22} = 5``, is not continued), or ``body``
    starts with ``+``, ``\\cdot``, ``\\times``, or
    with a minus when it stands under the alignment mark (``&- 144``) or holds no relation of its own (a new row
    ``-\\lambda^2 + 27\\lambda - 8 = 0`` is a claim of its own)."""
    if previous is None:
        return False
    if _TRAILING_OPERATOR.search(previous) or _TRAILING_RELATION.search(previous) and not has_relation:
        return True
    found = _LEADING_OPERATOR.match(body)
    if not found:
        return False
    return found.group(0) not in ("-", "−") or aligned or not has_relation
