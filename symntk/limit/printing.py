"""Printing the limit's values: the notation's printers, with arccos/arcsin, π and θ written as by hand.

With ``comma`` (a locale of :data:`symntk.render.environment.DECIMAL_COMMA`, Icelandic) decimals
are written with a decimal comma, as in the derivation: ``0,435`` in unicode, ``0{,}435`` in LaTeX.
"""

from __future__ import annotations

import sympy

from .. import notation
from ..render import mathtext, matrices


class LatexPrinter(notation.NotationLatexPrinter):
    """LaTeX with ``\\arccos``, ``\\arcsin`` (not ``\\operatorname{acos}``); with ``comma``, 0{,}5."""

    def __init__(self, settings=None, comma: bool = False):
        super().__init__({"inv_trig_style": "full", **(settings or {})})
        self.comma = comma

    def _print_Float(self, expr):
        text = super()._print_Float(expr)
        return text.replace(".", "{,}") if self.comma else text


class UnicodePrinter(notation.NotationUnicodePrinter):
    """One-line unicode with π, θ, arccos, arcsin and √; with ``comma``, 0,5."""

    def __init__(self, comma: bool = False):
        super().__init__()
        self.comma = comma

    def _print_Pi(self, expr):
        return "π"

    def _print_Symbol(self, expr):
        return "θ" if expr.name == "theta" else super()._print_Symbol(expr)

    def _print_acos(self, expr):
        return f"arccos({self._print(expr.args[0])})"

    def _print_asin(self, expr):
        return f"arcsin({self._print(expr.args[0])})"

    def _print_Float(self, expr):
        text = super()._print_Float(expr)
        return text.replace(".", ",") if self.comma else text


def latex(expr, comma: bool = False) -> str:
    """LaTeX of an exact value in the notes' notation (a decimal through the shared printer)."""
    expr = mathtext.value(expr)
    if isinstance(expr, sympy.Float):
        return mathtext.latex(expr, comma)
    return LatexPrinter(comma=comma).doprint(notation.ordered(expr))


def unicode(expr, comma: bool = False) -> str:
    """Unicode of an exact value, with a real minus sign."""
    expr = mathtext.value(expr)
    if isinstance(expr, sympy.Float):
        return mathtext.unicode(expr, comma)
    text = UnicodePrinter(comma).doprint(notation.ordered(expr)).replace(" - ", " − ").replace("(-", "(−")
    return "−" + text[1:] if text.startswith("-") else text


def latex_matrix(M: sympy.Matrix, comma: bool = False) -> str:
    """A bmatrix of the entries (decimals through the shared printer)."""
    rows = [" & ".join(latex(v, comma) for v in M.row(i)) for i in range(M.rows)]
    return r"\begin{bmatrix} " + r" \\ ".join(rows) + r" \end{bmatrix}"


def text_matrix(M: sympy.Matrix, indent: int = 0, comma: bool = False) -> str:
    """Aligned rows between ⎡ ⎤ brackets."""
    return matrices.text_matrix(M, indent, lambda v: unicode(v, comma))


def decimal_point(text: str, latex: bool, comma: bool) -> str:
    """A written decimal (``0.435``, ``1.0·10^-13``) with the locale's decimal separator."""
    return text.replace(".", "{,}" if latex else ",") if comma else text
