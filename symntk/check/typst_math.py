"""Typst math (one piece between dollar signs) as the LaTeX the grammar reads: symbols, scripts, fractions, calls.

* symbols by name: Greek letters (``theta``, ``lambda``, ``Sigma``), ``partial``, ``nabla``, ``approx``,
  ``dot`` (⋅), ``times``, ``plus.minus``, ``arrow.r``, ``in``, ``RR``, ``sum``, the operators Typst knows
  (``tanh``, ``det``, ``tr``, ``exp``, …), shorthands (``=>``, ``->``, ``<=``, ``>=``, ``!=``, ``...``) and
  unicode operators typed straight in (``→ ≈ ± · × −``); an arrow between two equations is ``\\Rightarrow``;
* scripts: a parenthesised argument loses its parentheses (``W^([1])`` is ``W^{[1]}``, ``K_(1 2)`` is
  ``K_{1 2}``, ``e^(-z)`` is ``e^{-z}``, ``x^((1))`` is ``x^{(1)}``; a layer number over a parameter letter,
  ``W^(1)``, keeps them for the layer rules), ``^top`` is ``^{\\top}``;
* fractions: ``/`` makes a fraction of the operands beside it (an atom with its scripts and call, or a
  bracket whose parentheses go: ``(27 plus.minus sqrt(697)) / 2``); the derivative a learner means by
  ``partial f / partial theta_k`` takes ``partial`` into both parts (Typst itself would typeset ∂ (f/∂) θ_k);
* calls: ``pdv(f, w_1)`` and ``dv(f, x)`` (the physica package's derivatives), ``vec(1, 2)``,
  ``mat(1, 0; 0, 1)`` (``delim: "["`` gives brackets), ``sqrt(x)``, ``root(n, x)``,
  ``frac(a, b)``, ``abs(x)``, ``norm(x)``, ``lr(…)``, ``op("tr")``, ``cases(…)``, ``bold``/``bb``/``upright``,
  accents ``hat``/``tilde``/``bar``/``dot`` of one letter: rules as data (:data:`CALL_TABLE`, printed by
  :func:`call_rows`);
* quoted text: an operator's name (``"tr"``, ``"relu"``) is that operator, other text is ``\\text{…}``;
  ``\\`` (a line break) is ``\\\\``; ``//`` comments and ``#`` code in math go; a ``#let`` name is its math.

Math is read by one tokenizing regular expression (no nested repetition) and a recursive-descent reader
whose bracket depth is bounded by :data:`MAX_DEPTH`; deeper math is left as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .typst_names import (
    CALL_RULES,
    CALL_TABLE,
    CALLS,
    GREEK,
    NOT_AN_ACCENT,
    SHORTHANDS,
    SYMBOLS,
    UNICODE_OPERATORS,
    call_rows,
    filled,
)

__all__ = ["CALLS", "CALL_TABLE", "MAX_DEPTH", "MAX_MATH", "SYMBOLS", "call_rows", "math_latex"]

MAX_DEPTH = 40
MAX_MATH = 20000

_CLOSERS = {"(": ")", "[": "]", "{": "}"}

_TOKEN = re.compile(r"""(?P<ws>\s+)|(?P<comment>//[^\n]*)|(?P<str>"[^"\n]{0,200}")|(?P<num>\d+(?:\.\d+)?)"""
                    r"""|(?P<ident>[A-Za-z]+(?:\.[A-Za-z]+){0,4})"""
                    r"""|(?P<sym><==>|==>|-->|\|->|<=>|=>|->|<=|>=|!=|:=|<<|>>|\.\.\.|\|\||\\.|.)""", re.S)
_LAYERED = re.compile(r"(?:^|[^A-Za-z\\])(?:[Wwbazh]|\\delta|\\Sigma|\\Theta)(?:_\{[^{}]{0,12}\})?$")


@dataclass
class _Item:
    """One piece of translated math: its LaTeX, what it is (``space``, ``atom``, ``group``, ``op``) and, for a
    bracket, the LaTeX inside it (what a script or a fraction takes without the parentheses)."""

    latex: str
    kind: str
    inner: str | None = None

    def bare(self) -> str:
        """The item as a script's or a fraction part's argument: a bracket without its parentheses."""
        return self.inner if self.inner is not None else self.latex


