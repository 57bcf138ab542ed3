"""Spreadsheet formulas (Excel, Google Sheets, LibreOffice Calc) read as arithmetic in LaTeX: functions as data.

A formula is what a learner pastes from a cell, ``=SUMPRODUCT(B2:H2,B3:H3)``, ``=27^2-4*8``, ``=(27+SQRT(697))/2``,
with ``,`` or (European locales) ``;`` between arguments and, with ``;``, a decimal comma in numbers. A formula of
explicit numbers becomes the same arithmetic in LaTeX (``(27+\\sqrt{697})/2``); a formula that names cells, ranges
or other names (``J2+K3``, ``MDETERM(J2:K3)``, ``trace^2-4*det``) cannot be checked and only says which quantity
its function computes (``MDETERM`` → the determinant). Function names are read in the English, German, French,
Spanish, Italian, Dutch, Portuguese and Danish spellings of Excel/LibreOffice. A recursive-descent parser over a bounded
token list; nothing is evaluated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_FORMULA = 300
MAX_DEPTH = 20

# canonical function → its local spellings (Excel / Google Sheets / LibreOffice Calc, several locales)
FUNCTION_NAMES: dict[str, tuple[str, ...]] = {
    "SQRT": ("SQRT", "WURZEL", "RACINE", "RAIZ", "RADQ", "WORTEL", "PIERWIASTEK", "ROT", "KVADRATROD", "KVROD"),
    "POWER": ("POWER", "POTENZ", "PUISSANCE", "POTENCIA", "POTENZA", "MACHT", "POTĘGA", "POTENS"),
    "EXP": ("EXP",),
    "LN": ("LN",),
    "ABS": ("ABS",),
    "TANH": ("TANH",),
    "PI": ("PI", "PI.GRECO"),
    "SUM": ("SUM", "SUMME", "SOMME", "SUMA", "SOMMA", "SOM"),
    "SUMPRODUCT": ("SUMPRODUCT", "SUMMENPRODUKT", "SOMMEPROD", "SUMAPRODUCTO", "MATR.SOMMA.PRODOTTO",
                   "SOMPRODUCT", "SOMARPRODUTO", "SUMPRODUKT"),
    "SUMSQ": ("SUMSQ", "QUADRATESUMME", "SOMME.CARRES", "SUMA.CUADRADOS", "SOMMA.Q", "KWADRATENSOM"),
    "MDETERM": ("MDETERM", "MDET", "DETERMAT", "MATR.DETERM", "DETERMINANTMAT", "MATRIZ.DETERM"),
    "MMULT": ("MMULT", "PRODUITMAT", "MATR.PRODOTTO", "PRODUCTMAT", "MATRIZ.MULT", "MPRODUKT"),
    "TRANSPOSE": ("TRANSPOSE", "MTRANS", "TRANSPONER", "MATR.TRASPOSTA", "TRANSPONEREN", "TRANSPOR"),
    "MINVERSE": ("MINVERSE", "MINV", "INVERSEMAT", "MINVERSA", "MATR.INVERSA", "MINVERT"),
    "COUNTA": ("COUNTA", "ANZAHL2", "NBVAL", "CONTARA", "CONTA.VALORI", "AANTALARG", "CONT.VALORES"),
    "COUNT": ("COUNT", "ANZAHL", "NB", "CONTAR", "CONTA.NUMERI", "AANTAL", "CONT.NÚM"),
}
CANONICAL = {local: name for name, spellings in FUNCTION_NAMES.items() for local in spellings}

# arithmetic of explicit numbers: function → LaTeX of its argument list
_LATEX = {
    "SQRT": lambda a: r"\sqrt{" + a[0] + "}" if len(a) == 1 else None,
    "POWER": lambda a: "{(" + a[0] + ")}^{" + a[1] + "}" if len(a) == 2 else None,
    "EXP": lambda a: "e^{" + a[0] + "}" if len(a) == 1 else None,
    "LN": lambda a: r"\ln(" + a[0] + ")" if len(a) == 1 else None,
    "ABS": lambda a: r"\left|" + a[0] + r"\right|" if len(a) == 1 else None,
    "TANH": lambda a: r"\tanh(" + a[0] + ")" if len(a) == 1 else None,
    "PI": lambda a: r"\pi" if not a else None,
    "SUM": lambda a: "(" + " + ".join(a) + ")" if a else None,
}
# what a function over cells computes, when no label names it
QUANTITY_OF = {"MDETERM": r"\det K"}

KNOWN = "|".join(sorted((re.escape(n) for n in CANONICAL), key=len, reverse=True))
CELL = r"\$?[A-Z]{1,3}\$?[1-9]\d{0,4}"
_TOKEN_TEXT = (rf"\s*(?:(?P<range>{CELL}:{CELL})|(?P<func>(?:{KNOWN}))\s?(?=\()"
               rf"|(?P<number>\d{{1,15}}(?:SEP\d{{1,15}})?)|(?P<name>[A-Za-zÀ-ɏ\u0370-\u03ff_][\w.]{{0,20}}|\.\.\.|…)|(?P<op>[-+*/^(),;%−·×²]))")
_TOKEN = {False: re.compile(_TOKEN_TEXT.replace("SEP", r"\."), re.I),
          True: re.compile(_TOKEN_TEXT.replace("SEP", "[.,]"), re.I)}
# a formula in the notes: = right before a known function or a range, or cells with an operator and a result
SIGNAL = re.compile(rf"(?:^|[\s:(>→])=\s?(?:(?:{KNOWN})\s?\(|{CELL}:{CELL})"
                    rf"|(?:^|[\s:(>→])={CELL}\s?[-+*/^]\s?{CELL}\s?(?:→|->|=>|gives\b)")


@dataclass(frozen=True)
class Formula:
    """A parsed formula: its LaTeX (``None`` when it names cells or names), its outermost function."""

    latex: str | None
    function: str | None


class _Parser:
    def __init__(self, tokens: list[tuple[str, str]], comma_decimal: bool):
        self.tokens = tokens
        self.i = 0
        self.opaque = False
        self.comma_decimal = comma_decimal
        self.depth = 0

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take_op(self, ops: str) -> str | None:
        tok = self.peek()
        if tok is not None and tok[0] == "op" and tok[1] in ops:
            self.i += 1
            return tok[1]
        return None

    def expr(self) -> str:
        out = self.term()
        while (op := self.take_op("+-−")) is not None:
            out += (" + " if op == "+" else " - ") + self.term()
        return out

    def term(self) -> str:
        out = self.power()
        while (op := self.take_op("*/·×")) is not None:
            out += ("/" if op == "/" else r" \cdot ") + self.power()
        return out

    def power(self) -> str:
        if self.take_op("-−") is not None:
            return "-" + self.power()
        if self.take_op("+") is not None:
            return self.power()
        out = self.atom()
        while True:
            if self.take_op("²") is not None:
                out = "{" + out + "}^{2}"
            elif self.take_op("^") is not None:
                sign = "-" if self.take_op("-−") else ""
                out = "{" + out + "}^{" + sign + self.atom() + "}"
            elif self.take_op("%") is not None:
                out = "(" + out + "/100)"
            else:
                return out

    def atom(self) -> str:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise ValueError("too deep")
        tok = self.peek()
        if tok is None:
            raise ValueError("end")
        kind, text = tok
        self.i += 1
        try:
            if kind == "number":
                if "," in text and not self.comma_decimal:
                    raise ValueError("comma")
                return text.replace(",", ".")
            if kind == "range" or kind == "name":
                self.opaque = True
                return "x"
            if kind == "func":
                name = CANONICAL[text.upper()]
                args = self.arguments()
                make = _LATEX.get(name)
                if make is None:
                    self.opaque = True
                    return "x"
                latex = make(args)
                if latex is None:
                    raise ValueError(f"{name} takes other arguments")
                return latex
            if kind == "op" and text == "(":
                inner = self.expr()
                if self.take_op(")") is None:
                    raise ValueError("unclosed")
                return "(" + inner + ")"
            raise ValueError(f"unexpected {text}")
        finally:
            self.depth -= 1

    def arguments(self) -> list[str]:
        if self.take_op("(") is None:
            raise ValueError("no (")
        args: list[str] = []
        if self.take_op(")") is not None:
            return args
        while True:
            args.append(self.expr())
            sep = self.take_op(",;)")
            if sep == ")":
                return args
            if sep is None or (sep == "," and self.comma_decimal):
                raise ValueError("separator")


def tokens(text: str, comma_decimal: bool = False) -> list[tuple[str, str]] | None:
    """The tokens of a formula body (without its ``=``), or ``None`` when something in it is no formula."""
    if len(text) > MAX_FORMULA:
        return None
    out: list[tuple[str, str]] = []
    pos = 0
    text = text.rstrip()
    while pos < len(text):
        m = _TOKEN[comma_decimal].match(text, pos)
        if m is None or m.end() == pos:
            return None
        kind = m.lastgroup
        out.append((kind, m.group(kind)))
        pos = m.end()
    return out


def parse_formula(text: str, comma_decimal: bool = False) -> Formula | None:
    """``27^2-4*8`` → ``{27}^{2} - 4 \\cdot 8``; ``SQRT(697)`` → ``\\sqrt{697}``; ``MDETERM(J2:K3)`` → opaque,
    function MDETERM; a bare known function name (``MDETERM``) is opaque too; anything else → ``None``."""
    toks = tokens(text, comma_decimal)
    if not toks:
        return None
    if len(toks) == 1 and toks[0][0] == "name" and toks[0][1].upper() in CANONICAL:
        return Formula(None, CANONICAL[toks[0][1].upper()])
    parser = _Parser(toks, comma_decimal)
    try:
        latex = parser.expr()
    except (ValueError, RecursionError):
        return None
    if parser.i != len(toks):
        return None
    function = CANONICAL[toks[0][1].upper()] if toks[0][0] == "func" else None
    return Formula(None if parser.opaque else latex, function)
