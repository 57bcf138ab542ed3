"""Rows of a display block that continue the claim above them: a long sum or product broken over rows.

A learner who breaks a long line writes the next row under the right-hand side, starting with the operator::

    K_{12} &= 2 + 1 + 2 \\\\
           &\\quad + 6 + 1 = 12

or ends the first row with the operator (``… + 2 + \\\\``) or the relation (``K_{12} = \\\\``). Such a row is not
a claim of its own (``+ 6 + 1 = 12`` would read as 7 = 12) but the rest of the one above, and the claim is
judged whole, on the line where it starts. Every row of ``multline`` is one claim broken over lines.

A block that is a system (``\\begin{cases} z_1 = x \\\\ z_2 = x + 1 \\end{cases}``, or ``\\left\\{
\\begin{array}{l} … \\end{array} \\right.``) holds one claim per row; ``cases`` after a relation
(``r'(z) = \\begin{cases} 1 & z > 0 \\\\ 0 & \\text{otherwise} \\end{cases}``) is a piecewise formula,
read as it is said in words: ``r'(z) = 1 \\text{ if } z > 0, \\quad 0 \\text{ otherwise}``.
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


_PIECEWISE = re.compile(r"^(.{1,200}?(?:=|:=)\s*)(?:\\left\s*(?:\\\{|\\lbrace)\s*)?\\begin\s*\{\s*[dr]?cases\*?\s*\}"
                        r"(.{1,600}?)\\end\s*\{\s*[dr]?cases\*?\s*\}\s*(?:\\right\s*\.)?\s*$", re.S)
_RELATION = re.compile(r"[<>=≤≥≠]|\\(?:le|ge|leq|geq|neq|ne|in)(?![A-Za-z])")
_CONDITION_WORD = re.compile(r"^\s*(?:\\text\s*\{\s*(?:if|for|when|ef|falls|wenn|für|fyrir)\s*\}|if|for)\s*")


def _piece(row: str) -> str:
    """One case ``value & condition`` as it is said: ``value \\text{ if } condition`` (``otherwise`` as it is)."""
    value, _, condition = row.partition("&")
    value, condition = value.strip().rstrip(","), _CONDITION_WORD.sub("", condition.strip().rstrip(".,"))
    if not _RELATION.search(condition):   # "\\text{otherwise}", "\\text{sonst}", "annars"
        return f"{value} \\text{{ otherwise}}"
    return f"{value} \\text{{ if }} {condition}"


def system_rows(text: str) -> str:
    """A block that is a system of claims with its brace and environment blanked (lines kept); a piecewise
    formula with its cases said in words on one line; else ``text``."""
    piecewise = _PIECEWISE.match(text)
    if piecewise:
        rows = [r for r in piecewise.group(2).split("\\\\") if r.strip()]
        if rows and all("&" in r for r in rows):
            return piecewise.group(1) + ", \\quad ".join(_piece(r) for r in rows)
    found = _SYSTEM.match(text)
    if not found:
        return text
    return blanked(found.group(1)) + found.group(2) + blanked(found.group(3))


def blanked(text: str) -> str:
    """``text`` with every character but a line break made a space (its positions and line numbers kept)."""
    return _NOT_NEWLINE.sub(" ", text)


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


_CASES_BLOCK = re.compile(r"[^\n$]{0,200}?(?:=|:=)\s*(?:\\left\s*(?:\\\{|\\lbrace)\s*)?"
                          r"\\begin\s*\{\s*[dr]?cases\*?\s*\}[^$]{0,600}?\\end\s*\{\s*[dr]?cases\*?\s*\}")


def piecewise_lines(text: str) -> list[tuple[int, str]]:
    """(line where it starts, the formula said on one line) for every piecewise formula in ``cases`` in a notes
    text, even over several lines, so that a rule stated by cases (ReLU's derivative) reads as in words."""
    out = []
    for found in _CASES_BLOCK.finditer(text):
        said = system_rows(found.group(0).strip())
        if "\\begin" not in said:
            out.append((text.count("\n", 0, found.start()) + 1, " ".join(said.split())))
    return out
