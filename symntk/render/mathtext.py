"""Printing engine values for templates: numbers, matrices, polynomials, sums.

Two families: ``latex`` (tex, pdf, md and html, whose math is LaTeX typeset by
TeX or KaTeX) and ``unicode`` (the terminal). Every function takes the
engine's SymPy values; templates never compute a number themselves.

With ``comma`` (the Icelandic locale) a decimal is written with a decimal comma:
``0,41997`` in unicode, ``0{,}41997`` in LaTeX (braced, so TeX sets no space after
it); :func:`printer` gives a family's printing function with or without it.
"""

from __future__ import annotations

import re
from functools import lru_cache, partial

import mpmath
import sympy
from sympy.printing.precedence import PRECEDENCE

from .. import notation

_UNICODE_SUP = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")
LONG = 60  # shown characters beyond which a single product is broken between its factors
_UNICODE_SUB = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
_ACTIVATION = re.compile(r"^([az])_(\d+)_(\d+)$")  # a_i^{[l]} and z_i^{[l]} named in deep networks


class _LatexPrinter(notation.NotationLatexPrinter):
    """The notation's LaTeX printer, plus the activation names a_i^{[l]} (symbols ``a_l_i``)
    and, with ``comma``, decimals written 0{,}5."""

    def __init__(self, comma: bool = False):
        super().__init__()
        self.comma = comma

    def _print_Symbol(self, expr, style="plain"):
        m = _ACTIVATION.match(expr.name)
        return f"{m[1]}_{{{m[3]}}}^{{[{m[2]}]}}" if m else super()._print_Symbol(expr, style)

    def _print_Float(self, expr):
        text = super()._print_Float(expr)
        return text.replace(".", "{,}") if self.comma else text


class _MemoLatexPrinter(_LatexPrinter):
    """:class:`_LatexPrinter` that prints each subexpression once (the gradients of a deep
    network share their backprop signals δ^{[l]}). For exact symbolic values only: equal
    Floats of different precisions print differently, and a memo would mix them up."""

    def __init__(self):
        super().__init__()
        self._seen: dict = {}

    def _print(self, expr, **kwargs):
        key = (type(expr), expr, tuple(sorted(kwargs.items())))
        found = self._seen.get(key)
        if found is None:
            if len(self._seen) > MEMO_SIZE:
                self._seen.clear()
            found = self._seen[key] = super()._print(expr, **kwargs)
        return found


MEMO_SIZE = 200_000  # printed subexpressions kept by the shared exact printer
_EXACT = _MemoLatexPrinter()  # shared by every exact print: long sums and products reuse their parts


class _UnicodePrinter(notation.NotationUnicodePrinter):
    """The notation's unicode printer, plus the activation names a⁽ˡ⁾ᵢ and, with ``comma``,
    decimals written 0,5."""

    def __init__(self, comma: bool = False):
        super().__init__()
        self.comma = comma

    def _print_Float(self, expr):
        text = super()._print_Float(expr)
        return text.replace(".", ",") if self.comma else text

    def _print_Symbol(self, expr):
        m = _ACTIVATION.match(expr.name)
        if m:
            return f"{m[1]}⁽{m[2].translate(_UNICODE_SUP)}⁾{m[3].translate(_UNICODE_SUB)}"
        return super()._print_Symbol(expr)


SHOWN_DPS = 14  # a Float of lower precision than the default 15 digits is a shown decimal: all its digits print


def _float_text(value: sympy.Float, digits: int = 6) -> str:
    """A rounded decimal as a person writes it: ``0`` not ``0.0``; a shown decimal (see
    :func:`symntk.steps.shown.decimal`) with exactly its digits, other Floats to 6 significant digits."""
    v = float(value)
    if v == 0:
        return "0"
    if mpmath.libmp.prec_to_dps(value._prec) <= SHOWN_DPS and abs(v) < 1e15 and abs(v) >= 1e-4:
        return str(value)
    text = f"{v:.{digits}g}"
    if "e" in text:
        mant, exp = text.split("e")
        return f"{mant}e{int(exp)}"
    return text


def value(expr) -> sympy.Basic:
    """An engine value as a SymPy object; text is refused, never parsed."""
    if isinstance(expr, (str, bytes)):
        raise TypeError("the math filters print engine values, not text")
    return sympy.sympify(expr, strict=True)