class _Reader:
    """A recursive-descent reader of one piece of Typst math over its tokens."""

    def __init__(self, body: str, macros: dict[str, str] | None = None):
        self.macros = macros or {}
        self.tokens = [(m.lastgroup, m.group(0)) for m in _TOKEN.finditer(body)]
        self.pos = 0
        self.depth = 0

    def peek(self, offset: int = 0) -> tuple[str, str]:
        at = self.pos + offset
        return self.tokens[at] if at < len(self.tokens) else ("end", "")

    def skip_space(self) -> None:
        while self.peek()[0] in ("ws", "comment"):
            self.pos += 1

    def sequence(self, stops: tuple[str, ...] = ()) -> list[_Item]:
        """Items up to (not including) a token in ``stops`` or the end, with fractions made."""
        items: list[_Item] = []
        while True:
            kind, tok = self.peek()
            if kind == "end" or (kind == "sym" and tok in stops):
                return items
            if kind in ("ws", "comment"):
                self.pos += 1
                if kind == "ws":
                    items.append(_Item("\n" * tok.count("\n") or " ", "space"))
                continue
            if kind == "sym" and tok == "/":
                self.pos += 1
                items.append(self.fraction(items))
                continue
            items.append(self.atom())

    def fraction(self, items: list[_Item]) -> _Item:
        """``a / b``: the last atom written and the next one; ``partial f / partial x`` is ∂f/∂x."""
        while items and items[-1].kind == "space":
            items.pop()
        if not items or items[-1].kind == "op":
            return _Item("/", "op")
        top = items.pop()
        numerator = top.bare()
        at = len(items)
        while at and items[at - 1].kind == "space":
            at -= 1
        if at and items[at - 1].latex.startswith(_PARTIAL) and top.inner is None:
            numerator = items[at - 1].latex + " " + numerator
            del items[at - 1:]
        self.skip_space()
        below = self.atom()
        denominator = below.bare()
        if below.latex.startswith(_PARTIAL) and below.kind == "atom":
            self.skip_space()
            kind, tok = self.peek()
            if kind in ("ident", "num", "str") or (kind == "sym" and (tok.isalpha() or tok == "(")):
                denominator = below.latex + " " + self.atom().latex
        return _Item(f"\\frac{{{numerator}}}{{{denominator}}}", "atom")

    def atom(self) -> _Item:
        """One operand with its primes, scripts and a call's arguments."""
        kind, tok = self.peek()
        self.pos += 1
        if kind == "end":
            return _Item("", "space")
        if kind == "num":
            item = _Item(tok, "atom")
        elif kind == "str":
            item = _Item(_quoted(tok[1:-1]), "atom")
        elif kind == "ident":
            item = self.name(tok)
        elif tok in _CLOSERS:
            item = self.group(tok)
        elif tok in SHORTHANDS:
            return _Item(SHORTHANDS[tok], "op")
        elif tok in UNICODE_OPERATORS:
            return _Item(UNICODE_OPERATORS[tok], "op")
        elif tok == "#":
            return self.code()
        elif tok == "\\" or (tok.startswith("\\") and tok[1].isspace()):   # a line break
            return _Item("\\\\" + ("\n" if tok.endswith("\n") else " "), "op")
        elif tok.startswith("\\"):
            return _Item(tok if tok[1] in "{}_$%#&" else tok[1], "atom")
        elif tok in "=<>+-,;&:!|*)]}.":
            return _Item({"*": "\\cdot"}.get(tok, tok), "op" if tok not in "!|)]}." else "atom")
        else:
            item = _Item(tok, "atom")
        return self.postfix(item)

    def postfix(self, item: _Item) -> _Item:
        """Primes, ``_``/``^`` scripts and an argument list glued to the atom (``f(x)``, ``tanh'(z)``)."""
        while True:
            kind, tok = self.peek()
            if tok in ("'", "′"):
                self.pos += 1
                item = _Item(item.latex + "'", "atom")
            elif tok in ("_", "^"):
                self.pos += 1
                item = _Item(f"{item.latex}{tok}{{{self.script(tok == '^' and _LAYERED.search(item.latex))}}}",
                             "atom")
            elif tok == "(" and item.kind == "atom" and not item.latex[-1:].isdigit():
                self.pos += 1
                args = self.group("(")
                item = _Item(item.latex + args.latex, "atom")
            else:
                return item

    def script(self, layered: bool = False) -> str:
        """A script's argument: a bracket without its parentheses (``[1]`` keeps its brackets; a layer number
        over a ``layered`` letter, ``W^(1)``, keeps them), or one atom (``-1`` keeps its sign)."""
        kind, tok = self.peek()
        if kind == "sym" and tok in "-+":
            self.pos += 1
            return tok + self.script()
        if kind in ("end", "ws"):
            return ""
        if kind == "sym" and tok in _CLOSERS:
            self.pos += 1
            group = self.group(tok)
            keep = tok == "[" or (layered and re.fullmatch(r"\d{1,2}", group.inner or ""))
            return group.latex if keep else group.bare()
        self.pos += 1
        if kind == "ident":
            macro = self.macro(tok)
            return macro.latex if macro is not None else SYMBOLS.get(tok, tok)
        if kind == "str":
            return _quoted(tok[1:-1])
        return tok

    def group(self, opener: str) -> _Item:
        """A bracket and what it holds; ``{…}`` shows its braces only when it is not a script's argument."""
        closer = _CLOSERS[opener]
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise _TooDeepError
        inner = _joined(self.sequence((closer,)))
        self.depth -= 1
        if self.peek()[1] == closer:
            self.pos += 1
        left, right = ("\\{", "\\}") if opener == "{" else (opener, closer)
        return _Item(f"{left}{inner}{right}", "group", inner)

    def arguments(self) -> tuple[list[list[str]], dict[str, str]]:
        """A call's arguments after its ``(``: rows split at ``;``, cells at ``,``; named ones (``delim: "["``)."""
        rows: list[list[str]] = [[]]
        named: dict[str, str] = {}
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise _TooDeepError
        while True:
            self.skip_space()
            kind, tok = self.peek()
            if kind == "ident" and self.peek(1)[1] == ":":
                self.pos += 2
                self.skip_space()
                value = self.peek()[1]
                self.pos += 1
                if value == "#":   # delim: #none
                    value += self.peek()[1]
                    self.pos += 1
                named[tok] = value.strip('"')
                self.skip_space()
                if self.peek()[1] == ",":
                    self.pos += 1
                continue
            cell = _joined(self.sequence((",", ";", ")")))
            rows[-1].append(cell)
            kind, tok = self.peek()
            self.pos += 1
            if tok == ";":
                rows.append([])
            elif tok != ",":
                break
        self.depth -= 1
        if rows[-1] and not rows[-1][-1] and len(rows[-1]) > 1:   # a trailing comma: vec(1, 2,)
            rows[-1].pop()
        if len(rows) > 1 and rows[-1] in ([""], []):
            rows.pop()
        return rows, named

    def name(self, word: str) -> _Item:
        """An identifier: a symbol, an operator, a one-letter variable, or a call of a Typst function."""
        if self.peek()[1] == "(":
            call = self.call(word)
            if call is not None:
                return call
        macro = self.macro(word)
        if macro is not None:
            return macro
        if word in SYMBOLS:
            return _Item(SYMBOLS[word], "op" if SYMBOLS[word] in _RELATIONS else "atom")
        if len(word) == 1:
            return _Item(word, "atom")
        base = word.split(".")[0]
        if base in SYMBOLS:
            return _Item(SYMBOLS[base], "atom")
        return _Item(f"\\text{{{word}}}", "atom")

    def macro(self, word: str) -> _Item | None:
        """A ``#let`` name (``th``, or ``W1``: letters and the digits right after them), or ``None``."""
        kind, tok = self.peek()
        if kind == "num" and word + tok in self.macros:
            self.pos += 1
            return _Item(self.macros[word + tok], "atom")
        return _Item(self.macros[word], "atom") if word in self.macros else None

    def call(self, word: str) -> _Item | None:
        """A Typst math function's call, read by :data:`CALL_TABLE` (``vec``, ``mat``, ``sqrt``, ``frac``, ``op``,
        ``cases``, styles, accents); ``None`` for any other name or number of arguments (an ordinary function
        such as ``f(x)``)."""
        rules = CALL_RULES.get(word)
        if rules is None:
            return None
        start = self.pos
        self.pos += 1
        rows, named = self.arguments()
        cells = [cell for row in rows for cell in row]
        latex = rules.get(len(cells), rules.get(None) if cells else None)
        if latex is None:
            self.pos = start
            return None
        if word in NOT_AN_ACCENT and not re.fullmatch(r"\\?[A-Za-z]{1,12}", cells[0]):
            self.pos = start
            return _Item(NOT_AN_ACCENT[word], "op")
        return _Item(filled(latex, rows, named), "atom")

    def code(self) -> _Item:
        """``#name(…)`` or ``#name`` in math: Typst code, left out (a space), or the math a ``#let`` gave the name."""
        if self.peek()[0] == "ident":
            word = self.peek()[1]
            self.pos += 1
            macro = self.macro(word)
            if macro is not None:
                return self.postfix(macro)
            if self.peek()[1] == "(":
                self.pos += 1
                self.depth += 1
                if self.depth > MAX_DEPTH:
                    raise _TooDeepError
                self.sequence((")",))
                self.depth -= 1
                self.pos += 1
        return _Item(" ", "space")


