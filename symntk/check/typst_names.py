"""Typst math's names as data: symbols by name, shorthands, unicode operators, accents, styles, and the table of
the math functions whose calls are read (:data:`CALL_TABLE`, printable with :func:`call_rows`), with how a row's
LaTeX takes a call's arguments (:func:`filled`); read by :mod:`symntk.check.typst_math`."""

from __future__ import annotations

import re

GREEK = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi pi rho sigma tau upsilon phi "
         "chi psi omega Gamma Delta Theta Lambda Xi Pi Sigma Upsilon Phi Psi Omega").split()
_OPERATORS = ("arccos arcsin arctan arg cos cosh cot coth csc deg det dim exp gcd inf ker lg lim ln log max min "
              "sec sin sinh sup tan tanh").split()
_NAMED = ("tr relu ReLU sigmoid softplus sech diag rank eig sgn sign erf softmax Var var Cov cov id trace").split()
OPERATOR_NAMES = frozenset(_OPERATORS + _NAMED + ["trace", "Tr"])
SYMBOLS = {
    **{name: "\\" + name for name in GREEK + _OPERATORS},
    **{name: f"\\operatorname{{{name}}}" for name in _NAMED},
    "trace": "\\operatorname{tr}", "Tr": "\\operatorname{tr}", "grad": "\\nabla",
    "Alpha": "A", "Beta": "B", "Epsilon": "E", "Zeta": "Z", "Eta": "H",
    "Iota": "I", "Kappa": "K", "Mu": "M", "Nu": "N", "Omicron": "O", "omicron": "o", "Rho": "P", "Tau": "T",
    "Chi": "X", "epsilon.alt": "\\epsilon", "theta.alt": "\\vartheta", "phi.alt": "\\varphi", "sigma.alt": "\\varsigma",
    "partial": "\\partial", "diff": "\\partial", "nabla": "\\nabla", "approx": "\\approx", "dot": "\\cdot",
    "dot.op": "\\cdot", "dot.c": "\\cdot", "times": "\\times", "ast": "\\ast", "plus": "+", "minus": "-",
    "plus.minus": "\\pm", "minus.plus": "\\mp", "eq": "=", "eq.not": "\\neq", "lt": "<", "gt": ">",
    "lt.eq": "\\le", "gt.eq": "\\ge", "in": "\\in", "RR": "\\mathbb{R}", "NN": "\\mathbb{N}", "ZZ": "\\mathbb{Z}",
    "QQ": "\\mathbb{Q}", "CC": "\\mathbb{C}", "infinity": "\\infty", "oo": "\\infty", "sum": "\\sum",
    "prod": "\\prod", "integral": "\\int", "dots": "\\dots", "dots.h": "\\dots", "dots.c": "\\cdots",
    "dots.v": "\\vdots", "dots.h.c": "\\cdots", "top": "\\top", "prime": "'", "quad": "\\quad", "qquad": "\\qquad",
    "wide": "\\qquad", "thin": " ", "med": " ", "thick": " ", "forall": "\\forall", "exists": "\\exists",
    "therefore": "\\therefore", "equiv": "\\equiv", "prop": "\\propto", "tilde.op": "\\sim",
    "arrow.r": "\\rightarrow", "arrow.l": "\\leftarrow", "arrow.r.double": "\\Rightarrow",
    "arrow.l.r.double": "\\Leftrightarrow", "arrow.r.long": "\\rightarrow", "arrow.r.double.long": "\\Rightarrow",
    "arrow.r.bar": "\\mapsto", "implies": "\\implies", "iff": "\\iff", "succ.eq": "\\succeq", "gt.curly.eq": "\\succeq",
    "angle.l": "\\langle", "angle.r": "\\rangle", "chevron.l": "\\langle", "chevron.r": "\\rangle",
    "perp": "\\perp", "emptyset": "\\emptyset", "nothing": "\\emptyset", "colon.eq": ":=", "approx.eq": "\\approx",
    "eq.def": ":=", "eq.quest": "=", "circle.small": "\\circ",
    "dif": "\\mathrm{d}", "Dif": "\\mathrm{D}", "space": " ", "space.en": " ", "space.quad": "\\quad",
    "circle.stroked.tiny": "\\circ", "compose": "\\circ", "degree": "^\\circ",
}
SHORTHANDS = {"==>": "\\implies", "<==>": "\\iff", "=>": "\\Rightarrow", "<=>": "\\Leftrightarrow", "->": "\\to",
              "-->": "\\to", "|->": "\\mapsto", "<=": "\\le", ">=": "\\ge", "!=": "\\neq", "...": "\\dots",
              ":=": ":=", "<<": "\\ll", ">>": "\\gg", "~": "\\sim"}
UNICODE_OPERATORS = {"→": "\\rightarrow", "⇒": "\\Rightarrow", "⟹": "\\implies", "≈": "\\approx", "±": "\\pm",
                     "∓": "\\mp", "·": "\\cdot", "⋅": "\\cdot", "×": "\\times", "−": "-", "≤": "\\le",
                     "≥": "\\ge", "≠": "\\neq", "∈": "\\in"}