def latex(expr, comma: bool = False) -> str:
    """LaTeX of an engine value in the notes' notation (W_{i,j}^{[l]}, b_{i,1}^{[l]});
    with ``comma`` decimals as 0{,}5."""
    expr = value(expr)
    if isinstance(expr, sympy.Float):
        text = _float_text(expr).replace(".", "{,}" if comma else ".")
        if "e" in text:
            mant, exp = text.split("e")
            return rf"{mant} \cdot 10^{{{exp}}}"
        return text
    if expr.has(sympy.Float):
        return _LatexPrinter(comma).doprint(notation.ordered(expr))
    return _exact_latex(expr)  # no decimals in it: the same with a decimal comma


@lru_cache(maxsize=4096)
def _exact_latex(expr: sympy.Basic) -> str:
    """:func:`latex` of an exact value, memoized: :func:`terms` measures a long sum, then its
    factors, then their terms, and prints the same subexpressions at every level."""
    return _EXACT.doprint(notation.ordered(expr))


def latex_many(exprs) -> list[str]:
    """:func:`latex` of each exact symbolic expression (no Floats), with one memoizing printer
    for them all."""
    printer = _MemoLatexPrinter()
    return [printer.doprint(notation.ordered(value(e))) for e in exprs]


def unicode(expr, comma: bool = False) -> str:
    """One-line unicode of an engine value, with a real minus sign; with ``comma`` decimals as 0,5."""
    expr = value(expr)
    if isinstance(expr, sympy.Float):
        text = _float_text(expr).replace(".", "," if comma else ".")
        if "e" in text:
            mant, exp = text.split("e")
            text = f"{mant}·10{exp.translate(_UNICODE_SUP)}"
        return text.replace("-", "−")
    text = _UnicodePrinter(comma).doprint(notation.ordered(expr)).replace(" - ", " − ").replace("(-", "(−")
    return "−" + text[1:] if text.startswith("-") else text


def printer(family: str, comma: bool = False):
    """The printing function of a family, ``latex`` or ``unicode``, writing decimals with a
    point or (``comma``) a decimal comma."""
    base = latex if family == "latex" else unicode
    return partial(base, comma=True) if comma else base


def _is_latex(printer) -> bool:
    return printer is latex or getattr(printer, "func", None) is latex


def _comma(printer) -> bool:
    return bool(getattr(printer, "keywords", {}).get("comma"))


def approx(number, digits: int = 5, point: str = ".") -> str:
    """A number to ``digits`` decimals (rounded), e.g. 0.29962; ``0.00000`` prints as 0;
    ``point`` is the decimal separator (``,`` or ``{,}`` for a decimal comma)."""
    v = sympy.N(value(number), digits + 15)
    if v.is_real is False or not v.is_Number:
        v = sympy.re(v)
    if abs(v) >= 1e15:
        return f"{float(v):.{digits}e}".replace(".", point)
    text = f"{float(v):.{digits}f}"
    return "0" if float(text) == 0 else text.replace(".", point)


def terms(expr, printer=latex) -> list[str]:
    """The terms of a sum in the notes' order, each printed, signs kept on the
    later terms (``["a", "+ b", "- c"]``); a non-sum is one term, and a list or
    tuple is taken as the terms themselves."""
    if isinstance(expr, (list, tuple)):
        args = [value(e) for e in expr]
    else:
        expr = notation.ordered(value(expr))
        if expr.is_Mul and _is_latex(printer) and visual_length(latex(expr)) > LONG:
            return [piece for f in factors(expr, raw=True) for piece in _long_factor(f, printer)]
        if _breakable_power(expr, printer):
            return _power_pieces(expr, printer)
        if _breakable_call(expr, printer):
            return _call_pieces(expr, printer)
        args = list(expr.args) if expr.is_Add else [expr]
    tex = _is_latex(printer)
    out = []
    for k, term in enumerate(args):
        negative = term.could_extract_minus_sign()
        body = -term if negative else term
        text = printer(body)
        sign = ("-" if tex else "−") if negative else ""
        if k:
            sign = ("- " if tex else "− ") if negative else "+ "
        if tex and body.is_Mul and visual_length(text) > LONG:
            pieces = [p for f in factors(body, raw=True) for p in _long_factor(f, printer)]
            out += [sign + pieces[0]] + pieces[1:]
        else:
            out.append(sign + text)
    return out


