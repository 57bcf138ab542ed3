"""The library's own failures.

Error policy: every failure caused by a user's input is a :class:`SymntkError`
(or a subclass) whose ``str()`` is one line naming where the problem is (file,
field or line), what was expected and what was found. The CLI prints that line
and exits with code 2; it never shows a traceback for these errors. Any other
exception is a bug in symntk.
"""

from __future__ import annotations


class SymntkError(Exception):
    """Base class of every error symntk raises on purpose."""


class InputError(SymntkError):
    """Bad user input: ``source: field: expected ..., got ...``.

    ``source`` is the file (or ``<built-in>``/``<dict>``), ``field`` the dotted
    path inside it (``parameters.W1``) or a line reference, ``expected`` what a
    valid value looks like and ``got`` a short description of what was found.
    """

    def __init__(self, source: str, field: str, expected: str, got: str | None = None):
        self.source = source
        self.field = field
        self.expected = expected
        self.got = got
        super().__init__(self._line())

    def _line(self) -> str:
        where = f"{self.source}: {self.field}" if self.field else self.source
        msg = f"{where}: expected {self.expected}"
        if self.got is not None:
            msg += f", got {self.got}"
        return msg


class TooLargeError(SymntkError):
    """An exact computation that would take too long; names the numeric path."""


def describe(value: object, limit: int = 40) -> str:
    """A short, single-line description of a value from a user's file."""
    text = repr(value)
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f"{type(value).__name__} {text}" if not isinstance(value, str) else text
