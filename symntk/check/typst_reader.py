"""The reader of Typst math's tokens: the tokenizer, the pieces it makes (:class:`Item`), and operands, scripts,
brackets and fractions (:class:`TokenReader`); names, calls and ``#`` code are read by its subclass in
:mod:`symntk.check.typst_math` (:meth:`name`, :meth:`macro`, :meth:`code`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .typst_names import GREEK, SHORTHANDS, SYMBOLS, UNICODE_OPERATORS

MAX_DEPTH = 40

_CLOSERS = {"(": ")", "[": "]", "{": "}"}

_TOKEN = re.compile(r"""(?P<ws>\s+)|(?P<comment>//[^\n]*)|(?P<str>"[^"\n]{0,200}")|(?P<num>\d+(?:\.\d+)?)"""
                    r"""|(?P<ident>[A-Za-z]+(?:\.[A-Za-z]+){0,4})"""
                    r"""|(?P<sym><==>|==>|-->|\|->|<=>|=>|->|<=|>=|!=|:=|<<|>>|\.\.\.|\|\||\\.|.)""", re.S)
_LAYERED = re.compile(r"(?:^|[^A-Za-z\\])(?:[Wwbazh]|\\delta|\\Sigma|\\Theta)(?:_\{[^{}]{0,12}\})?$")


@dataclass
class Item:
    """One piece of translated math: its LaTeX, what it is (``space``, ``atom``, ``group``, ``op``) and, for a
    bracket, the LaTeX inside it (what a script or a fraction takes without the parentheses)."""

    latex: str
    kind: str
    inner: str | None = None

    def bare(self) -> str:
        """The item as a script's or a fraction part's argument: a bracket without its parentheses."""
        return self.inner if self.inner is not None else self.latex


class TokenReader:
    """A recursive-descent reader of one piece of Typst math over its tokens (the subclass reads names, calls and
    ``#`` code: ``name``, ``macro``, ``code``)."""

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

    def sequence(self, stops: tuple[str, ...] = ()) -> list[Item]:
        """Items up to (not including) a token in ``stops`` or the end, with fractions made."""
        items: list[Item] = []
        while True:
            kind, tok = self.peek()
            if kind == "end" or (kind == "sym" and tok in stops):
                return items
            if kind in ("ws", "comment"):
                self.pos += 1
                if kind == "ws":
                    items.append(Item("\n" * tok.count("\n") or " ", "space"))
                continue
            if kind == "sym" and tok == "/":
                self.pos += 1
                items.append(self.fraction(items))
                continue
            items.append(self.atom())

    def fraction(self, items: list[Item]) -> Item:
        """``a / b``: the last atom written and the next one; ``partial f / partial x`` is ∂f/∂x."""
        while items and items[-1].kind == "space":
            items.pop()
        if not items or items[-1].kind == "op":
            return Item("/", "op")
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
        return Item(f"\\frac{{{numerator}}}{{{denominator}}}", "atom")

    def atom(self) -> Item:
        """One operand with its primes, scripts and a call's arguments."""
        kind, tok = self.peek()
        self.pos += 1
        if kind == "end":
            return Item("", "space")
        if kind == "num":
            item = Item(tok, "atom")
        elif kind == "str":
            item = Item(_quoted(tok[1:-1]), "atom")
        elif kind == "ident":
            item = self.name(tok)
        elif tok in _CLOSERS:
            item = self.group(tok)
        elif tok in SHORTHANDS:
            return Item(SHORTHANDS[tok], "op")
        elif tok in UNICODE_OPERATORS:
            return Item(UNICODE_OPERATORS[tok], "op")
        elif tok == "#":
            return self.code()
        elif tok == "\\" or (tok.startswith("\\") and tok[1].isspace()):   # a line break
            return Item("\\\\" + ("\n" if tok.endswith("\n") else " "), "op")
        elif tok.startswith("\\"):
            return Item(tok if tok[1] in "{}_$%#&" else tok[1], "atom")
        elif tok in "=<>+-,;&:!|*)]}.":
            return Item({"*": "\\cdot"}.get(tok, tok), "op" if tok not in "!|)]}." else "atom")
        else:
            item = Item(tok, "atom")
        return self.postfix(item)

    def postfix(self, item: Item) -> Item:
        """Primes, ``_``/``^`` scripts and an argument list glued to the atom (``f(x)``, ``tanh'(z)``)."""
        while True:
            kind, tok = self.peek()
            if tok in ("'", "′"):
                self.pos += 1
                item = Item(item.latex + "'", "atom")
            elif tok in ("_", "^"):
                self.pos += 1
                item = Item(f"{item.latex}{tok}{{{self.script(tok == '^' and _LAYERED.search(item.latex))}}}",
                             "atom")
            elif tok == "(" and item.kind == "atom" and not item.latex[-1:].isdigit():
                self.pos += 1
                args = self.group("(")
                item = Item(item.latex + args.latex, "atom")
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

    def group(self, opener: str) -> Item:
        """A bracket and what it holds; ``{…}`` shows its braces only when it is not a script's argument."""
        closer = _CLOSERS[opener]
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise TooDeepError
        inner = joined(self.sequence((closer,)))
        self.depth -= 1
        if self.peek()[1] == closer:
            self.pos += 1
        left, right = ("\\{", "\\}") if opener == "{" else (opener, closer)
        return Item(f"{left}{inner}{right}", "group", inner)


_PARTIAL = ("\\partial", "∂", "\\mathrm{d}")


class TooDeepError(Exception):
    """Math nested deeper than :data:`MAX_DEPTH`: left as written."""


def _quoted(text: str) -> str:
    """Quoted text in math: an operator's name (``"tr"``, ``"relu"``) is that operator, other text ``\\text{…}``."""
    word = text.strip()
    if word == "d":   # "d" f / "d" x: the upright differential
        return "\\mathrm{d}"
    if word in SYMBOLS and word not in GREEK and re.fullmatch(r"[A-Za-z]{2,12}", word):
        return SYMBOLS[word]
    return f"\\text{{{text}}}"


def joined(items: list[Item]) -> str:
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