def factor(expr, printer=latex) -> str:
    """A factor of a written product, parenthesised when it is a sum or negative:
    ``(1 - tanh²(1))``, ``(-4)``; anything else as it prints."""
    expr = value(expr)
    text = printer(expr)
    if expr.is_Add or expr.could_extract_minus_sign() or (expr.is_Number and expr < 0):
        return rf"\left({text}\right)" if _is_latex(printer) else f"({text})"
    return text


def factors(expr, raw: bool = False, comma: bool = False) -> list:
    """A long product as its printed factors (each parenthesised as in the product), so that
    a line may break between two factors: ``["\\left(a + b\\right)", "x_{1}"]``; with
    ``raw`` the factors themselves (a leading ``-1`` or coefficient as a SymPy number)."""
    printer = _LatexPrinter(comma) if expr.has(sympy.Float) else _EXACT
    expr = notation.ordered(expr)
    coeff, rest = expr.as_coeff_Mul()
    found = list(sympy.Mul.make_args(rest))
    if raw:
        return ([coeff] if coeff != 1 else []) + found
    parts = [printer.parenthesize(f, PRECEDENCE["Mul"]) for f in found]
    if coeff == -1:
        parts[0] = "-" + parts[0]
    elif coeff != 1:
        parts.insert(0, printer.parenthesize(coeff, PRECEDENCE["Mul"]))
    return parts


def _breakable_power(expr, printer) -> bool:
    return (_is_latex(printer) and expr.is_Pow and expr.base.is_Add and expr.exp.is_Integer and expr.exp > 0
            and visual_length(latex(expr)) > LONG)


def _power_pieces(expr, printer=latex) -> list[str]:
    """(a + b + …)^n as pieces that may break between the terms: ``\\bigl(a``, ``+ b``, ``+ …\\bigr)^{n}``
    (\\bigl … \\bigr, unlike \\left … \\right, may span lines)."""
    inner = terms(expr.base, printer)
    return ["\\bigl(" + inner[0]] + inner[1:-1] + [inner[-1] + f"\\bigr)^{{{expr.exp}}}"] if len(inner) > 1 \
        else [printer(expr)]


_CALL_HEAD = re.compile(r"^(.*?)\{?\\left\(\s*q\s*\\right\)\}?$")


def _breakable_call(expr, printer) -> bool:
    """φ(a + b + …) of one long sum (a hidden activation's definition, tanh(b + W a + …))."""
    return (_is_latex(printer) and isinstance(expr, sympy.Function) and len(expr.args) == 1 and expr.args[0].is_Add
            and visual_length(latex(expr)) > LONG and _CALL_HEAD.match(latex(expr.func(sympy.Symbol("q")))))


def _call_pieces(expr, printer=latex) -> list[str]:
    """φ(a + b + …) as pieces that may break between the terms: ``\\tanh\\bigl(a``, ``+ b``, ``+ …\\bigr)``."""
    head = _CALL_HEAD.match(latex(expr.func(sympy.Symbol("q"))))[1]
    inner = terms(expr.args[0], printer)
    return [head + "\\bigl(" + inner[0]] + inner[1:-1] + [inner[-1] + "\\bigr)"]


def _long_factor(f, printer=latex) -> list[str]:
    """One factor of a long product as pieces: a long sum, power of a sum or φ(sum) broken, else one piece."""
    if f == -1:
        return ["-"]
    if f.is_Add and visual_length(latex(f)) > LONG:
        inner = terms(f, printer)
        return ["\\bigl(" + inner[0]] + inner[1:-1] + [inner[-1] + "\\bigr)"]
    if _breakable_power(f, printer):
        return _power_pieces(f, printer)
    if _breakable_call(f, printer):
        return _call_pieces(f, printer)
    exact = _LatexPrinter(_comma(printer)) if f.has(sympy.Float) else _EXACT
    return [exact.parenthesize(f, PRECEDENCE["Mul"])]


def polynomial(expr, var, printer=latex) -> str:
    """c_n λ^n + … + c_0 with clean powers (``λ^{2} - 27 λ + 8``), highest power first."""
    return " ".join(polynomial_terms(expr, var, printer)) or "0"


