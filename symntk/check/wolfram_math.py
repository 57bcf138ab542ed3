"""One Wolfram Language (Mathematica) expression written in notes, translated to the LaTeX the grammar reads.

Rules as data: :data:`FUNCTIONS` says how a call ``Name[args]`` is written (``Sqrt[697]`` → ``\\sqrt{697}``,
``Tanh[z]`` → ``\\tanh(z)``, ``Det[K]`` → ``\\det(K)``, ``D[f[x], w11]`` → ``\\frac{\\partial f}{\\partial
w_{11}}``), :data:`SYMBOLS` the operators and letters (``==`` → ``=``, ``:=`` → ``=``, ``*`` → ``\\cdot``,
``λ`` → ``\\lambda``); a list ``{a, b}`` is a tuple, a list of lists a matrix; a name with trailing digits is
indexed (``w11`` → ``w_{11}``, ``KAB`` → ``K_{AB}``); ``a.b`` between names or brackets is a dot product; a
pattern ``x_`` is the variable ``x``. The text is only read, never evaluated: a small scanner with bounded
nesting (:data:`MAX_DEPTH`) and size (:data:`MAX_CHARS`); anything it cannot read is returned as None.
"""

from __future__ import annotations

import re

MAX_DEPTH = 12
NOTATION = (   # (what, as Mathematica writes it, as it is read): rows of the README's notation table, tested
    ("Wolfram (Mathematica) notes: claims, calls, lists, matrices",
     "D[f[x], w11] == w21 x ; Sqrt[697] ; {{8, 12}, {12, 19}} ; g1.g2 ; Tanh'[z]",
     r"\frac{\partial f}{\partial w_{11}} = w_{21} x ; \sqrt{697} ; "
     r"\begin{pmatrix} 8 & 12 \\ 12 & 19 \end{pmatrix} ; g_{1} \cdot g_{2} ; \tanh'(z)"),
)
MAX_CHARS = 1500

FUNCTIONS = {   # name → (LaTeX before the arguments, after), arguments joined by ", "
    "Sqrt": (r"\sqrt{", "}"), "Exp": ("e^{", "}"), "Tanh": (r"\tanh(", ")"), "Sinh": (r"\sinh(", ")"),
    "Cosh": (r"\cosh(", ")"), "Sin": (r"\sin(", ")"), "Cos": (r"\cos(", ")"), "Log": (r"\ln(", ")"),
    "Sech": (r"\operatorname{sech}(", ")"), "LogisticSigmoid": (r"\sigma(", ")"), "Sigmoid": (r"\sigma(", ")"),
    "Det": (r"\det(", ")"), "Tr": (r"\operatorname{tr}(", ")"), "Max": (r"\max(", ")"),
    "Min": (r"\min(", ")"), "Abs": ("|", "|"), "Transpose": ("(", ")^{T}"), "Length": (r"\dim ", ""),
    "Ramp": (r"\operatorname{relu}(", ")"), "UnitStep": (r"\operatorname{step}(", ")"),
}
SYMBOLS = (   # (Wolfram, LaTeX), longest first
    (":=", "="), ("==", "="), ("!=", r"\neq"), ("->", r"\to"), ("<=", r"\leq"), (">=", r"\geq"),
    ("±", r"\pm"), ("*", r" \cdot "), ("λ", r"\lambda "), ("σ", r"\sigma "), ("θ", r"\theta "),
)
WORDS = {"theta": r"\theta", "lambda": r"\lambda", "Pi": r"\pi", "Infinity": r"\infty", "sigma": r"\sigma",
         "IdentityMatrix": "I", "E": "e"}
_NAME = re.compile(r"[A-Za-zλσθ](?:[A-Za-z]{0,20})(?:\d{1,6})?'{0,2}")
_NUMBER = re.compile(r"\d{1,30}(?:\.\d{0,30})?(?:\*\^-?\d{1,3})?|\.\d{1,30}")
_INDEXED = re.compile(r"^([A-Za-z]{1,12}?)(\d{1,6}|(?<=K)[A-Z]{2}|(?<=x)[A-Z])('{0,2})$")
_LETTER_INDEXED = re.compile(r"^([a-hvwxzA-Z])([ijkl]{1,2})$")


class _UnreadableError(Exception):
    """Text this scanner does not read."""


def _name(word: str) -> str:
    """The LaTeX of one name: ``w11`` → ``w_{11}``, ``theta`` → ``\\theta``, ``relu`` → ``\\operatorname{relu}``."""
    prime = word[len(word.rstrip("'")):]
    base = word.rstrip("'")
    if base in WORDS:
        return WORDS[base] + prime
    if base in "λσθ":
        return dict(SYMBOLS)[base].strip() + " " + prime
    m = _INDEXED.match(word) or _LETTER_INDEXED.match(word)
    if m and m.lastindex == 2:
        return _name(m.group(1)).rstrip() + "_{" + m.group(2) + "}"
    if m:
        return _name(m.group(1)).rstrip() + "_{" + m.group(2) + "}" + m.group(3)
    if len(base) > 1 and base.isalpha() and base.islower() and len(base) <= 8:
        return r"\operatorname{" + base + "}" + prime
    return word


