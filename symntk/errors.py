"""The library's own failures.

Error policy: every failure caused by a user's input is a :class:`SymntkError`
(or a subclass) whose ``str()`` is one line naming where the problem is (file,
field or line), what was expected and what was found. The CLI prints that line
and exits with code 2; it never shows a traceback for these errors. Any other
exception is a bug in symntk.
"""

from __future__ import annotations

import unicodedata

MAX_PART = 160  # characters of one part (source, field, got) shown in a message
_BIDI = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")


class SymntkError(Exception):
    """Base class of every error symntk raises on purpose."""


class InputError(SymntkError):
    """Bad user input: ``source: field: expected ..., got ...``.

    ``source`` is the file (or ``<built-in>``/``<dict>``), ``field`` the dotted
    path inside it (``parameters.W1``) or a line reference, ``expected`` what a
    valid value looks like and ``got`` a short description of what was found.
    """

    def __init__(self, source: str, field: str, expected: str, got: str | None = None):
        self.source = printable(source)
        self.field = printable(field)
        self.expected = printable(expected, limit=400)
        self.got = None if got is None else printable(got)
        super().__init__(self._line())

    def _line(self) -> str:
        where = f"{self.source}: {self.field}" if self.field else self.source
        msg = f"{where}: expected {self.expected}"
        if self.got is not None:
            msg += f", got {self.got}"
        return msg


class TooLargeError(SymntkError):
    """An exact computation that would take too long; names the numeric path."""


class DeadlineError(TooLargeError):
    """A symbolic computation ran past its deadline (see :mod:`symntk.limits`)."""


def printable(text: object, limit: int = MAX_PART) -> str:
    """``text`` made safe for one line of a terminal: control characters,
    bidirectional overrides and other invisible format characters become
    ``\\xNN``/``\\uNNNN`` escapes (a learner's file cannot move the cursor,
    hide text or break the line), and anything longer than ``limit``
    characters is cut with ``…``."""
    text = str(text)
    cut = len(text) > limit
    out = []
    for ch in text[:limit]:
        if ch in _BIDI or unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"):
            out.append(ascii(ch)[1:-1] if ch != "\t" else " ")
        else:
            out.append(ch)
    return "".join(out) + ("…" if cut else "")


def describe(value: object, limit: int = 40) -> str:
    """A short, single-line description of a value from a user's file.

    Containers are described by their size, never by ``repr`` (a list nested
    a thousand deep or with a million items costs nothing to describe)."""
    if isinstance(value, str):
        text = repr(value[: limit + 1])
    elif isinstance(value, dict):
        return f"a table with {len(value)} key{'s' if len(value) != 1 else ''}"
    elif isinstance(value, list):
        return f"a list of {len(value)} item{'s' if len(value) != 1 else ''}"
    elif isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 4 * limit:
        return f"an integer with about {int(value.bit_length() * 0.30103) + 1} digits"
    else:
        text = repr(value)
    text = printable(" ".join(text.split()), limit=limit + 2)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    if isinstance(value, str):
        return text
    kind = "float" if isinstance(value, float) else type(value).__name__  # not an internal subclass's name
    return f"{kind} {text}"
