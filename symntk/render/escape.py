"""Escaping of plain text (titles, learner text) for each output format."""

from __future__ import annotations

import html

from markupsafe import Markup

_TEX = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "$": r"\$", "&": r"\&", "#": r"\#", "%": r"\%",
        "_": r"\_", "^": r"\textasciicircum{}", "~": r"\textasciitilde{}", "<": r"\textless{}",
        ">": r"\textgreater{}", "|": r"\textbar{}"}
_MD = set("\\`*_{}[]<>()#+-.!|$")


def tex(text) -> str:
    """Plain text made safe inside LaTeX: every special character becomes its text command."""
    return "".join(_TEX.get(ch, ch) for ch in str(text))


def markdown(text) -> str:
    """Plain text made safe inside Markdown: punctuation with a meaning is backslash-escaped,
    HTML-significant characters become entities."""
    return "".join(html.escape(ch) if ch in "<>&" else ("\\" + ch if ch in _MD else ch) for ch in str(text))


def html_text(text) -> Markup:
    """Plain text made safe inside HTML."""
    return Markup.escape(str(text))


def plain(text) -> str:
    """Terminal text is printed as it is."""
    return str(text)
