"""Rows of numbers written with spaces: ``[1 1]`` and ``[8 12; 12 19]`` in plain text, and ``( 1 \\ 0)`` or
``( 1 \\; - 1)`` with LaTeX spacing commands between the entries (handwriting and OCR converters' exports)."""

import re


def spaced_rows(numbers: str) -> str:
    """``1 1`` → ``1, 1``; ``8 12; 12 19`` → ``[8, 12], [12, 19]`` (rows of one length, else as written)."""
    if ";" not in numbers:
        return ", ".join(numbers.split())
    rows = [r.split() for r in numbers.split(";")]
    if len({len(r) for r in rows}) != 1 or len(rows[0]) < 2:
        return numbers
    return "[" + "], [".join(", ".join(r) for r in rows) + "]"


SPACING = r"(?:\\[ ,;:]|\\q?quad(?![A-Za-z])|\\(?:en|thin|med|thick)space(?![A-Za-z])|~)"   # one spacing command
_SPLIT = re.compile(rf"\s*{SPACING}(?:\s*{SPACING})*\s*")
_ROW = re.compile(r"(?:\\left\s*)?([(\[])(.*?)(?:\\right\s*)?([)\]])$", re.S)


def spacing_row(group: str) -> str:
    """``( 1 \\ 0)`` and ``\\left( 1 \\ 0\\right)`` → ``(1, 0)``; ``[ 1 \\; - 1]`` → ``[1, -1]``: the spacing
    commands separate the entries, and a minus after one is the next entry's sign (the spaces a converter puts
    around every sign mean nothing)."""
    m = _ROW.match(group)
    entries = _SPLIT.split(m.group(2).strip())
    return m.group(1) + ", ".join("".join(e.split()) for e in entries) + m.group(3)


# A row of expressions (``[x\ \ x+1]``, ``(a_1 \quad a_2)``): split only at a wide gap, a ``\quad`` or a run of two
# or more spacing commands, never used inside a product (``2\ x``, ``x \; 1``, ``2\,x`` stay as written).
_WIDE = re.compile(rf"\s*(?:\\q?quad(?![A-Za-z])|{SPACING}\s*{SPACING})(?:\s*{SPACING})*\s*")
_ANY_GAP = re.compile(rf"{SPACING}")
_PAIRS = {"(": ")", "[": "]"}
_COMMANDS = frozenset((
    "alpha beta gamma delta epsilon varepsilon zeta eta theta vartheta lambda mu nu xi pi rho sigma tau phi varphi "
    "chi psi omega Delta Theta Lambda Sigma Phi Omega frac dfrac tfrac sqrt cdot times top prime tanh exp ln log "
    "sin cos mathbf boldsymbol bm vec hat tilde bar operatorname mathrm partial").split())
_OPEN_END = ("+", "-", "*", "/", "^", "_", "\\cdot", "\\times")


def _balanced(piece: str) -> bool:
    depth = {"{": 0, "(": 0, "[": 0}
    closes = {"}": "{", ")": "(", "]": "["}
    for ch in piece:
        if ch in depth:
            depth[ch] += 1
        elif ch in closes:
            depth[closes[ch]] -= 1
            if depth[closes[ch]] < 0:
                return False
    return not any(depth.values())


def _entry(piece: str, first: bool) -> bool:
    """Whether ``piece`` is one entry of a row: an expression of letters, numbers and the commands of
    :data:`_COMMANDS` that neither starts (after the first entry, where a sign is the sign of the entry) nor
    ends with an operator, and holds no relation, list or text."""
    if not piece or not _balanced(piece) or any(c in piece for c in ",;=&<>|:!~'\"") or _ANY_GAP.search(piece):
        return False
    if piece.startswith(("+", "*", "/", "^", "_")) or (not first and piece.startswith("-")):
        return False
    if piece.endswith(_OPEN_END):
        return False
    return all(c in _COMMANDS for c in re.findall(r"\\([A-Za-z]+)", piece)) and "\\\\" not in piece


def symbol_row(group: str) -> str:
    """``[x\\ \\ x+1]`` → ``[x, x+1]``; ``\\left( a_1 \\quad a_2 \\right)`` → ``(a_1, a_2)``: entries, at least one
    with a letter, apart by wide gaps only (see :data:`_WIDE`); anything else is returned as written."""
    m = _ROW.match(group)
    if not m or _PAIRS[m.group(1)] != m.group(3):
        return group
    inner = m.group(2).strip()
    if inner.endswith("\\right"):
        inner = inner[: -len("\\right")].strip()
    pieces = _WIDE.split(inner)
    if len(pieces) < 2 or not all(_entry(p, n == 0) for n, p in enumerate(pieces)):
        return group
    if not any(re.search(r"[A-Za-z]", p) for p in pieces):
        return group
    return m.group(1) + ", ".join(" ".join(p.split()) for p in pieces) + m.group(3)
