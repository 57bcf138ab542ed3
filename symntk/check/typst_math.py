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
  accents ``hat``/``tilde``/``bar``/``dot`` of one letter, ``attach(W, t: (1), b: 11)`` (``W_{11}^{(1)}``):
  rules as data (:data:`CALL_TABLE`, printed by :func:`call_rows`);
* quoted text: an operator's name (``"tr"``, ``"relu"``) is that operator, other text is ``\\text{…}``;
  ``\\`` (a line break) is ``\\\\``; ``//`` comments and ``#`` code in math go; a ``#let`` name is its math.

Math is read by one tokenizing regular expression (no nested repetition) and a recursive-descent reader
whose bracket depth is bounded by :data:`MAX_DEPTH`; deeper math is left as written.
"""

from __future__ import annotations

import re

from .typst_names import CALL_RULES, CALL_TABLE, CALLS, NOT_AN_ACCENT, SYMBOLS, call_rows, filled
from .typst_reader import MAX_DEPTH, Item, TokenReader, TooDeepError, joined

__all__ = ["CALLS", "CALL_TABLE", "MAX_DEPTH", "MAX_MATH", "SYMBOLS", "call_rows", "math_latex"]

MAX_MATH = 20000


class _Reader(TokenReader):
    """A recursive-descent reader of one piece of Typst math: its names, calls and ``#`` code over the token
    reading of :class:`~symntk.check.typst_reader.TokenReader`."""

    def arguments(self) -> tuple[list[list[str]], dict[str, str]]:
        """A call's arguments after its ``(``: rows split at ``;``, cells at ``,``; named ones (``delim: "["``)."""
        rows: list[list[str]] = [[]]
        named: dict[str, str] = {}
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise TooDeepError
        while True:
            self.skip_space()
            kind, tok = self.peek()
            if kind == "ident" and self.peek(1)[1] == ":":
                self.pos += 2
                self.skip_space()
                value = self.peek()[1]
                if self.peek()[0] == "str" or value == "#":
                    self.pos += 1
                    if value == "#":   # delim: #none
                        value += self.peek()[1]
                        self.pos += 1
                    value = value.strip('"')
                else:   # attach(W, t: (1), b: 11): math
                    value = joined(self.sequence((",", ";", ")")))
                named[tok] = value
                self.skip_space()
                if self.peek()[1] == ",":
                    self.pos += 1
                continue
            cell = joined(self.sequence((",", ";", ")")))
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

    def name(self, word: str) -> Item:
        """An identifier: a symbol, an operator, a one-letter variable, or a call of a Typst function."""
        if self.peek()[1] == "(":
            call = self.call(word)
            if call is not None:
                return call
        macro = self.macro(word)
        if macro is not None:
            return macro
        if word in SYMBOLS:
            return Item(SYMBOLS[word], "op" if SYMBOLS[word] in _RELATIONS else "atom")
        if len(word) == 1:
            return Item(word, "atom")
        base = word.split(".")[0]
        if base in SYMBOLS:
            return Item(SYMBOLS[base], "atom")
        return Item(f"\\text{{{word}}}", "atom")

    def macro(self, word: str) -> Item | None:
        """A ``#let`` name (``th``, or ``W1``: letters and the digits right after them), or ``None``."""
        kind, tok = self.peek()
        if kind == "num" and word + tok in self.macros:
            self.pos += 1
            return Item(self.macros[word + tok], "atom")
        return Item(self.macros[word], "atom") if word in self.macros else None

    def call(self, word: str) -> Item | None:
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
            return Item(NOT_AN_ACCENT[word], "op")
        return Item(filled(latex, rows, named), "atom")

    def code(self) -> Item:
        """``#name(…)`` or ``#name`` in math: Typst code, left out (a space), or the math a ``#let`` gave the name."""
        if self.peek()[0] == "ident":
            word = self.peek()[1]
            self.pos += 1
            if word.startswith("sym.") and word[4:] in SYMBOLS:   # #sym.arrow.r: the symbol by its full name
                latex = SYMBOLS[word[4:]]
                return Item(latex, "op" if latex in _RELATIONS else "atom")
            macro = self.macro(word)
            if macro is not None:
                return self.postfix(macro)
            if self.peek()[1] == "(":
                self.pos += 1
                self.depth += 1
                if self.depth > MAX_DEPTH:
                    raise TooDeepError
                self.sequence((")",))
                self.depth -= 1
                self.pos += 1
        return Item(" ", "space")


_RELATIONS = {"=", "\\approx", "\\neq", "\\le", "\\ge", "\\in", "\\rightarrow", "\\Rightarrow", "\\implies",
              "\\iff", "\\pm", "\\mp", "\\cdot", "\\times", "+", "-", "\\to", "\\equiv", "\\sim", "\\propto",
              "\\Leftrightarrow", "\\leftarrow", "\\mapsto", "<", ">"}


def math_latex(body: str, macros: dict[str, str] | None = None) -> str:
    """One piece of Typst math as LaTeX (see the module doc), with the names in ``macros`` (``#let`` names) as
    their math; line breaks are kept, and math too large or nested too deeply to read is returned as written."""
    if len(body) > MAX_MATH:
        return body
    reader = _Reader(body, macros)
    try:
        items: list[Item] = []
        while reader.peek()[0] != "end":
            items.extend(reader.sequence())
            if reader.peek()[0] != "end":   # an unmatched closer
                items.append(Item(reader.peek()[1], "atom"))
                reader.pos += 1
    except TooDeepError:
        return body
    return joined(_arrows_between_equations(items))


_ARROWS = {"\\rightarrow", "\\to", "\\Rightarrow", "\\implies"}


def _arrows_between_equations(items: list[Item]) -> list[Item]:
    """``x_1 = 1 arrow.r nabla f(x_1) = (…)``, ``… = 0 -> lambda = …``: an arrow with an equation on either side
    says the second follows from the first (``\\Rightarrow``)."""
    relations = [n for n, item in enumerate(items) if item.kind == "op" and item.latex in ("=", "\\approx")]
    out = list(items)
    for n, item in enumerate(items):
        if item.kind == "op" and item.latex in _ARROWS and relations and relations[0] < n < relations[-1]:
            out[n] = Item("\\Rightarrow", "op")
    return out
