"""The reader of one line of LibreOffice Math (StarMath) notation: its tokens, left to right, with the StarMath
in them written as LaTeX and everything else (prose, Markdown) kept as it is (:func:`read_line`).

The words are the tables of :mod:`symntk.check.starmath_names`. A structure takes its operands as StarMath does:
``{a} over {b}`` and ``a over b`` the operand on each side (a group, a number, a name with its scripts, a bracket),
``sqrt``/``abs``/``fact``/an accent one operand, ``nroot``/``binom`` two, ``matrix{…}``/``stack{…}`` a group whose
``#`` and ``##`` part cells and rows; ``left( … right)`` brackets, and a matrix alone in brackets is the matching
environment. A script's operand is braced (``w_11`` → ``w_{11}``, ``x rsup 2`` → ``x^{2}``, ``lsub``/``lsup``
on the left). Nothing is evaluated; nesting (:data:`MAX_DEPTH`) and steps are bounded.
"""

from __future__ import annotations

import re

from .starmath_names import (
    ACCENTS,
    ALIGNMENTS,
    BETWEEN,
    BIG_OPERATORS,
    BRACKETS,
    FORMAT_WITH_VALUE,
    FORMATS,
    FUNCTIONS,
    GREEK,
    GREEK_LATEX,
    LEFT_SCRIPTS,
    LIMITS,
    MATRIX_KINDS,
    SYMBOLS,
)

MAX_DEPTH = 24
_TOKEN = re.compile(r'"[^"\n]{0,400}"|%%[^\n]*|%[A-Za-z]{1,20}|[ \t]+|\d{1,30}(?:[.,]\d{1,30})?|'
                    r"[^\W\d_][^\W_]{0,40}|~~|##|<>|<=|>=|\+-|-\+|->|\\[{}]|.", re.S)
_PROSE = re.compile(r"^[^\W\d_]{3,}$")   # a plain word of three letters or more: prose, no operand of over/times
_LETTERLIKE = ("partial", "nabla", "infinity", "infty", "setR", "setN", "setZ", "setQ", "setC", "emptyset",
               "dotslow", "dotsaxis", "dotsvert", "dotsdown")


class _UnreadableError(Exception):
    """A bracket or group this reader does not close: its opener is read as a plain character."""


class _TooMuchError(Exception):
    """A line nested deeper than :data:`MAX_DEPTH` or costing too many steps: left as written."""


def _single_letter(tok: str) -> bool:
    """A token that is one letter or a Greek name: what an accent or a format takes without braces."""
    return (len(tok) == 1 and tok.isalpha()) or tok.lstrip("%") in GREEK_LATEX or tok[:1].isdigit()


