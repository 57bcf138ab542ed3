"""Eigenvectors of K the learner states: a vector of numbers on a line that names an eigenvector in words
("eigenvector for λ_1 ≈ 26.70: (0.5449, 0.8385)", "Eigenvektor zu λ = 0.30: $v = (12, -7.70)^T$"), and
``K v = λ v`` written out with numbers (``\\begin{pmatrix}8&12\\\\12&19\\end{pmatrix}\\begin{pmatrix}12\\\\18.70
\\end{pmatrix} = 26.70 \\begin{pmatrix}12\\\\18.70\\end{pmatrix}``).

A worded one is written ``\\operatorname{eigvec}(λ) = vector`` (``\\operatorname{eigvec} = vector`` when no
eigenvalue is said) for :func:`eigenvector_of`; the eigenvalue is the number the line gives λ, else the
learner's λ_i for a name with index i. Only a whole segment that is a vector (its name, a relation, the vector,
nothing else) is read so: any other math on such a line stays as it is. Every pattern is bounded.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .nodes import Func, Group, Matrix, Num, Op, Sym
from .word_results import EIGENVECTOR_WORDS

_WORD = re.compile(r"(?<![^\W\d_])(?:" + "|".join(re.escape(w) for w in EIGENVECTOR_WORDS) + r")", re.I)
_T = r"(?:\s{0,3}\^\s{0,3}\{?\s{0,3}(?:T|\\top|\\intercal|\\mathsf\{T\})\s{0,3}\}?|ᵀ)?"
_ENTRIES = r"[-−+0-9.,;{}\s\\a-z&]{1,200}"
_VECTOR = (r"(?:\(" + _ENTRIES + r"\)|\[" + _ENTRIES + r"\]|\\begin\{[pbB]?matrix\}" + _ENTRIES +
           r"\\end\{[pbB]?matrix\}|\\left\s{0,3}[(\[]" + _ENTRIES + r"\\right\s{0,3}[)\]])" + _T)
_NAME = (r"(?:\\(?:mathbf|vec|boldsymbol|bm|hat|tilde)\s{0,3}\{?\s{0,3})?([a-zA-Z])\s{0,3}\}?"
         r"(?:_\s{0,3}\{?\s{0,3}([1-9])\s{0,3}\}?|\^\s{0,3}\{\s{0,3}\(\s{0,3}([1-9])\s{0,3}\)\s{0,3}\})?")
_REL = r"\s{0,3}(?:=|\\approx|≈|\\propto|\\sim|:=)\s{0,3}"
_STATEMENT = re.compile(r"\s{0,3}(?:" + _NAME + _REL + r"|(?:=|\\approx|≈)\s{0,3})?(" + _VECTOR + r"(?:" + _REL +
                        _VECTOR + r"){0,3})\s{0,3}[.,;:]?\s{0,3}")
_ALLOWED = re.compile(r"\\(?:sqrt|frac|dfrac|tfrac|cdot|pm|left|right|begin|end|pmatrix|bmatrix|matrix|,|;|!)|"
                      r"[pbB]?matrix|\^\s{0,3}\{?\s{0,3}(?:T|\\top|\\intercal|\\mathsf\{T\})\s{0,3}\}?")
_RESERVED = set("xfKWbJgGIPNnkijlLTyz")
_LAMBDA = r"(?:\\lambda|λ|\\mu|μ)"
_GIVEN = re.compile(_LAMBDA + r"\s{0,3}(?:_\s{0,3}\{?\s{0,3}[1-9]\s{0,3}\}?|[₁-₉])?\s{0,3}(?:=|\\approx|≈)\s{0,3}"
                    r"([-−]?\d{1,6}(?:[.,]\d{1,12})?)(?![\d.,]\d)")
_NAMED = re.compile(_LAMBDA + r"\s{0,3}(?:_\s{0,3}\{?\s{0,3}([1-9])\s{0,3}\}?|([₁-₉]))")


def _lambda(line: str, index: str | None) -> str | None:
    """The eigenvalue a line states a vector for: the number λ is given (one only), else λ_i."""
    given = {m.group(1).replace("−", "-").replace(",", ".") for m in _GIVEN.finditer(line)}
    if len(given) == 1:
        return given.pop()
    named = {m.group(1) or str("₁₂₃₄₅₆₇₈₉".index(m.group(2)) + 1) for m in _NAMED.finditer(line)}
    if len(named) == 1 and not given:
        return f"\\lambda_{{{named.pop()}}}"
    return f"\\lambda_{{{index}}}" if index else None


def _says_eigenvector(lines: list[str], n: int) -> str | None:
    """The line (and the heading it follows, "Eigenvectors:") that names an eigenvector, else None."""
    line = lines[n - 1] if 0 < n <= len(lines) else ""
    if _WORD.search(line):
        return line
    before = next((lines[k] for k in range(n - 2, max(n - 4, -1), -1) if lines[k].strip()), "")
    if _WORD.search(before) and before.rstrip().endswith(":"):
        return before + " " + line
    return None


def eigenvector_text(segment_text: str, line: str) -> str | None:
    """``\\operatorname{eigvec}(λ) = vector`` for a segment that is only a vector of numbers (or a name set to
    one) on a line naming an eigenvector; else None."""
    m = _STATEMENT.fullmatch(segment_text)
    if m is None:
        return None
    letter, index = m.group(1), m.group(2) or m.group(3)
    if letter and letter in _RESERVED:
        return None
    body = m.group(4)
    if re.search(r"[A-Za-z]", _ALLOWED.sub(" ", body)) or not re.search(r"\d", body):
        return None
    spec = _lambda(line, index)
    return f"\\operatorname{{eigvec}}({spec}) = {body}" if spec else f"\\operatorname{{eigvec}} = {body}"


def eigenvector_segments(text: str, found: list) -> list:
    """The segments with each worded eigenvector statement written for :func:`eigenvector_of`."""
    if not _WORD.search(text):
        return found
    lines = text.split("\n")
    out = []
    for s in found:
        said = None if s.error or s.fact or len(s.text) > 400 else _says_eigenvector(lines, s.line)
        written = eigenvector_text(s.text, said) if said else None
        out.append(replace(s, text=written) if written else s)
    return out


def eigenvector_of(node) -> tuple[bool, object] | None:
    """``\\operatorname{eigvec}(λ)`` → (True, λ's node); ``\\operatorname{eigvec}`` → (True, None); else None."""
    if isinstance(node, Func) and node.name == "eigvec":
        return True, None
    if isinstance(node, Op) and node.op == "juxt":
        left, right = node.args
        if isinstance(left, Func) and left.name == "eigvec" and isinstance(right, Group) and len(right.items) == 1:
            return True, right.items[0]
    return None


def eigen_equation(seg, chain):
    """``K v = λ v`` written out (``K`` or a written square matrix, then a written column of numbers v; the other
    side a number or λ_i times the same v) → the claim that v is an eigenvector for that eigenvalue; else None."""
    from .claims import EigenvectorClaim

    members = chain.members
    if len(members) != 2 or chain.rels[0] not in ("=", "\\approx"):
        return None
    left, right = members[0].node, members[1].node
    if not (isinstance(left, Op) and left.op in ("juxt", "mul", "cdot") and _column(left.args[1])):
        return None
    square, vector = left.args
    if not (isinstance(square, Sym) and square.name == "K" and not square.sub and not square.primes or
            isinstance(square, Matrix) and len(square.rows) == len(_entries(vector)) and
            all(len(r) == len(square.rows) for r in square.rows)):
        return None
    if not (isinstance(right, Op) and right.op in ("juxt", "mul", "cdot") and right.args[1] == vector):
        return None
    factor = right.args[0]
    if not (_number(factor) or isinstance(factor, Sym) and factor.name == "lambda"):
        return None
    return EigenvectorClaim(seg.line, vector, members[1].text, None, seg.text, seg.soft, eigenvalue=factor)


def _entries(node) -> list:
    if isinstance(node, Op) and node.op == "transpose":
        return list(node.args[0].items)
    return [r[0] for r in node.rows]


def _column(node) -> bool:
    """A column of numbers: ``\\begin{pmatrix}1\\\\2\\end{pmatrix}`` or ``(1, 2)^T``."""
    if isinstance(node, Op) and node.op == "transpose" and isinstance(node.args[0], Group) and \
            node.args[0].kind == "tuple":
        return all(_number(i) for i in node.args[0].items)
    return isinstance(node, Matrix) and len(node.rows) >= 2 and all(len(r) == 1 and _number(r[0]) for r in node.rows)


def _number(node) -> bool:
    while isinstance(node, Op) and node.op == "neg":
        node = node.args[0]
    return isinstance(node, Num)
