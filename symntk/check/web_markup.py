"""HTML inside Markdown notes (HackMD, Notion, Obsidian, Jupyter, GitHub pages): the tags as the text they show.

Web notebooks let learners mix HTML into Markdown: ``<details><summary>working</summary> … </details>`` to hide
working, ``<b>``/``<span style=…>`` for emphasis and colour, ``<br>`` for a line break inside a paragraph or a
table cell, ``K<sub>11</sub>`` and ``W<sup>[1]</sup>`` for scripts typed without LaTeX, and entities such as
``&nbsp;``, ``&lambda;``, ``&asymp;`` or ``&#955;``. :func:`web_markup` rewrites them as plain text:

* ``<sub>…</sub>`` → ``_{…}`` and ``<sup>…</sup>`` → ``^{…}`` (short contents without tags);
* ``<br>`` (``<br/>``, ``<br />``) → `` : `` — a break that ends a statement, as a colon standing alone does
  in a prose line;
* every other tag of :data:`TAGS` (with any attributes) → nothing; ``<code>`` → a backtick;
* entities → their characters (named ones from :data:`ENTITIES`, numeric ones below U+10000).

:func:`quoted_math` reads display math inside a blockquote (GitHub's ``> [!NOTE]`` alerts, Obsidian's
callouts): the ``>`` markers that start each line of a ``$$ … $$`` or ``\\[ … \\]`` block opened on a quoted line
are blanked, so the block reads as the math it renders.

:func:`web_markup` runs only on a text that shows HTML (a closing tag of :data:`TAGS` or a ``<br>``), so a ``<`` in math
(``0<b<1``) is never read as a tag; no newline is added or removed, so line numbers stay. Every pattern is
bounded and linear.
"""

from __future__ import annotations

import re

TAGS = ("b", "strong", "i", "em", "u", "s", "mark", "span", "font", "small", "big", "p", "div", "center",
        "details", "summary", "blockquote", "section", "article", "aside", "header", "footer", "label", "ins",
        "abbr", "cite", "q", "var", "samp", "kbd", "tt", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6")
ENTITIES = {"nbsp": " ", "ensp": " ", "emsp": " ", "thinsp": " ", "amp": "&", "lt": "<", "gt": ">", "quot": '"',
            "apos": "'", "minus": "−", "ndash": "–", "times": "×", "middot": "·", "sdot": "⋅", "plusmn": "±",
            "asymp": "≈", "approx": "≈", "ne": "≠", "le": "≤", "ge": "≥", "radic": "√", "sum": "∑", "part": "∂",
            "nabla": "∇", "lambda": "λ", "theta": "θ", "Theta": "Θ", "sigma": "σ", "delta": "δ", "alpha": "α",
            "beta": "β", "eta": "η", "phi": "φ", "rarr": "→", "rArr": "⇒", "isin": "∈", "prime": "′", "sup2": "²",
            "sup1": "¹", "sup3": "³", "frac12": "½", "frac14": "¼", "hellip": "…", "check": "✓", "cross": "✗"}

_NAMES = "|".join(sorted(TAGS, key=len, reverse=True))
_VALUE = r"(?:\"[^\"\n]{0,300}\"|'[^'\n]{0,300}'|[^\s\"'<>]{1,60})"
_ATTRIBUTES = rf"(?:\s+[A-Za-z_:][-A-Za-z0-9_:.]{{0,30}}(?:\s*=\s*{_VALUE})?)"
_TAG = re.compile(rf"</?(?:{_NAMES})(?![-A-Za-z0-9]){_ATTRIBUTES}{{0,12}}\s*/?>", re.I)
_BREAK = re.compile(r"<br\s*/?>|</br>", re.I)
_CODE = re.compile(r"</?code(?:\s[^<>\n]{0,200})?>", re.I)
_SCRIPT = re.compile(r"<(sub|sup)>([^<>\n]{1,30})</\1>", re.I)
_ENTITY = re.compile(r"&(?:([A-Za-z][A-Za-z0-9]{1,8})|#(\d{2,5})|#[xX]([0-9A-Fa-f]{2,4}));")
_SHOWS_HTML = re.compile(rf"</(?:{_NAMES}|sub|sup|code)\s*>|<br\s*/?>", re.I)


def writes_html(text: str) -> bool:
    """Whether a notes text shows HTML: a closing tag of :data:`TAGS` (or sub, sup, code) or a ``<br>``."""
    return _SHOWS_HTML.search(text) is not None


def _entity(m: re.Match) -> str:
    if m.group(1):
        return ENTITIES.get(m.group(1), m.group(0))
    code = int(m.group(2)) if m.group(2) else int(m.group(3), 16)
    return chr(code) if 32 <= code < 0x10000 and code != 0x0A else m.group(0)


def web_markup(text: str) -> str:
    """The text with its HTML tags and entities as the text they show (see the module doc); unchanged when it
    shows no HTML."""
    if not writes_html(text):
        return text
    text = _SCRIPT.sub(lambda m: ("_{" if m.group(1).lower() == "sub" else "^{") + m.group(2) + "}", text)
    text = _BREAK.sub(" : ", text)
    text = _CODE.sub("`", text)
    text = _TAG.sub("", text)
    return _ENTITY.sub(_entity, text)


_QUOTE = re.compile(r"^[ \t]{0,3}>(?:[ \t]{0,2}>){0,7}[ \t]?")
MAX_QUOTED_LINES = 200
_OPEN_DISPLAY = re.compile(r"(?<!\\)\\\[")    # \[ (not the row break \\[2pt])
_CLOSE_DISPLAY = re.compile(r"(?<!\\)\\\]")


def _opens(rest: str) -> str | None:
    """The closing mark of a display left open on a line (``$$`` with an odd count, ``\\[`` without ``\\]``)."""
    if rest.count("$$") % 2 == 1:
        return "$$"
    opens, closes = list(_OPEN_DISPLAY.finditer(rest)), list(_CLOSE_DISPLAY.finditer(rest))
    if opens and (not closes or closes[-1].start() < opens[-1].start()):
        return "\\]"
    return None


def quoted_math(text: str) -> str:
    """The text with the blockquote markers inside display math opened on a quoted line blanked (see the module
    doc); line numbers and columns stay."""
    if not re.search(r"^[ \t]{0,3}>[^\n]{0,200}?(?:\$\$|\\\[)", text, re.M):
        return text
    lines = text.split("\n")
    closing, opened = None, 0
    for n, line in enumerate(lines):
        m = _QUOTE.match(line)
        if closing is None:
            closing = _opens(line[m.end():]) if m else None
            opened = n
            continue
        if m:
            lines[n] = " " * m.end() + line[m.end():]
        if closing in line[m.end() if m else 0:] or n - opened > MAX_QUOTED_LINES:
            closing = None
    return "\n".join(lines)
