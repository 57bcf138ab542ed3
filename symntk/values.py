"""Exact numbers from users' files.

A value is an integer, a ``"p/q"`` string, or a decimal read as the exact
decimal it shows (``0.1`` is ``1/10``). A TOML file's floats arrive as
:class:`TomlFloat`, which keeps the literal written in the file, so
``1.00000000000000000001`` keeps every digit (a plain float would round it
to 1). Nothing is evaluated: strings are matched against a fixed pattern,
never passed to ``sympify``.
"""

from __future__ import annotations

import math
import re
import unicodedata
from fractions import Fraction

import sympy

from .errors import InputError, describe

_DECIMAL = r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d{1,2})?"
_NUMBER_RE = re.compile(rf"^[ \t]*({_DECIMAL})[ \t]*(?:/[ \t]*({_DECIMAL})[ \t]*)?$", re.ASCII)
_LONG_EXPONENT = re.compile(r"\d[eE][+-]?\d{3}", re.ASCII)
MAX_DIGITS = 60
EXPECTED = 'an integer, a fraction string like "3/4", or a decimal like 0.25'


class TomlFloat(float):
    """A float read from TOML that remembers its literal (``tomllib.loads(text,
    parse_float=TomlFloat.parse)``): still a float for every other use, but
    :func:`exact` reads the decimal exactly as written."""

    literal: str

    @classmethod
    def parse(cls, text: str) -> TomlFloat:
        """``float(text)`` that keeps ``text`` (TOML's underscores removed)."""
        value = cls(text.replace("_", ""))
        value.literal = text.replace("_", "")
        return value


def exact(value: object, source: str, field: str) -> sympy.Rational:
    """Read ``value`` as an exact rational number p/q.

    int → Integer; float → the decimal written in the TOML file (a
    :class:`TomlFloat`'s literal) or else Rational(repr(value));
    str ``"a/b"`` or ``"a"`` with a, b decimals → Rational(a)/Rational(b).
    """
    if isinstance(value, bool):
        raise InputError(source, field, EXPECTED, describe(value))
    if isinstance(value, int):
        if abs(value).bit_length() > 200:
            raise InputError(source, field, f"a number with at most {MAX_DIGITS} digits", "a huge integer")
        return sympy.Integer(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise InputError(source, field, "a finite number", describe(value))
        return _from_text(getattr(value, "literal", None) or repr(value), source, field)
    if isinstance(value, str):
        return _from_text(value, source, field)
    raise InputError(source, field, EXPECTED, describe(value))


def _from_text(text: str, source: str, field: str) -> sympy.Rational:
    if len(text) > 2 * MAX_DIGITS + 10:
        raise InputError(source, field, f"a number with at most {MAX_DIGITS} digits", "a very long string")
    match = _NUMBER_RE.match(text)
    if not match:
        if _LONG_EXPONENT.search(text):
            raise InputError(source, field, "a decimal exponent of at most two digits (1e-99 … 1e99)",
                             describe(text))
        raise InputError(source, field, EXPECTED, describe(text) + non_ascii_note(text))
    if any(sum(c.isdigit() for c in part) > MAX_DIGITS for part in match.groups() if part):
        raise InputError(source, field, f"a number with at most {MAX_DIGITS} digits", describe(text))
    num = Fraction(match.group(1))
    if match.group(2) is not None:
        den = Fraction(match.group(2))
        if den == 0:
            raise InputError(source, field, "a fraction with a non-zero denominator", repr(text))
        num /= den
    return sympy.Rational(num.numerator, num.denominator)


def non_ascii_note(text: str) -> str:
    """`` (U+FF11 FULLWIDTH DIGIT ONE is not ASCII)`` for the first non-ASCII
    character of ``text``, or ``""``: look-alikes (fullwidth digits, Cyrillic
    letters, non-breaking spaces) are named instead of silently accepted."""
    for ch in text:
        if ord(ch) > 127:
            name = unicodedata.name(ch, "an unnamed character")
            return f" (U+{ord(ch):04X} {name} is not ASCII)"
    return ""
