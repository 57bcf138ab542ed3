"""Printing engine values for templates: numbers and expressions, in LaTeX or unicode.

Two families: ``latex`` (tex, pdf, md and html, whose math is LaTeX typeset by
TeX or KaTeX) and ``unicode`` (the terminal). Every function takes the
engine's SymPy values; templates never compute a number themselves. Long sums,
products and polynomials broken into pieces are :mod:`symntk.render.sums`; matrices
are :mod:`symntk.render.matrices`.

With ``comma`` (the Icelandic locale) a decimal is written with a decimal comma:
``0,41997`` in unicode, ``0{,}41997`` in LaTeX (braced, so TeX sets no space after
it); :func:`printer` gives a family's printing function with or without it.
"""

from __future__ import annotations

import re
from functools import lru_cache, partial

import mpmath
import sympy

from .. import notation

_UNICODE_SUP = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")
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


def is_latex(printer) -> bool:
    """Whether a printing function (:func:`printer`) is of the ``latex`` family."""
    return printer is latex or getattr(printer, "func", None) is latex


def has_comma(printer) -> bool:
    """Whether a printing function (:func:`printer`) writes a decimal comma."""
    return bool(getattr(printer, "keywords", {}).get("comma"))


def latex_printer(expr, comma: bool = False) -> _LatexPrinter:
    """The LaTeX printer object for an expression: the shared memoizing one for exact values, a
    fresh one (decimals printed as they are, with ``comma`` 0{,}5) for values holding decimals."""
    return _LatexPrinter(comma) if expr.has(sympy.Float) else _EXACT


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


def visual_length(text: str) -> int:
    """Roughly how many characters a LaTeX string shows: a command counts as one,
    braces and spaces as none."""
    return len(re.sub(r"[{}\s]", "", re.sub(r"\\[a-zA-Z]+", "x", text)))
