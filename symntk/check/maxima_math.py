"""One Maxima (or Moodle STACK answer-box) expression written in notes, translated to the LaTeX the grammar reads.

Rules as data: :data:`FUNCTIONS` says how a call ``name(args)`` is written (``sqrt(697)`` → ``\\sqrt{697}``,
``exp(-z)`` → ``e^{-z}``, ``determinant(K)`` → ``\\det(K)``, ``transpose(J)`` → ``(J)^{T}``, ``ident(2)`` → ``I``),
:data:`SYMBOLS` the operators (``+-`` → ``\\pm``, ``*`` and the matrix product ``.`` → ``\\cdot``, ``:=`` and the
assignment ``:`` → ``=``, ``#`` → ``\\neq``), :data:`CONSTANTS` the ``%`` constants (``%e``, ``%pi``) and
:data:`WORDS` the Greek letters typed as words. ``diff(f, w)`` is ∂f/∂w and ``grad f`` is ∇_θ f;
``matrix([a, b], [c, d])`` and ``[[a, b], [c, d]]`` are matrices, a list ``[a, b]`` a tuple. Brackets after a name
index it, 1-based as Maxima counts: ``K[1,2]`` → ``K_{12}``, ``x[2]`` → ``x_{2}``, ``lambda[1]`` → ``\\lambda_{1}``;
``W1``/``b1`` (one letter and a digit) are the sheet's layers (``W1[2,1]`` → ``W^{[1]}_{21}``), another name with
trailing digits is indexed (``g1`` → ``g_{1}``, ``K2[1,2]`` → ``K^{(2)}_{12}``), ``x(1)`` is the datapoint
``x^{(1)}``. The text is only read, never evaluated: a small scanner with bounded nesting (:data:`MAX_DEPTH`) and
size (:data:`MAX_CHARS`); anything it cannot read is returned as None.
"""

from __future__ import annotations

import re

MAX_DEPTH = 12
MAX_CHARS = 1500
NOTATION = (   # (what, as Maxima writes it, as it is read): rows of the README's notation table, tested
    ("Maxima / STACK notes: calls, lists, matrices, bracket indices",
     "diff(f,W1[1,1]) = W2[1,1]*x ; sqrt(697) ; matrix([8,12],[12,19]) ; determinant(K - lambda*ident(2)) ; "
     "K[1,2] ; 27 +- sqrt(697)",
     r"\frac{\partial f}{\partial W^{[1]}_{11}} = W^{[2]}_{11} \cdot x ; \sqrt{697} ; "
     r"\begin{pmatrix} 8 & 12 \\ 12 & 19 \end{pmatrix} ; \det(K - \lambda \cdot I) ; K_{12} ; 27 \pm \sqrt{697}"),
)

FUNCTIONS = {   # name → (LaTeX before the arguments, after), arguments joined by ", "
    "sqrt": (r"\sqrt{", "}"), "exp": ("e^{", "}"), "tanh": (r"\tanh(", ")"), "sinh": (r"\sinh(", ")"),
    "cosh": (r"\cosh(", ")"), "sin": (r"\sin(", ")"), "cos": (r"\cos(", ")"), "log": (r"\ln(", ")"),
    "sech": (r"\operatorname{sech}(", ")"), "sigma": (r"\sigma(", ")"), "sigmoid": (r"\sigma(", ")"),
    "logistic": (r"\sigma(", ")"), "determinant": (r"\det(", ")"), "det": (r"\det(", ")"),
    "trace": (r"\operatorname{tr}(", ")"), "tr": (r"\operatorname{tr}(", ")"),
    "mat_trace": (r"\operatorname{tr}(", ")"),
    "max": (r"\max(", ")"), "min": (r"\min(", ")"), "abs": ("|", "|"), "transpose": ("(", ")^{T}"),
    "relu": (r"\operatorname{relu}(", ")"), "length": (r"\dim ", ""), "float": ("", ""), "bfloat": ("", ""),
    "expand": ("", ""), "ratsimp": ("", ""), "factor": ("", ""), "rat": ("", ""), "fullratsimp": ("", ""),
}
SYMBOLS = (   # (Maxima, LaTeX), longest first
    (":=", "="), ("+-", r" \pm "), ("<=", r"\leq "), (">=", r"\geq "), ("->", r"\to "), ("**", "^"),
    ("*", r" \cdot "), ("#", r"\neq "), ("≈", r"\approx "), ("±", r" \pm "), ("·", r" \cdot "),
    ("λ", r"\lambda "), ("θ", r"\theta "), ("σ", r"\sigma "),
)
CONSTANTS = {"%e": "e", "%pi": r"\pi", "%i": "i", "%phi": r"\phi", "inf": r"\infty"}
WORDS = {"lambda": r"\lambda", "theta": r"\theta", "sigma": r"\sigma", "alpha": r"\alpha", "beta": r"\beta",
         "delta": r"\delta", "eta": r"\eta", "mu": r"\mu", "phi": r"\phi", "tau": r"\tau", "grad": r"\nabla_{\theta}",
         "nabla": r"\nabla_{\theta}"}
