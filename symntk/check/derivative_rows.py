"""A row of derivative names set equal to a row of values, ``[df/dW1 df/db1 df/dW2] = [x 1 x]`` (MATLAB's rows,
also with commas or round brackets, ``∂f/∂w`` and ``\\partial f/\\partial w``), written as the claims it makes one
after the other: ``df/dW1 = x, df/db1 = 1, df/dW2 = x``.

Learners who write code set the gradient's entries by name in one row. Both rows must have the same number of
entries (2 to 16), split at top-level commas, or at spaces when the row has no comma; a row of another length is
left as it is. One bounded pattern finds the name row; the value row is split by counting brackets (linear).
"""

from __future__ import annotations

import re

_D = r"(?:d|∂|\\partial\s{0,2})"
_NAME = rf"{_D}\s{{0,2}}f\s{{0,2}}/\s{{0,2}}{_D}\s{{0,2}}[A-Za-z](?:[\w^{{}}\[\]()]{{0,16}})"
_ROW = re.compile(rf"([\[(])\s{{0,3}}({_NAME}(?:(?:\s{{0,3}},\s{{0,3}}|\s{{1,3}}){_NAME}){{1,15}})\s{{0,3}}[\])]"
                  r"\s{0,3}=\s{0,3}([\[(])")
_ONE = re.compile(_NAME)
MAX_ROW = 400


def _values(text: str, start: int, close: str) -> tuple[list[str], int] | None:
    """The entries of the value row from ``start`` (after its opening bracket) and the index after it, or None."""
    depth = 0
    for i in range(start, min(len(text), start + MAX_ROW)):
        ch = text[i]
        if ch == "\n":
            return None
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            if depth == 0:
                if ch != close:
                    return None
                inner = text[start:i].strip()
                parts = _split(inner, "," if "," in inner else None)
                return (parts, i + 1) if parts and all(parts) else None
            depth -= 1
    return None


def _split(inner: str, sep: str | None) -> list[str]:
    """``inner`` split at top-level ``sep`` (at runs of spaces when None)."""
    parts, depth, current = [], 0, ""
    for ch in inner:
        depth += 1 if ch in "([{" else -1 if ch in ")]}" else 0
        if depth == 0 and (ch == sep or sep is None and ch.isspace()):
            if current.strip() or sep is not None:
                parts.append(current.strip())
            current = ""
            continue
        current += ch
    parts.append(current.strip())
    return [p for p in parts if p] if sep is None else parts


def derivative_rows(text: str) -> str:
    """``text`` with each row of derivative names set equal to a row of values written as one claim per entry."""
    if "=" not in text or "f" not in text:
        return text
    out, pos = [], 0
    for m in _ROW.finditer(text):
        if m.start() < pos:
            continue
        names = _ONE.findall(m.group(2))
        close = "]" if m.group(3) == "[" else ")"
        found = _values(text, m.end(), close)
        if found is None or len(found[0]) != len(names):
            continue
        out.append(text[pos:m.start()] + ", ".join(f"{n} = {v}" for n, v in zip(names, found[0])))
        pos = found[1]
    return "".join(out) + text[pos:]
