"""A NumPy gradient joined from vector pieces, ``np.concatenate([W2 * x, W2, h, [1]])`` (also ``np.hstack``,
``np.r_[…]``), read as its entries: each piece taken entry by entry (for :mod:`.code_gradients`).

The learner's values are already put in (``W2`` is ``(np.array([1, 3]))``, ``h`` is ``(W1 * x + b1)`` with W1, b1
put in too), so a piece holds number lists, the input x, numbers, arithmetic and element-wise functions; its k-th
entry is the piece with every list replaced by its k-th entry (NumPy's element-wise arithmetic). A piece with any
other name or call (a sum, a product ``@``, an entry ``h[0]``, a name with no value) makes the whole unread.
Every pattern is linear and bounded (``MAX_TEXT``).
"""

from __future__ import annotations

import re

MAX_TEXT = 2000
MAX_ENTRIES = 200
_JOIN = re.compile(r"^(?:np|numpy|jnp)\.(?:concatenate|hstack)\s{0,4}\(\s{0,4}[\[(](.{1,2000})[\])]\s{0,4}\)$"
                   r"|^(?:np|numpy|jnp)\.r_\s{0,4}\[(.{1,2000})\]$")
_LIST = re.compile(r"(?:(?:np|numpy|jnp)\.(?:array|asarray)\s{0,4}\(\s{0,4}\[([^\[\]()]{1,400})\]"
                   r"\s{0,4}(?:,\s{0,4}dtype\s{0,4}=\s{0,4}[\w.]{1,30}\s{0,4})?\)|\[([^\[\]()]{1,400})\])")
_WORD = re.compile(r"[A-Za-z_][\w.]{0,40}")
_ALLOWED = {"x", "np.tanh", "np.exp", "np.log", "np.sqrt", "np.maximum", "tanh", "exp", "sig", "sigmoid", "sigma",
            "relu", "PIECE"}
_DOUBLE = re.compile(r"\(\s{0,4}\(([^()]{1,100})\)\s{0,4}\)")
_NUMBER_IN = re.compile(r"^\(\s{0,4}(-?\d{1,20}(?:\.\d{0,20})?)\s{0,4}\)$")
_REST = re.compile(r"^[\w.\s+\-*/(),]*$")


def split_top(text: str) -> list[str] | None:
    """``text`` split at its top-level commas, or None when its brackets do not balance."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        depth += 1 if ch in "([" else -1 if ch in ")]" else 0
        if depth < 0:
            return None
        if ch == "," and depth == 0:
            parts.append(text[start:i].strip())
            start = i + 1
    parts.append(text[start:].strip())
    return parts if depth == 0 and all(parts) else None


def piece_entries(part: str) -> list[str] | None:
    """The entries of one piece (see the module doc), or None."""
    lists: list[list[str]] = []

    def take(m: re.Match) -> str:
        lists.append([e.strip() for e in (m.group(1) or m.group(2)).split(",") if e.strip()])
        return " PIECE "

    bare = _LIST.sub(take, part)
    words = set(_WORD.findall(bare))
    if not _REST.match(bare) or not words <= _ALLOWED or len({len(v) for v in lists}) > 1:
        return None
    if not lists:
        return [part.strip()]
    if bare.strip() == "PIECE":
        return lists[0]
    out = []
    for k in range(len(lists[0])):
        values = iter(lists)
        out.append(_tidy(_LIST.sub(lambda m, k=k, values=values: f"({next(values)[k]})", part)))
    return out


def _tidy(entry: str) -> str:
    """``((1)) * x`` → ``(1) * x`` and ``((2))`` → ``2``: the brackets a value put in leaves, fewer."""
    for _ in range(4):
        entry = _DOUBLE.sub(r"(\1)", entry)
    entry = entry.strip()
    bare = _NUMBER_IN.match(entry)
    return bare.group(1) if bare and not bare.group(1).startswith("-") else entry


def concatenated_entries(code: str) -> list[str] | None:
    """The entries of ``np.concatenate([p1, p2, …])`` with every piece taken entry by entry, or None."""
    m = _JOIN.match(code.strip()) if len(code) <= MAX_TEXT else None
    parts = split_top(m.group(1) or m.group(2)) if m else None
    if not parts or len(parts) < 2:
        return None
    out: list[str] = []
    for part in parts:
        entries = piece_entries(part)
        if entries is None or len(out) + len(entries) > MAX_ENTRIES:
            return None
        out.extend(entries)
    return out if len(out) >= 2 else None
