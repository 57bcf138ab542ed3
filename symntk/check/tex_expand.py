"""TeX's own rules for reading a macro's arguments and expanding its uses, bounded, on one line of text.

An undelimited argument is the next token after optional spaces: one brace group (its inside), one control
sequence (``\\alpha``, ``\\,``) or one character, so ``\\W2_{1}`` with ``\\W`` of one argument reads ``2`` and
``\\pd fx`` reads ``f`` and ``x``. A macro with an optional first argument (``\\newcommand{\\x}[2][1]{…}``)
takes ``[…]`` when the next non-space character is ``[`` and its default otherwise. An expansion is read again
(macros in macros' bodies, and a body's last macro may take its arguments from the text after the use, as in
TeX). Nothing is executed; a line costs at most :data:`MAX_EXPANSIONS` expansions and grows to at most
:data:`MAX_LINE` characters, else it is left as written (a macro that expands to itself cannot loop).
"""

from __future__ import annotations

from typing import NamedTuple

MAX_EXPANSIONS = 200
MAX_LINE = 8192
MAX_ARGUMENT = 400


class Macro(NamedTuple):
    """One macro: number of arguments, the default of an optional first argument (None: none), body."""

    count: int
    default: str | None
    body: str


def _letter(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def control_word(text: str, at: int) -> int:
    """The end of the control sequence starting with the backslash at ``at`` (a word, or one other char)."""
    end = at + 1
    while end < len(text) and _letter(text[end]):
        end += 1
    return end if end > at + 1 else min(at + 2, len(text))


def _skip_spaces(text: str, at: int) -> int:
    while at < len(text) and text[at] in " \t":
        at += 1
    return at


def _group(text: str, at: int, opening: str, closing: str) -> tuple[str, int] | None:
    """The balanced group opened at ``at``: (its inside, position after), or None if unbalanced or too long."""
    depth = 0
    n = at
    while n < min(len(text), at + MAX_ARGUMENT):
        ch = text[n]
        if ch == "\\":
            n += 2
            continue
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth < 0:
                return None
        if depth == 0 and ch == closing and n > at:
            return text[at + 1:n], n + 1
        n += 1
    return None


def argument(text: str, at: int) -> tuple[str, int] | None:
    """TeX's undelimited argument at ``at``: (its text, position after), or None if there is none."""
    at = _skip_spaces(text, at)
    if at >= len(text) or text[at] in "}\n$&":
        return None
    if text[at] == "{":
        return _group(text, at, "{", "}")
    if text[at] == "\\":
        end = control_word(text, at)
        return text[at:end], end
    return text[at], at + 1


def optional(text: str, at: int) -> tuple[str, int] | None:
    """An optional argument ``[…]`` at ``at`` (spaces before it allowed), or None if there is none."""
    at = _skip_spaces(text, at)
    if at < len(text) and text[at] == "[":
        return _group(text, at, "[", "]")
    return None


def _arguments(text: str, at: int, macro: Macro) -> tuple[list[str], int] | None:
    args: list[str] = []
    if macro.default is not None:
        found = optional(text, at)
        args.append(found[0] if found else macro.default)
        at = found[1] if found else at
    while len(args) < macro.count:
        found = argument(text, at)
        if found is None:
            return None
        args.append(found[0])
        at = found[1]
        if _scripted(text, at, found[0], macro.body, len(args)):   # "\\pd f\\theta_2": ∂f/∂θ_2, as meant
            script = argument(text, at + 1)
            args[-1] += text[at] + ("{" + script[0] + "}" if text[at + 1] == "{" else script[0])
            at = script[1]
    return args, at


def _scripted(text: str, at: int, taken: str, body: str, index: int) -> bool:
    r"""Whether a learner's script right after an unbraced control-word argument (``\pd f\theta_2``) belongs to it:
    the body closes a group right after that argument (``{\partial #2}``), so TeX would put the script on the
    whole result (∂f/∂θ with a 2 after it) where the learner means ∂f/∂θ_2."""
    return taken.startswith("\\") and len(taken) > 2 and at + 1 < len(text) and text[at] in "_^" and \
        f"#{index}}}" in body and argument(text, at + 1) is not None


def substitute(body: str, args: list[str]) -> str:
    """The body with ``#1`` … ``#9`` replaced by the arguments (``##`` is one ``#``), in one pass."""
    out, n = [], 0
    while n < len(body):
        if body[n] == "#" and n + 1 < len(body) and body[n + 1].isdigit() and 0 < int(body[n + 1]) <= len(args):
            out.append(args[int(body[n + 1]) - 1])
            n += 2
            continue
        out.append(body[n])
        n += 1
    return "".join(out)


def expand_line(line: str, macros: dict[str, Macro]) -> str:
    """One line with every use of the macros expanded by TeX's argument rules (see the module doc)."""
    if "\\" not in line or not macros:
        return line
    text, at, budget = line, 0, MAX_EXPANSIONS
    while True:
        at = text.find("\\", at)
        if at < 0:
            return text
        end = control_word(text, at)
        macro = macros.get(text[at + 1:end])
        if macro is None:
            at = end
            continue
        read = _arguments(text, end, macro)
        budget -= 1
        if read is None or budget < 0:
            if budget < 0:
                return line
            at = end
            continue
        args, after = read
        body = substitute(macro.body, args)
        if control_word_start(body) < len(body) and _letter(text[after:after + 1]):
            body += " "
        text = text[:at] + body + text[after:]
        if len(text) > MAX_LINE:
            return line


def control_word_start(body: str) -> int:
    """Where the control word that ends ``body`` starts (len(body) if it does not end with one)."""
    n = len(body)
    while n > 0 and _letter(body[n - 1]):
        n -= 1
    return n - 1 if n > 0 and body[n - 1] == "\\" and n < len(body) else len(body)
