"""LaTeX markup around a learner's math that says nothing itself: boxes, braces under terms, text between rows.

* ``\\boxed{X}``, ``\\fbox{X}``, ``\\underline{X}`` (a result underlined once or twice, or a matrix
  ``\\underline{\\underline{K}}`` in engineering notation), ``\\underbrace{X}_{note}``, ``\\overbrace{X}^{note}``,
  ``\\underset{note}{X}``, ``\\overset{note}{X}`` and ``\\stackrel{note}{X}`` keep X only
  (``\\overset{\\eqref{a}}{=}`` is ``=``);
* ``\\intertext{…}`` and ``\\shortintertext{…}`` (prose between the rows of an ``align``) end a row;
* ``\\eqref{…}``, ``\\ref{…}``, ``\\label{…}`` and ``\\tag{…}`` are dropped.

Everything dropped is blanked (replaced by spaces, newlines kept), so positions and line numbers stay.
The braces are matched once for the whole text with a stack, so a block is cleaned in linear time
whatever it holds (the text an argument drops or scans is at most :data:`MAX_ARGUMENT` characters).
"""

from __future__ import annotations

import re

_COMMAND = re.compile(r"\\(boxed|fbox|underline|uline|uuline|underbrace|overbrace|underset|overset|stackrel|"
                      r"intertext|shortintertext|eqref|ref|label|tag\*?)(?![A-Za-z])\s*(?=\{)")
_KEEP_FIRST = ("boxed", "fbox", "underline", "uline", "uuline")
MAX_ARGUMENT = 2000   # characters of a note or of prose between rows: longer ones are left alone
_KEEP_FIRST_NOTE_AFTER = ("underbrace", "overbrace")
_KEEP_SECOND = ("underset", "overset", "stackrel")
_BREAK = ("intertext", "shortintertext")


def brace_pairs(text: str) -> dict[int, int]:
    """Each unescaped ``{`` → its matching ``}`` (unmatched braces are left out)."""
    stack, out = [], {}
    for at, ch in enumerate(text):
        if ch in "{}" and at and text[at - 1] == "\\" and not (at > 1 and text[at - 2] == "\\"):
            continue
        if ch == "{":
            stack.append(at)
        elif ch == "}" and stack:
            out[stack.pop()] = at
    return out


def _note_after(text: str, at: int, pairs: dict[int, int], mark: str) -> tuple[int, int] | None:
    """The span of ``_{note}`` / ``^{note}`` (or ``_x``) that starts at ``at`` (spaces before it allowed)."""
    start = at
    while at < len(text) and text[at] in " \t\n":
        at += 1
    if at >= len(text) or text[at] != mark:
        return None
    at += 1
    while at < len(text) and text[at] in " \t\n":
        at += 1
    if at < len(text) and text[at] == "{" and at in pairs:
        return start, pairs[at] + 1
    if at < len(text) and text[at] == "\\":
        m = re.compile(r"\\[A-Za-z]+|\\.").match(text, at)
        return (start, m.end()) if m else None
    return (start, at + 1) if at < len(text) else None


def _between_rows(text: str, start: int, open_: int, close: int, blank) -> None:
    """``\\intertext{prose $a = b$ prose}``: the prose ends the row above, its inline math is a row of its own."""
    cuts = [n for n in range(open_ + 1, close) if text[n] == "$" and text[n - 1] != "\\"]
    pieces = [(start, cuts[0] if cuts else close + 1)]
    for a, b in zip(cuts[1::2], cuts[2::2] + [close]):
        pieces.append((a, b + 1 if b == close else b))
    if len(cuts) % 2:
        pieces = [(start, close + 1)]
        cuts = []
    for a, b in zip(cuts[::2], cuts[1::2]):
        blank(a, a + 1)
        blank(b, b + 1)
    for a, b in pieces:
        blank(a, b, "\\\\" if b - a >= 2 else "")


def clean_markup(text: str) -> str:
    """The text with the markup of the module doc removed (same length, same lines)."""
    if "\\" not in text:
        return text
    pairs = brace_pairs(text)
    chars = list(text)

    def blank(a: int, b: int, by: str = "") -> None:
        for n in range(a, b):
            if chars[n] != "\n":
                chars[n] = " "
        for n, ch in enumerate(by):
            chars[a + n] = ch

    for m in _COMMAND.finditer(text):
        name, open_ = m.group(1), m.end()
        close = pairs.get(open_)
        if close is None or (name not in _KEEP_FIRST and close - open_ > MAX_ARGUMENT):
            continue
        if name in _KEEP_FIRST:
            blank(m.start(), open_ + 1)
            blank(close, close + 1)
        elif name in _KEEP_FIRST_NOTE_AFTER:
            blank(m.start(), open_ + 1)
            blank(close, close + 1)
            note = _note_after(text, close + 1, pairs, "_" if name == "underbrace" else "^")
            if note is not None and note[1] - note[0] <= MAX_ARGUMENT:
                blank(*note)
        elif name in _KEEP_SECOND:
            second = close + 1
            while second < len(text) and text[second] in " \t\n":
                second += 1
            if second in pairs:
                blank(m.start(), second + 1)
                blank(pairs[second], pairs[second] + 1)
        elif name in _BREAK:
            _between_rows(text, m.start(), open_, close, blank)
        else:
            blank(m.start(), close + 1)
    return "".join(chars)
