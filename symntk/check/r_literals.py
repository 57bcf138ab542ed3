"""R's literals of vectors and matrices read as rows of number texts: ``c(1, 0)``, ``rbind(c(…), c(…))``,
``cbind(…)``, ``matrix(c(…), nrow = 2, byrow = TRUE)`` (for :mod:`symntk.check.r_console`).

Only numbers are read (``c(2*(1-a), 1)`` is no literal); calls are split at their top-level commas in one pass,
so reading is linear; sizes are bounded.
"""

from __future__ import annotations

import re

from .printed_values import NUMBER, number

MAX_STATEMENT = 4000
_NUMBERS = re.compile(rf"^\s*{NUMBER}(?:\s*,\s*{NUMBER}){{0,400}}\s*$")


_FUNCTION_OPEN = re.compile(r"^[A-Za-z][\w.]{0,30}\s{0,4}(?:<-|=)\s{0,4}function\s{0,4}"
                            r"\((?:[^()]|\([^()]{0,100}\)){0,200}\)\s{0,4}\{")   # defaults may call: W2 = c(1, 2)


def open_function(text: str) -> bool:
    """Whether ``text`` defines a function (``grad <- function(x) {``) whose braces are still open."""
    return bool(_FUNCTION_OPEN.match(text)) and text.count("{") > text.count("}")


def top_split(text: str, sep: str) -> list[str]:
    """``text`` split at each ``sep`` outside brackets (and braces)."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == sep and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return parts


def call_args(text: str, name: str) -> list[str] | None:
    """The arguments of ``name(…)`` when ``text`` is that one call, else None."""
    m = re.match(rf"^{name}\s*\(", text)
    if not m or not text.endswith(")") or len(text) > MAX_STATEMENT:
        return None
    inner = text[m.end():-1]
    depth = 0
    for ch in inner:
        depth += 1 if ch == "(" else -1 if ch == ")" else 0
        if depth < 0:
            return None
    return [a.strip() for a in top_split(inner, ",")] if depth == 0 else None


def _vector(text: str) -> tuple[str, ...] | None:
    """The numbers of ``c(1, 0, -2)`` (or a lone number), else None."""
    args = call_args(text, "c")
    inner = ", ".join(args) if args is not None else text
    if not _NUMBERS.match(inner):
        return None
    return tuple(number(t.strip(), None) for t in inner.split(","))


def literal(text: str) -> tuple[tuple[str, ...], ...] | None:
    """An R matrix or vector literal as rows of number texts: ``rbind(c(…), c(…))`` (rows), ``cbind(…)``
    (columns), ``matrix(c(…), nrow = 2, byrow = TRUE)`` (by column unless ``byrow``), ``c(…)`` (one row)."""
    text = text.strip()
    for name, by_rows in (("rbind", True), ("cbind", False)):
        args = call_args(text, name)
        if args is not None:
            vectors = [_vector(a) for a in args]
            if not vectors or any(v is None for v in vectors) or len({len(v) for v in vectors}) != 1:
                return None
            rows = [tuple(v) for v in vectors]
            return tuple(rows) if by_rows else tuple(tuple(v[i] for v in rows) for i in range(len(rows[0])))
    args = call_args(text, "matrix")
    if args is not None:
        return _matrix_call(args)
    vector = _vector(text) if text.startswith("c") else None
    return (vector,) if vector else None


def _matrix_call(args: list[str]) -> tuple[tuple[str, ...], ...] | None:
    """``matrix(c(…), nrow, ncol, byrow = …)`` with its arguments given by position or by name."""
    if not args:
        return None
    values = _vector(args[0])
    if values is None:
        return None
    named, positional = {}, []
    for arg in args[1:]:
        m = re.match(r"^(nrow|ncol|byrow)\s*=\s*(\w{1,8})$", arg)
        if m:
            named[m.group(1)] = m.group(2)
        elif re.match(r"^\w{1,8}$", arg):
            positional.append(arg)
        else:
            return None
    for key, value in zip(("nrow", "ncol", "byrow"), positional):
        named.setdefault(key, value)
    by_row = named.get("byrow", "FALSE") in ("TRUE", "T")
    try:
        nrow = int(named["nrow"]) if "nrow" in named else None
        ncol = int(named["ncol"]) if "ncol" in named else None
    except ValueError:
        return None
    n = len(values)
    nrow = nrow or (n // ncol if ncol else 1)
    ncol = ncol or (n // nrow if nrow else 0)
    if nrow <= 0 or ncol <= 0 or nrow * ncol != n:
        return None
    if by_row:
        return tuple(tuple(values[r * ncol + c] for c in range(ncol)) for r in range(nrow))
    return tuple(tuple(values[c * nrow + r] for c in range(ncol)) for r in range(nrow))