class _Reader:
    """A left-to-right reader of one line's tokens; :meth:`sequence` returns the line with its StarMath as LaTeX."""

    def __init__(self, tokens: list[str]):
        self.toks = tokens
        self.i = 0
        self.steps = 50 * len(tokens) + 100

    def peek(self, skip_space: bool = True) -> str:
        """The next token (after spaces when ``skip_space``), '' at the end."""
        j = self.i
        while skip_space and j < len(self.toks) and self.toks[j].isspace():
            j += 1
        return self.toks[j] if j < len(self.toks) else ""

    def take(self, skip_space: bool = True) -> str:
        """The next token, consumed (after spaces when ``skip_space``)."""
        while skip_space and self.i < len(self.toks) and self.toks[self.i].isspace():
            self.i += 1
        tok = self.toks[self.i] if self.i < len(self.toks) else ""
        self.i += 1
        return tok

    def sequence(self, stops: tuple[str, ...], depth: int, mode: str = "") -> str:
        """LaTeX of the tokens up to (not over) a token of ``stops``; in a matrix ``#`` and ``##`` part its cells,
        in a stack ``#`` its rows."""
        if depth > MAX_DEPTH:
            raise _TooMuchError
        out: list[tuple[str, str | None]] = []   # (LaTeX, the operand's LaTeX without braces, or None: no operand)
        while self.i < len(self.toks) and self.toks[self.i] not in stops:
            tok = self.toks[self.i]
            if tok.isspace():
                self.i += 1
                out.append((tok, None))
            elif tok in ("#", "##") and mode:
                self.i += 1
                out.append((" \\\\ " if tok == "##" or mode == "stack" else " & ", None))
            elif tok.startswith('"') and len(tok) > 1:
                self.i += 1
                out.append((" " + tok[1:-1] + " ", None))
            elif tok.startswith("%%"):
                self.i += 1
                out.append((tok[2:], None))
            elif tok in ("over", *BETWEEN) and self._binary(tok, out, depth):
                continue
            elif tok in SYMBOLS and tok not in _LETTERLIKE:
                self.i += 1
                out.append((" " + SYMBOLS[tok] + " " if tok != "newline" else "; ", None))
            elif tok in ALIGNMENTS or tok == "`" or tok == "~":
                self.i += 1
                out.append((" ", None))
            else:
                start = self.i
                try:
                    got = self.operand(depth + 1)
                except _UnreadableError:
                    got = None
                if got is None:
                    self.i = start + 1
                    out.append((tok, None))
                else:
                    out.append(got)
        return "".join(text for text, _ in out)

    def _binary(self, word: str, out: list, depth: int) -> bool:
        """``a over b`` as a fraction, ``a times b`` … as its operator, when both operands are there."""
        k = len(out) - 1
        while k >= 0 and out[k][0].isspace():
            k -= 1
        if k < 0 or out[k][1] is None or _PROSE.match(out[k][0]):
            return False
        start = self.i
        self.i += 1
        try:
            right = self.operand(depth + 1)
        except _UnreadableError:
            right = None
        if right is None or _PROSE.match(right[0]):
            self.i = start
            return False
        top = out[k][1]
        j = k - 1
        while j >= 0 and out[j][0].isspace():
            j -= 1
        if word == "over" and right[1].strip() == r"\partial" and j >= 0 and out[j][0].strip() == r"\partial":
            after = self.operand(depth + 1)   # partial f over partial w: ∂f/∂w as meant, not ∂ (f/∂) w
            if after is None:
                self.i = start
                return False
            k, top, right = j, r"\partial " + top, (r"\partial " + after[1], r"\partial " + after[1])
        if word == "over":
            out[k:] = [(r"\frac{" + top + "}{" + right[1] + "}", r"\frac{" + top + "}{" + right[1] + "}")]
        else:
            out.append((" " + BETWEEN[word] + " " + right[0], right[1]))
        return True

    def _group(self, close: tuple[str, ...], depth: int, mode: str = "") -> str:
        """The LaTeX inside a group up to its closer (consumed)."""
        inner = self.sequence(close, depth + 1, mode)
        if self.take(skip_space=False) not in close:
            raise _UnreadableError
        return inner

    def operand(self, depth: int) -> tuple[str, str] | None:
        """One operand with its scripts: (its LaTeX, its LaTeX without outer braces), or None (nothing consumed)."""
        start = self.i
        got = self._primary(depth)
        if got is None:
            self.i = start
            return None
        text, bare = got
        big = text.strip() in (*BIG_OPERATORS.values(), r"\lim", r"\max", r"\min")
        while True:
            nxt = self.peek(skip_space=False)
            after = self.peek()
            if after in LEFT_SCRIPTS:
                self.take()
                script = self._script(depth)
                text = bare = "{}" + LEFT_SCRIPTS[after] + "{" + script + "}" + text
            elif nxt in ("_", "^") or (after in LIMITS and (big or after not in ("from", "to"))):
                self.take(skip_space=nxt not in ("_", "^"))
                mark = nxt if nxt in ("_", "^") else LIMITS[after]
                script = self._script(depth)
                text = bare = text + mark + "{" + script + "}"
            elif nxt == "'":
                self.i += 1
                text = bare = text + "'"
            elif nxt == "(" and re.search(r"[A-Za-z}']$", text):
                self.i += 1
                text = bare = text + "(" + self._group((")",), depth) + ")"
            else:
                return text, bare

    def _script(self, depth: int) -> str:
        """The LaTeX of a script's operand (``_11`` → ``11``, ``^{(1)}`` → ``(1)``, ``_theta`` → ``\\theta``)."""
        sign = ""
        if self.peek() in ("-", "+"):
            sign = self.take()
        got = self._primary(depth + 1)
        if got is None:
            raise _UnreadableError
        return sign + got[1]

    def _primary(self, depth: int) -> tuple[str, str] | None:
        """One operand without scripts (see :meth:`operand`)."""
        self.steps -= 1
        if depth > MAX_DEPTH or self.steps < 0:
            raise _TooMuchError
        tok = self.take()
        nxt = self.peek()
        if tok == "{":
            inner = self._group(("}",), depth)
            return "{" + inner + "}", inner
        if tok in ("(", "["):
            closer = ")" if tok == "(" else "]"
            return self._bracketed(tok, self._group((closer,), depth), tok, closer)
        if tok == "left" and nxt in BRACKETS:
            opener = BRACKETS[self.take()]
            inner = self.sequence(("right",), depth + 1)
            if self.take() != "right" or self.peek() not in BRACKETS:
                raise _UnreadableError
            closer = BRACKETS[self.take()]
            return self._bracketed(opener, inner, r"\left" + opener, r"\right" + closer)
        if tok[:1].isdigit():
            return tok, tok
        if tok.startswith("%") and len(tok) > 1:
            name = tok[1:] if tok[1:] in GREEK_LATEX else tok[2:]
            if tok[1:] in _LETTERLIKE:   # %partial, %nabla: a symbol's name after the catalogue's percent sign
                return SYMBOLS[tok[1:]] + " ", SYMBOLS[tok[1:]] + " "
            return (GREEK_LATEX[name], GREEK_LATEX[name]) if name in GREEK_LATEX else None
        if not tok[:1].isalpha():
            return None
        return self._word(tok, nxt, depth)

    def _word(self, tok: str, nxt: str, depth: int) -> tuple[str, str] | None:
        """A word as an operand: a name, a Greek letter, a function, or a command with its argument."""
        if tok in GREEK or tok in _LETTERLIKE:
            latex = GREEK_LATEX[tok] if tok in GREEK else SYMBOLS[tok]
            return latex + " ", latex + " "
        if tok in ("matrix", "stack") and nxt == "{":
            self.take()
            inner = self._group(("}",), depth, tok)
            latex = r"\begin{matrix} " + inner.strip() + r" \end{matrix}"
            return latex, latex
        one_arg = {"sqrt": (r"\sqrt{", "}"), "abs": ("|", "|"), "fact": ("", "!")}
        if tok in one_arg or tok in ACCENTS or tok in FORMATS:
            if tok not in one_arg and not (nxt == "{" or _single_letter(nxt)):
                return None
            if tok in one_arg and not (nxt == "{" or nxt[:1].isalnum() or nxt.startswith("%")):
                return None
            arg = self.operand(depth + 1)
            if arg is None:
                return None
            if tok in FORMATS:   # bold {K}: K; bold {a + b}: the group
                return (arg[1], arg[1]) if " " not in arg[1].strip() else arg
            if tok == "abs":   # abs{ matrix{…} }: a determinant
                return self._bracketed("|", arg[1], "|", "|")
            before, after = one_arg.get(tok, (ACCENTS.get(tok, "") + "{", "}"))
            return before + arg[1] + after, before + arg[1] + after
        if tok in ("nroot", "binom") and (nxt == "{" or nxt[:1].isalnum()):
            first, second = self.operand(depth + 1), self.operand(depth + 1)
            if first is None or second is None:
                return None
            latex = (r"\sqrt[" + first[1] + "]{" + second[1] + "}" if tok == "nroot"   # binom: two rows, no brackets
                     else r"\begin{matrix} " + first[1] + r" \\ " + second[1] + r" \end{matrix}")
            return latex, latex
        if tok in FORMAT_WITH_VALUE and (nxt[:1].isalnum()):
            self.take()
            arg = self.operand(depth + 1)
            return (arg[1], arg[1]) if arg and " " not in arg[1].strip() else arg
        if tok == "func" and nxt[:1].isalpha():
            name = self.take()
            return r"\operatorname{" + name + "}", r"\operatorname{" + name + "}"
        if tok in FUNCTIONS:
            return "\\" + tok + " ", "\\" + tok + " "
        if tok in BIG_OPERATORS and (nxt in LIMITS or nxt in ("_", "^")):
            return BIG_OPERATORS[tok] + " ", BIG_OPERATORS[tok] + " "
        return tok, tok

    def _bracketed(self, opener: str, inner: str, left: str, right: str) -> tuple[str, str]:
        """A bracketed operand; a matrix alone in it is the bracket's matrix environment (``pmatrix`` …)."""
        core = inner.strip()
        kind = MATRIX_KINDS.get(opener)
        if kind and core.startswith(r"\begin{matrix}") and core.endswith(r"\end{matrix}") \
                and core.count(r"\begin{matrix}") == 1:
            latex = r"\begin{" + kind + "}" + core[len(r"\begin{matrix}"):-len(r"\end{matrix}")] + r"\end{" + kind + "}"
            return latex, latex
        return left + inner + right, left + inner + right


def read_line(line: str) -> str | None:
    """``line`` with its StarMath written as LaTeX, or None when it cannot be read (too deep, too costly, a
    bracket not closed where StarMath needs it)."""
    try:
        return _Reader(_TOKEN.findall(line)).sequence((), 0)
    except (_TooMuchError, _UnreadableError):
        return None
