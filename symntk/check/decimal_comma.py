"""Decimal commas (``0,25`` for 0.25: Icelandic, German, French) found in a whole notes file and marked ``0{,}25``.

A comma between two digit runs is ambiguous: ``0,25`` is a decimal in ``0 + 0,0625 + 0,25 = 0,3125``
but ``(1,0,1)`` and ``W_{1,2}`` are lists of indices or values. The rule, for the whole file:

* a *candidate* is one comma between two digit runs that is not part of a longer list (``1,0,1``,
  ``x,1,2``, ``3,-1,1``: a comma without a space next to it; a LaTeX space ``,\\ ``, ``,\\;`` or ``,~`` after
  the next comma is a space, so ``(0,\\ 0,25,\\ 1)`` holds the candidate ``0,25``, unless the same tuple
  lists with bare commas before it, ``(1,-1,0,0,\\ 1,3,\\ 1)``), not in a
  subscript or superscript (``_{1,2}``, ``^{1,2}``), not after a letter (``x1,2``) or a point, and not
  a pair alone in brackets with one digit after the comma (``(1,0)``, ``[1,1]``, ``\\{1,2\\}``: a list), nor a
  pair in brackets that is a row of a nested list (``[[7,10],[10,15]]``: a matrix);
* a file *writes decimal commas* when it holds at least :data:`EVIDENCE` candidates outside brackets
  (``0,5 + 0,25``), so one stray ``i = 1,2`` in a file of decimal points changes nothing;
* in such a file every candidate is a decimal comma, marked ``{,}`` before a block is split into claims
  (so ``0,25 + 1 = 1,625`` is not cut at its comma) and read as a decimal by the grammar.

One linear pass of a regular expression without nested repetition.
"""

from __future__ import annotations

import re

EVIDENCE = 2
_PAIR = re.compile(r"\d+(?:,\d+)+")
_SCRIPT = re.compile(r"(?:[_^]\s*\{?[\s\d,]{0,12}|(?:^|[^A-Za-z\\])[A-Za-z]|\.)$")
_UNSPACED = re.compile(r",(?!\\[ ,;:]|\\quad|~)\S")   # a list's next comma: ``,1`` (``,\ 1``, ``,\;1``: spaced)
_LIST_BEFORE = re.compile(r"\d,-?\d+,-?\d")   # ``(1,-1,0,0,\ 1,3)``: the same tuple lists with bare commas
_ROW_BEFORE = re.compile(r"\[\s*\[$|\]\s*,\s*\[$")   # [[7,10], … or …, [10,15]: a row of a nested list
_ROW_AFTER = re.compile(r"^\]\s*(?:,\s*\[|\])")
_OPENERS = ("(", "[", "\\{", "{", "\\langle")
_CLOSERS = (")", "]", "\\}", "}", "\\rangle")


def _tuple_before(text: str, at: int) -> str:
    """The text of the tuple before ``at``: from its last opening bracket (within 80 characters) on, so a tuple
    that listed with bare commas at its start (``(1,-1,0,0,\\ 1,-1,\\ 1,3``) is seen as a list."""
    window = text[max(at - 80, 0):at]
    opened = max(window.rfind("("), window.rfind("["))
    return window[opened:] if opened >= 0 else window[-14:]


def _candidate(text: str, m: re.Match) -> tuple[bool, bool]:
    """(whether the match is a candidate decimal comma, whether it stands inside brackets of its own)."""
    if m.group(0).count(",") != 1:
        return False, False
    before = text[max(m.start() - 14, 0):m.start()]
    if _SCRIPT.search(before):
        return False, False
    after = text[m.end():m.end() + 8]
    if before.endswith((",", ",-")) or _UNSPACED.match(after) or _LIST_BEFORE.search(_tuple_before(text, m.start())):
        return False, False
    left, right = before.rstrip(), after.lstrip()
    enclosed = left.endswith(_OPENERS) and right.startswith(_CLOSERS)
    if enclosed and (len(m.group(0).split(",")[1]) < 2 or _ROW_BEFORE.search(left) or _ROW_AFTER.match(right)):
        return False, True
    return True, enclosed


def _in_list(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands in an open bracket that lists other members with commas
    (``(w x, w, 0, h, 0,1)``, ``(2 x, 2,0, x+1)``: Mathpix dropped the space after a list's comma), scanning at
    most 120 characters each way on the line."""
    depth, listed, i = 0, False, start - 1
    while i >= max(start - 120, 0) and text[i] not in "\n$":
        ch = text[i]
        if ch in "([" and depth == 0:
            break
        depth += (ch in ")]") - (ch in "([")
        listed = listed or ch == "," and depth == 0 and not _between_digits(text, i)
        i -= 1
    else:
        return False
    depth = 0
    for k, ch in enumerate(text[end:end + 120], start=end):
        if ch in "\n$" or ch in ")]" and depth == 0:
            return listed
        depth += (ch in "([") - (ch in ")]")
        if ch == "," and depth == 0 and not _between_digits(text, k):
            return True
    return listed


def _between_digits(text: str, at: int) -> bool:
    """Whether the comma at ``at`` stands between two digits (``0,25``: maybe a decimal, no list's separator)."""
    return 0 < at < len(text) - 1 and text[at - 1].isdigit() and text[at + 1].isdigit()


def writes_decimal_commas(text: str) -> bool:
    """Whether a notes text holds at least :data:`EVIDENCE` candidate decimal commas outside brackets (alone in
    its brackets, or among the members of a list, a comma proves nothing)."""
    found = 0
    for m in _PAIR.finditer(text):
        ok, enclosed = _candidate(text, m)
        if ok and not enclosed and not _in_list(text, m.start(), m.end()):
            found += 1
            if found >= EVIDENCE:
                return True
    return False


def mark_decimal_commas(text: str) -> str:
    """Every candidate decimal comma of ``text`` written ``{,}`` (``0,25`` → ``0{,}25``)."""
    def mark(m: re.Match) -> str:
        return m.group(0).replace(",", "{,}") if _candidate(text, m)[0] else m.group(0)

    return _PAIR.sub(mark, text)
