"""Written vectors, matrices, vector names and chains as text, for reading the eigenvector part of a learner's notes
(:mod:`symntk.check.eigen_pieces`): ``\\begin{pmatrix} 12 \\\\ 18.7004 \\end{pmatrix}``, ``(12, -7.7004)^T``, the
names ``v``, ``v_1``, ``v^{(1)}``, ``\\hat v^{(1)}``, ``\\mathbf{u}_2``, and a chain cut at its top-level ``=``/``≈``.

Everything here is text in, text out; every pattern is bounded and nothing is evaluated.
"""

from __future__ import annotations

import re

MAX_ENTRIES = 8   # the longest vector read (the largest K whose eigenvectors are judged)
MAX_TEXT = 1500   # the longest piece read

_T = r"(?:\s{0,3}\^\s{0,3}\{?\s{0,3}(?:T|\\top|\\intercal|\\mathsf\{T\})\s{0,3}\}?|ᵀ)?"
_COLUMN = re.compile(r"\s{0,3}(?:\\left\s{0,3})?(?:\\begin\{([pbBvV]?matrix)\}(.{1,600}?)\\end\{\1\}|"
                     r"\(([^()]{1,300})\)|\[([^\[\]]{1,300})\])" + _T + r"\s{0,3}", re.S)
_NUMBER = re.compile(r"[-−+]?\s{0,3}(?:\d{1,9}(?:\.\d{0,12})?|\.\d{1,12})")
_SPACES = re.compile(r"(?<!\\)\\[,;:! ]|\\q?quad|~|\\(?:left|right)(?![A-Za-z])")
RESERVED = set("xfKWbJgGIPNnkijlLTyzhaAcdst")
NAME = (r"(?P<hat>\\(?:hat|widehat|tilde)\s{0,3}\{?\s{0,3})?(?:\\(?:mathbf|vec|boldsymbol|bm|mathbf)\s{0,3}\{?\s{0,3})?"
        r"(?P<letter>[a-zA-Z])\s{0,3}\}?\s{0,3}\}?"
        r"(?:(?P<glued>[1-9])(?![\d.])|(?P<uni>[₁-₉])|_\s{0,3}\{?\s{0,3}\(?\s{0,3}(?P<sub>[1-9])\s{0,3}\)?\s{0,3}\}?|"
        r"_\s{0,3}\{\s{0,3}(?:\\lambda|λ)\s{0,3}_\s{0,3}\{?\s{0,3}(?P<lam>[1-9])\s{0,3}\}?\s{0,3}\}|"
        r"\^\s{0,3}\{\s{0,3}\(\s{0,3}(?P<sup>[1-9])\s{0,3}\)\s{0,3}\})?")
_NAME = re.compile(r"\s{0,3}" + NAME + r"\s{0,3}")
_ALIGNS = re.compile(r"(\\begin\{([pbBvV]?matrix|array)\}.{0,1200}?\\end\{\2\})|&", re.S)
_RELATION = re.compile(r"\\approx(?![A-Za-z])|≈|(?<![<>!:\\])=|\\simeq(?![A-Za-z])")


def clean(text: str) -> str:
    """A piece without its spacing commands, alignment marks, ticks and closing punctuation."""
    text = _SPACES.sub(" ", _ALIGNS.sub(lambda m: m.group(1) or " ", text))
    text = re.sub(r"\\checkmark|✓|✔|\\quad\s{0,3}\\text\{[^{}]{0,40}\}", " ", text)
    return text.strip().rstrip(".,;").strip()


def column(text: str) -> list[str] | None:
    """The entries of a written column or row vector (the whole text), as written; else None."""
    m = _COLUMN.fullmatch(text)
    if m is None:
        return None
    if m.group(2) is not None:
        body = m.group(2)
        if "&" in body and "\\\\" in body:
            return None
        parts = re.split(r"\\\\|&", body)
    else:
        parts = re.split(r",|;", m.group(3) if m.group(3) is not None else m.group(4))
    parts = [p.strip() for p in parts]
    if parts and not parts[-1]:
        parts.pop()
    if not 2 <= len(parts) <= MAX_ENTRIES or not all(parts):
        return None
    return parts


