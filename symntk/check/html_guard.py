"""HTML made safe to hand to the standard library's parser: every ``<`` that opens no well-formed tag is text.

:class:`html.parser.HTMLParser` rescans the rest of the input at a ``<`` it cannot close (``<a <a <a …``, an open
``<!--``), which is quadratic on a hostile notes file. :func:`guarded_markup` runs first, in one linear pass: a
``<`` is kept only where a bounded pattern reads a whole tag there — a start or end tag with its attributes (no
``<`` inside them, at most :data:`MAX_TAG` characters), a declaration (``<!DOCTYPE html>``, Word's
``<![if !supportLists]>``) or a processing instruction (``<?xml … ?>``); a comment is blanked to its newlines (an
unclosed one is text); every other ``<`` is written ``&lt;`` and so read as the character it is. Line numbers stay.
"""

from __future__ import annotations

import re

MAX_TAG = 2000
_TAG_AT = re.compile(r"<(?:/?[A-Za-z][\w:.-]{0,40}(?:[\s/](?:\"[^\"<]{0,N}\"|'[^'<]{0,N}'|[^<>\"']){0,N})?>"
                     r"|![A-Za-z\[][^<>]{0,300}>|\?[^<>]{0,300}>)".replace("N", str(MAX_TAG)))


def guarded_markup(text: str) -> str:
    """The text with each comment blanked to its newlines and each ``<`` that opens no whole tag as ``&lt;``
    (see the module doc); linear in the text's length."""
    out: list[str] = []
    pos, closers = 0, True
    at = text.find("<")
    while at >= 0:
        if text.startswith("<!--", at):
            end = text.find("-->", at + 4) if closers else -1
            if end < 0:   # no closing mark after here: no later comment closes either
                closers = False
                out.append(text[pos:at] + "&lt;")
                pos = at + 1
            else:
                out.append(text[pos:at] + "\n" * text.count("\n", at, end))
                pos = end + 3
        else:
            m = _TAG_AT.match(text, at)
            out.append(text[pos:m.end()] if m else text[pos:at] + "&lt;")
            pos = m.end() if m else at + 1
        at = text.find("<", pos)
    out.append(text[pos:])
    return "".join(out)
