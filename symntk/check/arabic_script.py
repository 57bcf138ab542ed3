"""Arabic-script digits, punctuation and direction marks (Arabic, Persian, Urdu, Hebrew input) read as ASCII.

Notes typed with a right-to-left keyboard hold, in their prose and sometimes in their math, the Arabic-Indic digits
``٠١٢٣٤٥٦٧٨٩`` (U+0660–U+0669) and the Persian ones ``۰۱۲۳۴۵۶۷۸۹`` (U+06F0–U+06F9), the Arabic decimal separator
``٫`` and thousands separator ``٬``, the Arabic comma ``،``, semicolon ``؛`` and question mark ``؟``, and the
invisible direction marks the editor puts around left-to-right runs such as ``$x_1$`` (LRM U+200E, RLM U+200F, ALM
U+061C, the embeddings and overrides U+202A–U+202E and the isolates U+2066–U+2069). The digits are read as the ASCII
digits they are (``عدد المعاملات = ٧`` says 7), the decimal separator as ``.``, the thousands separator as nothing
(``۱٬۲۰۰`` is 1200), the punctuation as ``, `` / ``; `` / ``?`` and the marks are dropped (they show nothing). One
``str.translate``: linear, and no line break is added or removed, so line numbers stay.
"""

from __future__ import annotations

TABLE: dict[int, str | None] = {0x0660 + d: str(d) for d in range(10)}
TABLE.update({0x06F0 + d: str(d) for d in range(10)})
TABLE.update({ord("٫"): ".", ord("٬"): "", ord("،"): ", ", ord("؛"): "; ", ord("؟"): "?"})
TABLE.update({code: None for code in (0x200E, 0x200F, 0x061C, *range(0x202A, 0x202F), *range(0x2066, 0x206A))})
_FIRST = min(TABLE)   # no character below it is rewritten
RTL_KINDS = r"(?:ال)?(?:أوزان|انحيازات)|βάρη|πολώσεις|μεροληψίες"   # the weights, the biases (Arabic, Greek)


def right_to_left_ascii(text: str) -> str:
    """``text`` with Arabic-Indic and Persian digits as ASCII digits, ``٫`` as ``.``, ``٬`` dropped, ``،``/``؛`` as
    ``, ``/``; ``, ``؟`` as ``?`` and the direction marks (LRM, RLM, ALM, embeddings, overrides, isolates) dropped."""
    if not any(ord(c) >= _FIRST and ord(c) in TABLE for c in text):
        return text
    return text.translate(TABLE)