def square(text: str) -> list[list[str]] | None:
    """The rows of a written square matrix of numbers (the whole text), as written; else None."""
    m = re.fullmatch(r"\s{0,3}(?:\\left\s{0,3}[(\[]\s{0,3})?\\begin\{([pbBvV]?matrix|array)\}(?:\{[lcr|]{1,20}\})?"
                     r"(.{1,1200}?)\\end\{\1\}(?:\s{0,3}\\right\s{0,3}[)\]])?\s{0,3}", text, re.S)
    if m is None:
        return None
    rows = [r for r in (row.strip() for row in m.group(2).split("\\\\")) if r]
    cells = [[c.strip() for c in r.split("&")] for r in rows]
    if not 2 <= len(cells) <= MAX_ENTRIES or any(len(r) != len(cells) for r in cells) or \
            not all(number(c) is not None for r in cells for c in r):
        return None
    return cells


def number(text: str) -> str | None:
    """A written number (``-7.7004``, ``− 3``) as plain text, else None."""
    text = _SPACES.sub(" ", text).strip()
    text = re.sub(r"^\{\s{0,3}(.*?)\s{0,3}\}$", r"\1", text)
    if not _NUMBER.fullmatch(text):
        return None
    return re.sub(r"\s", "", text.replace("−", "-")).lstrip("+")


def numbers(entries: list[str] | None) -> list[str] | None:
    """The entries when each is a written number, else None."""
    if entries is None:
        return None
    found = [number(e) for e in entries]
    return found if all(f is not None for f in found) else None


def name(text: str) -> tuple[bool, str] | None:
    """(whether it wears a hat, its key ``v``, ``v_1``) for a whole text that is a vector name; else None."""
    m = _NAME.fullmatch(text)
    if m is None or m.group("letter") in RESERVED:
        return None
    index = m.group("sub") or m.group("sup") or m.group("lam") or m.group("glued") or \
        (str("₁₂₃₄₅₆₇₈₉".index(m.group("uni")) + 1) if m.group("uni") else None)
    return bool(m.group("hat")), m.group("letter") + (f"_{index}" if index else "")


def members(text: str) -> tuple[list[str], list[str]] | None:
    """A chain cut at its top-level relations (=, ≈): (members, relations as ``=`` or ``\\approx``); None when a
    brace is left open."""
    parts, rels, depth, start, n = [], [], 0, 0, 0
    while n < len(text):
        ch = text[n]
        if ch in "{(":
            depth += 1
        elif ch in "})":
            depth -= 1
        elif depth == 0:
            m = _RELATION.match(text, n)
            if m is not None and not text.startswith("\\begin", n) and not text.startswith("\\end", n):
                parts.append(text[start:n].strip())
                rels.append("=" if m.group(0) == "=" else "\\approx")
                n = start = m.end()
                continue
        n += 1
    if depth != 0:
        return None
    parts.append(text[start:].strip())
    return parts, rels


def scaled(text: str) -> tuple[str, str] | None:
    """``26.7004\\, v`` / ``32 \\begin{pmatrix}…`` / ``\\lambda_1 v`` → (the factor, the rest); else None."""
    m = re.fullmatch(r"\s{0,3}([-−]?\s{0,3}\d{1,9}(?:\.\d{1,12})?|\\lambda_\{?[1-9]\}?|λ_?[1-9₁-₉])\s{0,3}"
                     r"(?:\\cdot|\\times|\*|·)?\s{0,3}(.{1,700})", text, re.S)
    if m is None:
        return None
    factor = m.group(1).replace("−", "-").replace(" ", "")
    return factor, m.group(2).strip()


def braced(text: str, at: int, count: int) -> tuple[list[str], int] | None:
    """The ``count`` arguments from ``at`` on: ``{…}`` (braces balanced) or one character (``\\frac12``,
    ``\\sqrt 6`` inside a brace), with where they end; None when they are not there."""
    found = []
    n = at
    for _ in range(count):
        while n < len(text) and text[n] == " ":
            n += 1
        if n >= len(text):
            return None
        if text[n] != "{":
            found.append(text[n])
            n += 1
            continue
        depth, start = 0, n
        while n < len(text):
            depth += {"{": 1, "}": -1}.get(text[n], 0)
            n += 1
            if depth == 0:
                break
        if depth:
            return None
        found.append(text[start + 1:n - 1].strip())
    return found, n