class _Scanner:
    """A left-to-right reader of one expression; :meth:`sequence` returns its LaTeX."""

    def __init__(self, text: str):
        self.text = text
        self.i = 0

    def sequence(self, stop: str, depth: int) -> str:
        """LaTeX of the text up to (not over) a character of ``stop`` at this depth."""
        if depth > MAX_DEPTH:
            raise _UnreadableError
        out: list[str] = []
        text = self.text
        while self.i < len(text) and text[self.i] not in stop:
            out.append(self._item(depth))
        return "".join(out)

    def _args(self, close: str, depth: int) -> list[str]:
        """The comma-separated arguments after an opening bracket, up to ``close`` (consumed)."""
        args = []
        while True:
            args.append(self.sequence("," + close, depth + 1).strip())
            if self.i >= len(self.text):
                raise _UnreadableError
            ch = self.text[self.i]
            self.i += 1
            if ch == close:
                return args

    def _item(self, depth: int) -> str:
        """LaTeX of the next token (a call, list, name, number, operator or bracket group)."""
        text, i = self.text, self.i
        ch = text[i]
        if ch == "{":
            self.i += 1
            return _list(self._args("}", depth))
        if ch == "(":
            self.i += 1
            inner = self.sequence(")", depth + 1)
            if self.i >= len(text):
                raise _UnreadableError
            self.i += 1
            return "(" + inner + ")"
        if ch in ")]},":
            raise _UnreadableError
        if ch == "[":
            raise _UnreadableError
        for wl, tex in SYMBOLS:
            if text.startswith(wl, i) and not (wl in "λσθ" and (_NAME.match(text, i).end() > i + 1
                                                                 or text[i + 1:i + 3] in ("[", "'[")
                                                                 or text[i + 1:i + 2] == "[")):
                self.i += len(wl)
                return tex if wl not in "λσθ" else tex
        m = _NUMBER.match(text, i)
        if m:
            self.i = m.end()
            return m.group().replace("*^", r" \cdot 10^")
        m = _NAME.match(text, i)
        if m:
            self.i = m.end()
            word = m.group()
            if text.startswith("_", self.i):   # a pattern x_ is the variable
                self.i += 1
            if self.i < len(text) and text[self.i] == "[":
                self.i += 1
                return _call(word, self._args("]", depth))
            return _name(word) + (" " if word[-1:].isalnum() else "")
        after = text[i - 1:i] if i > 0 else " "
        if ch == "." and (after.isalnum() or after in ")]}") and text[i + 1:i + 2] not in ("", " "):
            self.i += 1
            return r" \cdot "
        if ch == "^" and text.startswith("(", i + 1):
            self.i += 2
            inner = self.sequence(")", depth + 1)
            self.i += 1
            return "^{" + inner + "}"
        if ch in "+-/^ =<>!'_":
            self.i += 1
            return ch
        raise _UnreadableError


def _list(items: list[str]) -> str:
    """A list as a tuple, a list of lists of equal length as a matrix."""
    rows = [item[len(r"\begin{wl}"):-len(r"\end{wl}")] for item in items
            if item.startswith(r"\begin{wl}") and item.endswith(r"\end{wl}")]
    if items and len(rows) == len(items):
        return r"\begin{pmatrix} " + r" \\ ".join(row.replace(",", " &") for row in rows) + r" \end{pmatrix}"
    return r"\begin{wl}" + ", ".join(items) + r"\end{wl}"


def _call(word: str, args: list[str]) -> str:
    """LaTeX of the call ``word[args]``."""
    head = word.rstrip("'")
    prime = word[len(head):]
    if head == "D" and len(args) == 2:
        f = re.sub(r"\(.{0,80}\)$", "", args[0]).strip()
        return r"\frac{\partial " + f + r"}{\partial " + args[1] + "}"
    if head == "Grad" and len(args) == 2:
        f = re.sub(r"\(.{0,80}\)$", "", args[0]).strip()
        return r"\nabla_{" + args[1] + "} " + f
    if len(args) == 1 and head not in FUNCTIONS and args[0].startswith(r"\begin{wl}") and args[0].endswith(r"\end{wl}"):
        args = [args[0][len(r"\begin{wl}"):-len(r"\end{wl}")]]   # f[{x1_, x2_}]: a function of the entries
    if head.lower() in ("grad", "gradient") and len(args) == 1:
        return r"\nabla_{\theta} f(" + args[0] + ")"
    if head == "IdentityMatrix":
        return "I"
    if head == "N" and len(args) == 1:
        return args[0]
    if head in FUNCTIONS:
        before, after = FUNCTIONS[head]
        if prime:
            before = before.replace("(", prime + "(", 1)
        return before + ", ".join(args) + after
    return _name(word).rstrip() + "(" + ", ".join(args) + ")"


def wolfram_latex(expr: str) -> str | None:
    """The LaTeX of one Wolfram expression (see the module doc), or None when it is not read."""
    if len(expr) > MAX_CHARS:
        return None
    scanner = _Scanner(expr)
    try:
        out = scanner.sequence("", 0)
    except (_UnreadableError, IndexError, AttributeError):
        return None
    out = out.replace(r"\begin{wl}", "(").replace(r"\end{wl}", ")")
    return re.sub(r"[ ]{2,}", " ", out).strip()
