"""A LaTeX document's own macros (``\\newcommand{\\R}{\\mathbb{R}}``), read as text and expanded as text.

Read from anywhere in the document, in order: ``\\newcommand``, ``\\renewcommand``, ``\\providecommand``
(starred or not, the name in braces or not, up to :data:`MAX_ARGS` arguments ``[n]``, an optional first
argument ``[n][default]``), ``\\def\\name#1#2{…}`` (undelimited parameters only), ``\\let\\a\\b`` /
``\\let\\a=\\b`` and ``\\DeclareMathOperator{\\tr}{tr}`` (``\\operatorname{tr}``). A body is one brace
group of at most :data:`MAX_BODY` characters. A definition in the body of the notes holds from its line on
(``\\renewcommand`` mid-document); a macro used before any definition takes its first one. Uses are expanded
by TeX's argument rules (:mod:`symntk.check.tex_expand`), bounded. Definitions are blanked, line breaks kept.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .tex_expand import Macro, expand_line

MAX_MACROS = 64
MAX_BODY = 300
MAX_ARGS = 9
MAX_DEFINITIONS = 256
MAX_GROWTH = 2

_NAME = r"\s*(?:\{\s*\\([A-Za-z]+)\s*\}|\\([A-Za-z]+))"
_COUNT = r"\s*(?:\[\s*([0-9])\s*\])?\s*(?:\[([^\]\n]{0,40})\])?\s*(?=\{)"
_NEW = re.compile(r"\\(renew|provide|new)command\*?" + _NAME + _COUNT)
_DEF = re.compile(r"\\[egx]?def\s*\\([A-Za-z]+)\s*((?:#[1-9]){0,9})\s*(?=\{)")
_LET = re.compile(r"\\let\s*\\([A-Za-z]+)\s*=?\s*(\\[A-Za-z]+|\\[^A-Za-z\s]|[^\s\\{}])")
_OPERATOR = re.compile(r"\\DeclareMathOperator\*?\s*\{\s*\\([A-Za-z]+)\s*\}\s*(?=\{)")


class Definition(NamedTuple):
    """One definition in the text: where it starts and ends, the name, the macro (None: \\let to a macro)."""

    start: int
    end: int
    name: str
    macro: Macro | None
    kind: str


def definition_list(text: str) -> list[Definition]:
    """Every definition the text makes, in order of position."""
    found: list[Definition] = []
    for m in _NEW.finditer(text):
        body = _body(text, m.end())
        if body is not None:
            count = int(m.group(4) or 0)
            default = m.group(5) if m.group(5) is not None and count else None
            found.append(Definition(m.start(), body[1], m.group(2) or m.group(3), Macro(count, default, body[0]),
                                    "provide" if m.group(1) == "provide" else "new"))
    for m in _DEF.finditer(text):
        body = _body(text, m.end())
        if body is not None:
            found.append(Definition(m.start(), body[1], m.group(1), Macro(len(m.group(2)) // 2, None, body[0]), "new"))
    for m in _OPERATOR.finditer(text):
        body = _body(text, m.end())
        if body is not None:
            name = " ".join(body[0].split())
            shown = "\\operatorname{" + name + "}" if re.fullmatch(r"[A-Za-z ]{1,20}", name) else name
            found.append(Definition(m.start(), body[1], m.group(1), Macro(0, None, shown), "new"))
    for m in _LET.finditer(text):
        found.append(Definition(m.start(), m.end(), m.group(1), Macro(0, None, m.group(2)), "let"))
    found.sort(key=lambda d: d.start)
    return [d for d in found[:MAX_DEFINITIONS] if _usable(d.macro) and not _recursive(d)]


def _recursive(d: Definition) -> bool:
    """A macro whose body uses itself (``\\def\\a{\\a x}``) never ends in TeX: it is left alone."""
    return d.kind != "let" and re.search(r"\\" + d.name + r"(?![A-Za-z])", d.macro.body) is not None


def _usable(macro: Macro) -> bool:
    body = macro.body
    if macro.count > MAX_ARGS or len(body) > MAX_BODY or "$" in body or "\\def" in body or "command" in body:
        return False
    return all(0 < int(n) <= macro.count for n in re.findall(r"#([0-9])", body))


def _body(text: str, at: int) -> tuple[str, int] | None:
    """The brace group at ``at``: (its inside, whitespace collapsed, the position after it)."""
    depth = 0
    for n in range(at, min(len(text), at + MAX_BODY + 2)):
        if text[n] == "{" and text[n - 1:n] != "\\":
            depth += 1
        elif text[n] == "}" and text[n - 1:n] != "\\":
            depth -= 1
            if depth == 0:
                return " ".join(text[at + 1:n].split()), n + 1
    return None


def _apply(live: dict[str, Macro], d: Definition) -> None:
    if d.kind == "provide" and d.name in live or d.name not in live and len(live) >= MAX_MACROS:
        return
    if d.kind == "let":
        target = d.macro.body
        live[d.name] = live.get(target[1:], d.macro) if target.startswith("\\") else d.macro
        return
    live[d.name] = d.macro


def definitions(text: str) -> dict[str, Macro]:
    """The macros a document defines, each as its last definition leaves it: name → macro."""
    live: dict[str, Macro] = {}
    for d in definition_list(text):
        _apply(live, d)
    return live


def expand(text: str, macros: dict[str, Macro]) -> str:
    """The text with every use of the macros expanded, line by line (see the module doc)."""
    if not macros:
        return text
    out = "\n".join(expand_line(line, macros) for line in text.split("\n"))
    return out if len(out) <= MAX_GROWTH * len(text) + 1024 else text


def expand_document(source: str, body: str) -> str:
    """The body (same positions as ``source``) with definitions blanked and uses expanded in document order."""
    listed = definition_list(source)
    if not listed:
        return body
    first: dict[str, Macro] = {}
    for d in listed:
        if d.name not in first:
            _apply(first, d)
    live: dict[str, Macro] = {}
    chars = list(body)
    for d in listed:
        for n in range(d.start, min(d.end, len(chars))):
            if chars[n] != "\n":
                chars[n] = " "
    lines, out, at, k = "".join(chars).split("\n"), [], 0, 0
    for line in lines:
        at += len(line) + 1
        while k < len(listed) and listed[k].start < at:
            _apply(live, listed[k])
            k += 1
        out.append(expand_line(line, {**first, **live}))
    grown = "\n".join(out)
    return grown if len(grown) <= MAX_GROWTH * len(body) + 1024 else "".join(chars)


def without_definitions(text: str) -> str:
    """The text with the definitions themselves blanked (they are not math of the notes), line breaks kept."""
    chars = list(text)
    for d in definition_list(text):
        for n in range(d.start, d.end):
            if chars[n] != "\n":
                chars[n] = " "
    return "".join(chars)


def expanded_notes(text: str) -> str:
    """The whole notes with their own macros expanded and definitions blanked (before any other rewriting)."""
    if "\\" not in text:
        return text
    return expand_document(re.sub(r"(?<!\\)%[^\n]*", lambda m: " " * len(m.group(0)), text), text)
