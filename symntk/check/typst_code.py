"""Typst code a learner mixes into markup and math, read as the math it makes: ``#let`` functions and names.

* ``#let dd(a) = $(partial f) / (partial #a)$`` defines a function of math (one line, at most
  :data:`MAX_PARAMS` parameters); a call ``#dd($W_1$)`` in markup, or ``dd(W_1)``/``#dd($W_1$)`` in math, is
  its body with the arguments put in (an argument with a space or an operator outside brackets in parentheses);
* ``#th`` in markup, for a name ``#let th = $theta$``, is that math;
* math a call or a name in markup makes, and a quoted operator name (``"tr"``) before math, joins the math right
  after it on the line: ``#th $= (…)$`` is ``$theta = (…)$`` and ``"tr" $K = 24$`` is ``$"tr" K = 24$``.

Everything is rewritten in Typst's own spelling (the math reader translates it later) and line for line: a
definition and an argument are one line each. Calls are found by regular expressions without nested
repetition; arguments are split in one pass with a bounded bracket depth.
"""

from __future__ import annotations

import re

from .typst_names import OPERATOR_NAMES

MAX_PARAMS = 4
MAX_FUNCTIONS = 50
_FUNCTION = re.compile(r"^[ \t]*#let[ \t]+([A-Za-z][A-Za-z0-9]{0,30})\(([A-Za-z0-9_, \t]{1,80})\)[ \t]*=[ \t]*"
                       r"\$([^$\n]{1,400})\$[ \t]*$", re.M)
_NAME = re.compile(r"^[ \t]*#let[ \t]+([A-Za-z][A-Za-z0-9]{0,30})[ \t]*=[ \t]*\$([^$\n]{1,400})\$[ \t]*$", re.M)
_USE = re.compile(r"(#?)\b([A-Za-z][A-Za-z0-9]{0,30})\b(\()?")
_QUOTED_BEFORE = re.compile(r"\"([A-Za-z]{2,12})\"([ \t]{0,3})\$(?!\$)")
_FOLLOWING_MATH = re.compile(r"[ \t]{0,3}\$(?!\$)")
_COMPOUND = re.compile(r"\s|[+\-=,/]")
MAX_ARGUMENT = 400
MAX_LINE = 2000


def functions(text: str) -> dict[str, tuple[list[str], str]]:
    """The document's functions of math, ``#let dd(a) = $…$``: name → (parameters, Typst body)."""
    found: dict[str, tuple[list[str], str]] = {}
    for m in _FUNCTION.finditer(text):
        params = [p.strip() for p in m.group(2).split(",")]
        if len(found) < MAX_FUNCTIONS and 0 < len(params) <= MAX_PARAMS and all(re.fullmatch(r"[A-Za-z]\w{0,20}", p)
                                                                                 for p in params):
            found[m.group(1)] = (params, m.group(3))
    return found


def names(text: str) -> dict[str, str]:
    """The document's names for math, ``#let th = $theta$``: name → Typst body (a later one replaces)."""
    return {m.group(1): m.group(2) for m in _NAME.finditer(text)}


def _arguments(text: str, at: int) -> tuple[list[str], int] | None:
    """The arguments of a call whose ``(`` is at ``at`` (split at top-level commas; ``$…$`` and ``[…]`` content
    is its inside, a string its text) and where the call ends; ``None`` when it does not close on its line."""
    depth, args, start, n = 0, [], at + 1, at
    in_math = False
    while n < len(text) and n - at <= MAX_ARGUMENT:
        ch = text[n]
        if ch == "\n":
            return None
        if ch == "$":
            in_math = not in_math
        elif not in_math and ch in "([":
            depth += 1
        elif not in_math and ch in ")]":
            depth -= 1
            if depth == 0:
                args.append(text[start:n])
                return [_content(a) for a in args], n + 1
        elif not in_math and ch == "," and depth == 1:
            args.append(text[start:n])
            start = n + 1
        n += 1
    return None


def _content(arg: str) -> str:
    """A call's argument as Typst math: ``$W_1$`` and ``[$W_1$]`` are ``W_1``, ``"x"`` is ``x``."""
    arg = arg.strip()
    if arg.startswith("[") and arg.endswith("]"):
        arg = arg[1:-1].strip()
    if len(arg) >= 2 and arg[0] == arg[-1] and arg[0] in "$\"":
        arg = arg[1:-1].strip()
    return arg


def _compound(arg: str) -> bool:
    """Whether an argument has a space or an operator outside its brackets (``w_1 + b``, not ``W_(1 1)``)."""
    depth = 0
    for ch in arg:
        depth += (ch in "([{") - (ch in ")]}")
        if depth == 0 and _COMPOUND.match(ch):
            return True
    return False


def _filled(params: list[str], body: str, args: list[str]) -> str:
    """A function's body with its arguments put in (``#a``, and a longer parameter's bare name too)."""
    values = {p: f"({a})" if _compound(a) else a for p, a in zip(params, args)}
    pattern = re.compile(r"#(" + "|".join(map(re.escape, params)) + r")\b"
                         + "".join(rf"|\b({re.escape(p)})\b" for p in params if len(p) > 1))
    return pattern.sub(lambda m: values[next(g for g in m.groups() if g)], body)


def expand_code(text: str, spans: list[tuple[int, int]]) -> str:
    """The document with its ``#let`` functions' calls, its names used in markup and quoted operator names
    before math rewritten as Typst math (see the module doc); ``spans`` are the ``$…$`` spans of ``text``."""
    funcs, lets = functions(text), names(text)
    if not funcs and not lets and '"' not in text:
        return text
    inside = inside_test(spans)
    out, at = [], 0
    for m in _USE.finditer(text):
        if m.start() < at:
            continue
        hash_, word, paren = m.groups()
        in_math = inside(m.start())
        if word in funcs and paren and (hash_ or in_math):
            read = _arguments(text, m.end() - 1)
            params, body = funcs[word]
            if read is None or len(read[0]) != len(params):
                continue
            math, end = _filled(params, body, read[0]), read[1]
        elif hash_ and word in lets and not in_math and not paren:
            math, end = lets[word], m.end()
        else:
            continue
        if in_math:
            out.append(text[at:m.start()] + math)
        else:
            follow = _FOLLOWING_MATH.match(text, end)
            out.append(text[at:m.start()] + "$" + math + (" " if follow else "$"))
            end = follow.end() if follow else end
        at = end
    text = "".join(out) + text[at:]
    return _QUOTED_BEFORE.sub(_quoted_operator, text) if '"' in text else text


def _quoted_operator(m: re.Match) -> str:
    """``"tr" $K$`` in markup (an even number of dollar signs before it on its line): the name joins the math."""
    begin = max(0, m.start() - MAX_LINE)
    line = m.string[m.string.rfind("\n", begin, m.start()) + 1:m.start()]
    if m.group(1) not in OPERATOR_NAMES or line.count("$") % 2:
        return m.group(0)
    return '$"' + m.group(1) + '" '


def inside_test(spans: list[tuple[int, int]]):
    """A test whether a position (asked in increasing order) lies inside one of the sorted ``spans``."""
    state = {"n": 0}

    def test(pos: int) -> bool:
        n = state["n"]
        while n < len(spans) and spans[n][1] <= pos:
            n += 1
        state["n"] = n
        return n < len(spans) and spans[n][0] < pos

    return test
