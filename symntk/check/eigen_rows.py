"""What a learner says about eigenvectors besides naming them: one row of (K − λI) v = 0 written out, a check said
in words, and the unit vectors said to be orthogonal, for :mod:`symntk.check.eigen_pieces`.

* ``(8 − λ) v_1 + 12 v_2 = 0`` (or ``(31 − 32) v_1 − 3 v_2 = 0`` with the eigenvalue put in) is row r of
  (K − λI) v = 0: it claims the learner's K_{rr} and K_{rs} (``K_{11} = 8``, ``K_{12} = 12``), r the row whose
  v_r carries λ;
* "the check works the same way" after a vector named for λ_i is the claim that it is one
  (``\\operatorname{eigvec}(λ_i) = v``); it is a claim only on a line without math;
* "the unit vectors are orthogonal" is ``Σ_k u_k w_k ≈ 0`` for the last two unit vectors named.
"""

from __future__ import annotations

import re

_NUM = r"[-−]?\s{0,3}\d{1,9}(?:\.\d{1,12})?"
_LAM = r"(?:\\lambda|λ)(?:\s{0,3}_\s{0,3}\{?\s{0,3}[1-9]\s{0,3}\}?)?"
_V = r"(?:\\cdot\s{0,3})?(?:v|x|u)\s{0,3}_\s{0,3}\{?\s{0,3}([12])\s{0,3}\}?"
_DIAGONAL = r"\(\s{0,3}(" + _NUM + r")\s{0,3}-\s{0,3}(" + _LAM + "|" + _NUM + r")\s{0,3}\)\s{0,3}" + _V
_OTHER = r"(" + _NUM + r")?\s{0,3}" + _V
_ROW = re.compile(r"\s{0,3}(?:" + _DIAGONAL + r"\s{0,3}([+\-−])\s{0,3}" + _OTHER + "|" + _OTHER +
                  r"\s{0,3}([+\-−])\s{0,3}" + _DIAGONAL + r")\s{0,3}=\s{0,3}0\s{0,3}")
_CHECK = re.compile(r"\bchecks?\b.{0,40}\b(?:works?|holds?|goes through|is fine|ok)\b|"
                    r"\b(?:works?|holds?)\b.{0,20}\bsame way\b", re.I)
_ORTHOGONAL = re.compile(r"\borthogonal|\bperpendicular|\borthonormal", re.I)
_NEGATED = re.compile(r"\b(?:not|fails?|doesn'?t|does not|isn'?t)\b", re.I)


def row_entries(text: str) -> list[str] | None:
    """``(8 − λ) v_1 + 12 v_2 = 0`` → ``["K_{11} = 8", "K_{12} = 12"]`` (see the module doc); else None."""
    m = _ROW.fullmatch(text)
    if m is None:
        return None
    if m.group(1) is not None:
        diagonal, r, sign, other, c = m.group(1), m.group(3), m.group(4), m.group(5), m.group(6)
    else:
        other, c, sign, diagonal, r = m.group(7), m.group(8), m.group(9), m.group(10), m.group(12)
    if r == c:
        return None
    other = (other or "1").replace(" ", "").replace("−", "-")
    value = other.lstrip("-") if (sign == "+") == (not other.startswith("-")) else "-" + other.lstrip("-")
    return [f"K_{{{r}{r}}} = {diagonal.replace(' ', '').replace('−', '-')}", f"K_{{{r}{c}}} = {value}"]


def said_checks(line: str, spec: str | None, vector: list[str] | None) -> str | None:
    """A line of prose saying the check of the last vector works → ``\\operatorname{eigvec}(spec) = v``."""
    if spec is None or vector is None or "$" in line or "\\(" in line or not _CHECK.search(line) or \
            _NEGATED.search(line):
        return None
    return f"\\operatorname{{eigvec}}({spec}) = \\begin{{pmatrix}} {_ROWS.join(vector)} \\end{{pmatrix}}"


_ROWS = " \\\\ "


def said_orthogonal(line: str, units: list[list[str]]) -> str | None:
    """A line saying the (unit) eigenvectors are orthogonal → ``Σ_k u_k w_k \\approx 0`` for the last two named."""
    if len(units) < 2 or not _ORTHOGONAL.search(line) or _NEGATED.search(line) or len(units[-1]) != len(units[-2]):
        return None
    return " + ".join(f"({a})({b})" for a, b in zip(units[-2], units[-1])) + " \\approx 0"