_ACCENTS = {"hat": "\\hat", "tilde": "\\tilde", "bar": "\\bar", "macron": "\\bar", "overline": "\\overline",
            "dot": "\\dot", "dot.double": "\\ddot", "arrow": "\\vec", "underline": "\\underline"}
_STYLES = {"bold": "\\mathbf", "bb": "\\mathbb", "cal": "\\mathcal", "frak": "\\mathfrak", "sans": "\\mathsf"}
_PLAIN_STYLES = {"upright", "italic", "serif", "mono", "display", "inline", "script", "sscript", "limits",
                 "scripts", "lr", "mid"}
MATRIX_DELIMITERS = {"(": "pmatrix", "[": "bmatrix", "|": "vmatrix", "||": "Vmatrix", "{": "Bmatrix",
                     "none": "matrix", "#none": "matrix"}

# The Typst math functions read, as data: (function, how many arguments it takes — None: one or more —, the LaTeX
# its call is). In the LaTeX, #1, #2, #3 are its arguments, #column all of them one under another, #rows its rows
# (split at ;) of cells (split at ,), #env the matrix environment its delim: names (pmatrix when none), #name the
# operator name its one argument spells (op("tr"), op(tr)), #scripts its named b:/br: and t:/tr: as _{…}^{…}.
# A function called with another number of arguments
# is an ordinary function (f(x)).
FUNCTIONS = (
    ("vec", None, "\\begin{#env} #column \\end{#env}"),
    ("mat", None, "\\begin{#env} #rows \\end{#env}"),
    ("pdv", 2, "\\frac{\\partial #1}{\\partial #2}"),   # the physica package's derivatives
    ("pdv", 3, "\\frac{\\partial^{#3} #1}{\\partial #2^{#3}}"),
    ("dv", 2, "\\frac{d #1}{d #2}"),
    ("dv", 3, "\\frac{d^{#3} #1}{d #2^{#3}}"),
    ("cases", None, "\\begin{cases} #column \\end{cases}"),
    ("sqrt", 1, "\\sqrt{#1}"),
    ("root", 2, "\\sqrt[#1]{#2}"),
    ("frac", 2, "\\frac{#1}{#2}"),
    ("binom", 2, "\\binom{#1}{#2}"),
    ("abs", 1, "|#1|"),
    ("norm", 1, "\\|#1\\|"),
    ("floor", 1, "\\lfloor #1 \\rfloor"),
    ("ceil", 1, "\\lceil #1 \\rceil"),
    ("op", 1, "\\operatorname{#name}"),
    ("attach", 1, "#1#scripts"),   # attach(W, t: (1), b: 11): W_{11}^{(1)} (tr: and br: alike)
    ("class", 2, "#2"),
    ("cancel", 1, "#1"),
    ("underbrace", None, "#1"),
    ("overbrace", None, "#1"),
    ("stretch", 1, "#1"),
)
CALLS = frozenset(name for name, _, _ in FUNCTIONS)
# every call read: the functions, the accents and styles of one argument, and the styles that only typeset
CALL_TABLE = (*FUNCTIONS,
              *((name, 1, f"{latex}{{#1}}") for name, latex in _ACCENTS.items()),
              *((name, 1, f"{latex}{{#1}}") for name, latex in _STYLES.items()),
              *((name, None, "#1") for name in sorted(_PLAIN_STYLES)))
# an accent whose argument is not one letter or one command is this operator instead: 2 dot(x + 1) is a product
NOT_AN_ACCENT = {"dot": "\\cdot"}


def call_rows() -> list[tuple[str, str]]:
    """The call table as (Typst call, LaTeX) rows a README can print: ``("root(#1, #2)", "\\sqrt[#1]{#2}")``."""
    return [(f"{name}({', '.join(f'#{n}' for n in range(1, count + 1)) if count else '#1, …'})", latex)
            for name, count, latex in CALL_TABLE]


CALL_RULES = {name: {count: latex for other, count, latex in CALL_TABLE if other == name} for name, _, _ in CALL_TABLE}
_PLACEHOLDER = re.compile(r"#(\d|column|rows|env|name|scripts)")
_OPERATOR_NAME = re.compile(r"\\(?:text|operatorname)\{([^{}]{1,40})\}|\\([A-Za-z]{1,20})")


def filled(latex: str, rows: list[list[str]], named: dict[str, str]) -> str:
    """A row's LaTeX (see :data:`FUNCTIONS`) with a call's arguments put in, in one pass."""
    cells = [cell for row in rows for cell in row]

    def put(m: re.Match) -> str:
        what = m.group(1)
        if what == "column":
            return " \\\\ ".join(cells)
        if what == "rows":
            return " \\\\ ".join(" & ".join(row) for row in rows)
        if what == "env":
            return MATRIX_DELIMITERS.get(named.get("delim", "("), "pmatrix")
        if what == "scripts":
            low, high = named.get("b", named.get("br", "")), named.get("t", named.get("tr", ""))
            return (f"_{{{low}}}" if low else "") + (f"^{{{high}}}" if high else "")
        if what == "name":
            plain = _OPERATOR_NAME.fullmatch(cells[0])
            return (plain.group(1) or plain.group(2)) if plain else cells[0]
        return cells[int(what) - 1]

    return _PLACEHOLDER.sub(put, latex)
