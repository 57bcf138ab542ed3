"""Decimal digits of every script (Bengali ০–৯, Devanagari ०–९, Thai ๐–๙, …) and the Indic full stops read as ASCII.

Notes typed with an Indic or Thai keyboard hold their own digits in prose and in plain formulas (``ট্রেস = ২৪``,
``x₁ = ১: (১, ০, ১)``, ``รอย = ๒๗``): every character Unicode gives a decimal value (general category Nd,
:func:`unicodedata.decimal`) is read as that ASCII digit. The danda ``।`` (U+0964) and double danda ``॥`` (U+0965)
end a sentence like ``. `` (``= ৭।`` says 7, then a full stop). Superscript digits (``²``, category No) are
powers and stay. One ``str.translate`` over the characters present: linear, no line break added or removed.
"""

from __future__ import annotations

import unicodedata

_STOPS = {0x0964: ". ", 0x0965: ". "}


def script_digits_ascii(text: str) -> str:
    """``text`` with every non-ASCII decimal digit d (``unicodedata.decimal(d)`` defined) as ``str(decimal(d))``
    and the danda / double danda as ``. ``."""
    if text.isascii():
        return text
    table: dict[int, str] = {}
    for c in set(text):
        code = ord(c)
        if code < 0x80 or code in table:
            continue
        if code in _STOPS:
            table[code] = _STOPS[code]
        elif unicodedata.category(c) == "Nd":
            table[code] = str(unicodedata.decimal(c))
    return text.translate(table) if table else text
