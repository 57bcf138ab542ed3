"""Printing the limit's values: the notation's printers, with arccos/arcsin, π and θ written as by hand."""

from __future__ import annotations

import sympy

from .. import notation
from ..render import mathtext


class LatexPrinter(notation.NotationLatexPrinter):
    """LaTeX with ``\\arccos``, ``\\arcsin`` (not ``\\operatorname{acos}``)."""

    def __init__(self, settings=None):
        super().__init__({"inv_trig_style": "full", **(settings or {})})


class UnicodePrinter(notation.NotationUnicodePrinter):
    """One-line unicode with π, θ, arccos, arcsin and √."""

    def _print_Pi(self, expr):
        return "π"

    def _print_Symbol(self, expr):
        return "θ" if expr.name == "theta" else super()._print_Symbol(expr)

    def _print_acos(self, expr):
        return f"arccos({self._print(expr.args[0])})"

    def _print_asin(self, expr):
        return f"arcsin({self._print(expr.args[0])})"


def latex(expr) -> str:
    """LaTeX of an exact value in the notes' notation."""
    return LatexPrinter().doprint(notation.ordered(mathtext.value(expr)))


def unicode(expr) -> str:
    """Unicode of an exact value, with a real minus sign."""
    expr = mathtext.value(expr)
    if isinstance(expr, sympy.Float):
        return mathtext.unicode(expr)
    text = UnicodePrinter().doprint(notation.ordered(expr)).replace(" - ", " − ").replace("(-", "(−")
    return "−" + text[1:] if text.startswith("-") else text


def latex_matrix(M: sympy.Matrix) -> str:
    """A bmatrix of the entries (decimals through the shared printer)."""
    rows = [" & ".join(mathtext.latex(v) if isinstance(v, sympy.Float) else latex(v) for v in M.row(i))
            for i in range(M.rows)]
    return r"\begin{bmatrix} " + r" \\ ".join(rows) + r" \end{bmatrix}"


def text_matrix(M: sympy.Matrix, indent: int = 0) -> str:
    """Aligned rows between ⎡ ⎤ brackets."""
    return mathtext.text_matrix(M, indent, unicode)