_NAME = re.compile(r"%?[A-Za-z_λθσ][A-Za-z0-9_]{0,30}'{0,2}")
_NUMBER = re.compile(r"\d{1,30}(?:\.\d{0,30})?(?:[eEbB][-+]?\d{1,3})?|\.\d{1,30}")
_DIGITS = re.compile(r"^([A-Za-z]{1,12}?)(\d{1,3})$")
_LAYER = re.compile(r"^([Wb])(\d)$")


class _UnreadableError(Exception):
    """Text this scanner does not read."""


def name_latex(word: str, index: list[str] | None = None, renamed: dict[str, str] | None = None) -> str:
    """The LaTeX of one name, with its bracket ``index`` when given: ``W1`` → ``W^{[1]}``, ``g1`` → ``g_{1}``,
    ``lambda`` → ``\\lambda``, ``K[1,2]`` → ``K_{12}``, ``K2[1,2]`` → ``K^{(2)}_{12}``; ``renamed`` maps a name to
    the LaTeX the notes' own use gives it (``z1`` → ``z^{[1]}`` for a layer's vector)."""
    prime = word[len(word.rstrip("'")):]
    base = word.rstrip("'")
    sub = ""
    if index is not None:
        short = all(re.fullmatch(r"\d|[a-z]", i) for i in index)
        sub = "_{" + ("" if short else ",").join(index) + "}"
    if renamed and base in renamed:
        return renamed[base] + sub + prime
    if base in CONSTANTS:
        return CONSTANTS[base] + prime + sub
    if base in WORDS:
        return WORDS[base] + prime + sub
    layer = _LAYER.match(base)
    if layer:
        return f"{layer.group(1)}^{{[{layer.group(2)}]}}" + sub + prime
    digits = _DIGITS.match(base)
    if digits:
        head = name_latex(digits.group(1))
        if sub:
            return head + "^{(" + digits.group(2) + ")}" + sub + prime
        return head + "_{" + digits.group(2) + "}" + prime
    if len(base) > 1 and base.isalpha() and base.islower() and len(base) <= 12:
        return r"\operatorname{" + base + "}" + prime + sub
    return base + prime + sub


def _bare_name(tex: str) -> str:
    """A derivative's function without its argument: ``f(x)`` → ``f``."""
    return re.sub(r"\((?:[^()]{0,80})\)$", "", tex).strip()


_FUNCTION_OF = re.compile(r"\s*([A-Za-z]\w{0,3})'{0,2}\s*(?:\[[^\[\]]{1,20}\])?\s*(?:\([^()]{0,80}\))?\s*")


def _call(word: str, args: list[str], raw: list[str]) -> str:
    """LaTeX of the call ``word(args)`` (``raw``: the arguments as typed)."""
    head = word.rstrip("'")
    prime = word[len(head):]
    if head == "diff" and len(args) in (2, 3):
        named = _FUNCTION_OF.fullmatch(raw[0])
        if not named or named.group(1) in FUNCTIONS:   # diff(tanh(z), z): the derivative of a known function
            return r"\frac{d}{d" + args[1] + "} " + args[0]
        f, var = _bare_name(args[0]), args[1]
        order = args[2] if len(args) == 3 else "1"
        if order == "1":
            return r"\frac{\partial " + f + r"}{\partial " + var + "}"
        return r"\frac{\partial^{" + order + "} " + f + r"}{\partial " + var + "^{" + order + "}}"
    if head == "ident" and len(args) == 1:
        return "I"
    if head == "matrix" and args and all(a.startswith(r"\begin{list}") for a in args):
        rows = [a[len(r"\begin{list}"):-len(r"\end{list}")] for a in args]
        return r"\begin{pmatrix} " + r" \\ ".join(r.replace(",", " &") for r in rows) + r" \end{pmatrix}"
    if head == "max" and len(args) == 2 and "0" in args:   # max(0, z): the ReLU
        return r"\operatorname{relu}(" + args[1 - args.index("0")] + ")"
    if head == "matrix":
        raise _UnreadableError   # matrix(g1, g2): rows by name, not read
    if head in ("grad", "gradient", "jacobian") and len(args) == 1:
        return r"\nabla_{\theta} " + args[0]
    if head == "charpoly" and len(args) == 2:
        return r"\det(" + args[0] + " - " + args[1] + " I)"
    if head == "x" and len(raw) == 1 and re.fullmatch(r"\s*[1-9]\d?\s*", raw[0]):
        return "x^{(" + raw[0].strip() + ")}"   # x(1): the first datapoint
    if head == "transpose" and len(args) == 1 and re.fullmatch(r"[A-Za-z](?:_\{\w{1,4}\})?", args[0]):
        return args[0] + "^{T}"
    if head in FUNCTIONS:
        before, after = FUNCTIONS[head]
        if prime and before.endswith("("):
            before = before[:-1] + prime + "("
        return before + ", ".join(args) + after
    return name_latex(word).rstrip() + "(" + ", ".join(args) + ")"