_PARTIAL = ("\\partial", "∂")
_RELATIONS = {"=", "\\approx", "\\neq", "\\le", "\\ge", "\\in", "\\rightarrow", "\\Rightarrow", "\\implies",
              "\\iff", "\\pm", "\\mp", "\\cdot", "\\times", "+", "-", "\\to", "\\equiv", "\\sim", "\\propto",
              "\\Leftrightarrow", "\\leftarrow", "\\mapsto", "<", ">"}


class _TooDeepError(Exception):
    """Math nested deeper than :data:`MAX_DEPTH`: left as written."""


def _quoted(text: str) -> str:
    """Quoted text in math: an operator's name (``"tr"``, ``"relu"``) is that operator, other text ``\\text{…}``."""
    word = text.strip()
    if word in SYMBOLS and word not in GREEK and re.fullmatch(r"[A-Za-z]{2,12}", word):
        return SYMBOLS[word]
    return f"\\text{{{text}}}"


def _joined(items: list[_Item]) -> str:
    """Items' LaTeX in order, with a space after a command that a letter follows (``\\lambda I``)."""
    out = ""
    for item in items:
        piece = item.latex
        if piece == " " and out.endswith((" ", "\n")):
            continue
        if piece and out and re.search(r"\\[A-Za-z]{1,30}$", out[-32:]) and piece[0].isalpha():
            out += " "
        out += piece
    return out.strip(" ")