def polynomial_terms(expr, var, printer=latex) -> list[str]:
    """The printed terms of c_n λ^n + … + c_0, highest power first, signs on the later
    terms (``["λ^{2}", "- 27 λ", "+ 8"]``): where a long polynomial may break."""
    poly = sympy.Poly(sympy.expand(expr), var)
    name = printer(var)
    tex = _is_latex(printer)
    pieces = []
    for (power,), coeff in sorted(poly.terms(), reverse=True):
        negative = coeff.could_extract_minus_sign()
        c = -coeff if negative else coeff
        if power == 0:
            body = printer(c)
        else:
            if tex:
                head = name if power == 1 else f"{name}^{{{power}}}"
            else:
                head = name if power == 1 else name + str(power).translate(_UNICODE_SUP)
            if c.is_Number and float(c) == 1.0:
                body = head
            else:
                ctext = printer(c)
                if c.is_Add:
                    ctext = rf"\left({ctext}\right)" if tex else f"({ctext})"
                body = f"{ctext} {head}" if tex else f"{ctext}{head}"
        minus = "-" if tex else "−"
        if not pieces:
            pieces.append(minus + body if negative else body)
        else:
            pieces.append(f"{minus} {body}" if negative else f"+ {body}")
    return pieces


def latex_matrix(matrix, env: str = "bmatrix", comma: bool = False) -> str:
    """A matrix as ``\\begin{bmatrix} … \\end{bmatrix}``."""
    rows = [" & ".join(latex(v, comma) for v in matrix.row(r)) for r in range(matrix.rows)]
    return rf"\begin{{{env}}} " + r" \\ ".join(rows) + rf" \end{{{env}}}"


WIDE = 72  # shown characters across beyond which a matrix is written entry by entry (A4, Letter, a 52rem page)


def matrix_width(matrix, printer=latex) -> int:
    """Roughly how many characters a matrix shows across: Σ_c (its widest entry in column c),
    plus two per gap between columns (bmatrix's column separation)."""
    if not matrix.rows or not matrix.cols:
        return 0
    cols = [max(visual_length(printer(matrix[r, c])) for r in range(matrix.rows)) for c in range(matrix.cols)]
    return sum(cols) + 2 * (len(cols) - 1)


def too_wide(matrix, extra: int = 0, printer=latex) -> bool:
    """Whether a matrix, with ``extra`` characters beside it on its line, is too wide for the page
    (more than :data:`WIDE` characters): such a matrix is written entry by entry."""
    return matrix_width(matrix, printer) + extra > WIDE


def text_matrix(matrix, indent: int = 0, printer=unicode) -> str:
    """A matrix as aligned rows between ⎡ ⎤ brackets (one line per row)."""
    rows = [[printer(v) for v in matrix.row(r)] for r in range(matrix.rows)]
    if not rows or not rows[0]:
        return "[]"
    widths = [max(len(rows[r][c]) for r in range(len(rows))) for c in range(len(rows[0]))]
    lines = ["  ".join(cell.rjust(w) for cell, w in zip(row, widths)) for row in rows]
    if len(lines) == 1:
        return f"[{lines[0]}]"
    out = []
    for r, line in enumerate(lines):
        left, right = ("⎡", "⎤") if r == 0 else ("⎣", "⎦") if r == len(lines) - 1 else ("⎢", "⎥")
        out.append(f"{left}{line}{right}")
    return ("\n" + " " * indent).join(out)


def visual_length(text: str) -> int:
    """Roughly how many characters a LaTeX string shows: a command counts as one,
    braces and spaces as none."""
    return len(re.sub(r"[{}\s]", "", re.sub(r"\\[a-zA-Z]+", "x", text)))


def chunks(pieces, width: int = 64, text: bool = False) -> list[list[str]]:
    """Pieces grouped greedily into lines of at most ``width`` shown characters (of LaTeX,
    or of plain ``text``)
    (a piece longer than that gets a line of its own): how long sums break."""
    lines: list[list[str]] = []
    size = 0
    for piece in pieces:
        n = len(str(piece)) if text else visual_length(str(piece))
        if lines and size + n <= width:
            lines[-1].append(piece)
            size += n + 1
        else:
            lines.append([piece])
            size = n + 1
    return lines or [[]]