class _Scanner:
    """A left-to-right reader of one expression; :meth:`sequence` returns its LaTeX."""

    def __init__(self, text: str, renamed: dict[str, str] | None = None):
        self.text = text
        self.i = 0
        self.renamed = renamed

    def sequence(self, stop: str, depth: int) -> str:
        """LaTeX of the text up to (not over) a character of ``stop`` at this depth."""
        if depth > MAX_DEPTH:
            raise _UnreadableError
        out: list[str] = []
        while self.i < len(self.text) and self.text[self.i] not in stop:
            out.append(self._item(depth))
        return "".join(out)

    def _args(self, close: str, depth: int) -> tuple[list[str], list[str]]:
        """The comma-separated arguments after an opening bracket up to ``close`` (consumed): LaTeX and as typed."""
        args, raw = [], []
        while True:
            start = self.i
            args.append(self.sequence("," + close, depth + 1).strip())
            raw.append(self.text[start:self.i])
            if self.i >= len(self.text):
                raise _UnreadableError
            ch = self.text[self.i]
            self.i += 1
            if ch == close:
                return args, raw

    def _item(self, depth: int) -> str:
        """LaTeX of the next token (a call, list, name, number, operator or bracket group)."""
        text, i = self.text, self.i
        ch = text[i]
        if ch == "[":
            self.i += 1
            items = self._args("]", depth)[0]
            if items and all(a.startswith(r"\begin{list}") for a in items):
                return _call("matrix", items, [])
            return r"\begin{list}" + ", ".join(items) + r"\end{list}"
        if ch == "(":
            self.i += 1
            inner = self.sequence(")", depth + 1)
            if self.i >= len(text):
                raise _UnreadableError
            self.i += 1
            return "(" + inner + ")"
        if ch in ")],":
            raise _UnreadableError
        for typed, tex in SYMBOLS:
            if text.startswith(typed, i) and not (typed in "λθσ" and _NAME.match(text, i).end() > i + 1):
                self.i += len(typed)
                return tex
        m = _NUMBER.match(text, i)
        if m:
            self.i = m.end()
            number = re.sub(r"[eEbB]([-+]?\d+)$", r" \\cdot 10^{\1}", m.group())
            return number
        m = _NAME.match(text, i)
        if m:
            self.i = m.end()
            word = m.group()
            index = None
            if text.startswith("[", self.i) and not word.startswith("%"):
                self.i += 1
                index = self._args("]", depth)[0]
            if text.startswith("(", self.i) and index is None:
                self.i += 1
                args, raw = self._args(")", depth)
                return _call(word, args, raw)
            out = name_latex(word, index, self.renamed)
            if text.startswith("(", self.i):   # f[1](x): an indexed function
                self.i += 1
                out += "(" + ", ".join(self._args(")", depth)[0]) + ")"
            return out + (" " if out[-1:].isalnum() else "")
        before = text[i - 1:i] if i > 0 else " "
        if ch == "." and text[i + 1:i + 2] not in ("",) and (before in " )]" or before.isalnum()):
            self.i += 1
            return r" \cdot "
        if ch == "^" and text.startswith("(", i + 1):
            self.i += 2
            inner = self.sequence(")", depth + 1)
            if self.i >= len(text):
                raise _UnreadableError
            self.i += 1
            return "^{" + inner + "}"
        if ch == ":" and not text.startswith("=", i + 1):
            self.i += 1
            return "="
        if ch == "'" and text[i + 1:i + 2].isalpha() and (i == 0 or not text[i - 1].isalnum()):
            self.i += 1   # 'diff(f, w): Maxima's noun form, the same derivative
            return ""
        if ch in "+-/^ =<>!'":
            self.i += 1
            return ch
        raise _UnreadableError


def maxima_latex(expr: str, renamed: dict[str, str] | None = None) -> str | None:
    """The LaTeX of one Maxima expression (see the module doc), or None when it is not read; ``renamed`` as in
    :func:`name_latex`."""
    if len(expr) > MAX_CHARS:
        return None
    scanner = _Scanner(expr, renamed)
    try:
        out = scanner.sequence("", 0)
    except (_UnreadableError, IndexError, AttributeError):
        return None
    out = out.replace(r"\begin{list}", "(").replace(r"\end{list}", ")")
    return re.sub(r"[ ]{2,}", " ", re.sub(r"(?<=[\w}])[ ]+(?=[\^}_)])", "", out)).strip()