def math_latex(body: str, macros: dict[str, str] | None = None) -> str:
    """One piece of Typst math as LaTeX (see the module doc), with the names in ``macros`` (``#let`` names) as
    their math; line breaks are kept, and math too large or nested too deeply to read is returned as written."""
    if len(body) > MAX_MATH:
        return body
    reader = _Reader(body, macros)
    try:
        items: list[_Item] = []
        while reader.peek()[0] != "end":
            items.extend(reader.sequence())
            if reader.peek()[0] != "end":   # an unmatched closer
                items.append(_Item(reader.peek()[1], "atom"))
                reader.pos += 1
    except _TooDeepError:
        return body
    return _joined(_arrows_between_equations(items))


_ARROWS = {"\\rightarrow", "\\to", "\\Rightarrow", "\\implies"}


def _arrows_between_equations(items: list[_Item]) -> list[_Item]:
    """``x_1 = 1 arrow.r nabla f(x_1) = (…)``, ``… = 0 -> lambda = …``: an arrow with an equation on either side
    says the second follows from the first (``\\Rightarrow``)."""
    relations = [n for n, item in enumerate(items) if item.kind == "op" and item.latex in ("=", "\\approx")]
    out = list(items)
    for n, item in enumerate(items):
        if item.kind == "op" and item.latex in _ARROWS and relations and relations[0] < n < relations[-1]:
            out[n] = _Item("\\Rightarrow", "op")
    return out
