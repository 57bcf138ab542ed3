"""A LaTeX document's own simple macros (``\\newcommand{\\R}{\\mathbb{R}}``), read as text and expanded as text.

Read from anywhere in the document (preamble or body): ``\\newcommand``, ``\\renewcommand``,
``\\providecommand`` (starred or not, the name in braces or not) and ``\\def\\name{…}`` without
arguments, or with up to :data:`MAX_ARGS` arguments ``[n]`` used as ``#1`` … ``#n`` (each argument one
brace group); ``\\DeclareMathOperator{\\tr}{tr}`` becomes ``\\operatorname{tr}``. A definition's body is
one brace group of at most :data:`MAX_BODY` characters on one line; anything else
(optional defaults, ``\\let``, arguments that are not brace groups) is left alone, so the math that uses
it is reported as unreadable. Nothing is executed: expansion is text substitution, at most
:data:`MAX_PASSES` passes, and stops when the text would grow beyond :data:`MAX_GROWTH` times its size.
Bodies lose their line breaks, so line numbers stay.
"""

from __future__ import annotations

import re

MAX_MACROS = 64
MAX_BODY = 200
MAX_ARGS = 3
MAX_PASSES = 4
MAX_GROWTH = 2

_HEAD = r"\s*(?:\{\s*\\([A-Za-z]+)\s*\}|\\([A-Za-z]+))\s*(?:\[\s*([0-9])\s*\])?\s*(?=\{)"
_NEW = re.compile(r"\\(?:re)?newcommand\*?" + _HEAD)
_PROVIDE = re.compile(r"\\providecommand\*?" + _HEAD)
_DEF = re.compile(r"\\def\s*\\([A-Za-z]+)\s*((?:#[1-9]){0,3})\s*(?=\{)")
_OPERATOR = re.compile(r"\\DeclareMathOperator\*?\s*\{\s*\\([A-Za-z]+)\s*\}\s*\{([A-Za-z ]{1,20})\}")


def definitions(text: str) -> dict[str, tuple[int, str]]:
    """The simple macros a document defines: name → (number of arguments, body)."""
    found: dict[str, tuple[int, str]] = {}
    for pattern in (_NEW, _PROVIDE):
        for m in pattern.finditer(text):
            name, count, body = m.group(1) or m.group(2), int(m.group(3) or 0), _argument(text, m.end())
            if body is None or pattern is _PROVIDE and name in found:
                continue
            _add(found, name, count, body[0])
    for m in _DEF.finditer(text):
        body = _argument(text, m.end())
        if body is not None:
            _add(found, m.group(1), len(m.group(2)) // 2, body[0])
    for m in _OPERATOR.finditer(text):
        _add(found, m.group(1), 0, "\\operatorname{" + m.group(2).strip() + "}")
    return found


def _add(found: dict, name: str, count: int, body: str) -> None:
    if len(found) >= MAX_MACROS or count > MAX_ARGS or len(body) > MAX_BODY:
        return
    if any(int(n) > count for n in re.findall(r"#([0-9])", body)) or "\\def" in body or "command" in body \
            or "$" in body:
        return
    found[name] = (count, " ".join(body.split()))


def _argument(text: str, at: int) -> tuple[str, int] | None:
    """The brace group starting at ``at`` (spaces before it allowed): (its inside, the position after it)."""
    while at < len(text) and text[at] in " \t":
        at += 1
    if at >= len(text) or text[at] != "{":
        return None
    depth, start = 0, at
    for n in range(at, min(len(text), at + MAX_BODY + 2)):
        if text[n] == "{":
            depth += 1
        elif text[n] == "}":
            depth -= 1
            if depth == 0:
                return text[start + 1:n], n + 1
        elif text[n] == "\n":
            return None
    return None


def expand(text: str, macros: dict[str, tuple[int, str]]) -> str:
    """The text with every use of the macros replaced by their bodies (see the module doc)."""
    if not macros:
        return text
    use = re.compile(r"\\(" + "|".join(sorted(map(re.escape, macros), key=len, reverse=True)) + r")(?![A-Za-z])")
    limit = MAX_GROWTH * len(text) + 1024
    for _ in range(MAX_PASSES):
        out, last, changed = [], 0, False
        for m in use.finditer(text):
            if m.start() < last:
                continue
            count, body = macros[m.group(1)]
            end, args = m.end(), []
            for _ in range(count):
                found = _argument(text, end)
                if found is None:
                    break
                args.append(found[0])
                end = found[1]
            if len(args) != count:
                continue
            for n, arg in enumerate(args, start=1):
                body = body.replace(f"#{n}", arg)
            out.append(text[last:m.start()])
            out.append(body if not body[-1:].isalpha() or count else body + " ")
            last, changed = end, True
        if not changed:
            return text
        out.append(text[last:])
        grown = "".join(out)
        if len(grown) > limit:
            return text
        text = grown
    return text


_DEFINITION_LINE = re.compile(r"\\(?:(?:re|provide|new)command|DeclareMathOperator|def)\b[^\n]*")


def without_definitions(text: str) -> str:
    """The text with the definitions themselves blanked (they are not math of the notes)."""
    return _DEFINITION_LINE.sub(lambda m: " " * len(m.group(0)), text)
