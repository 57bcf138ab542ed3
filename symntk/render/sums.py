"""Long sums, products and polynomials as printed pieces between which a line may break.

    terms(a + b − c) = ["a", "+ b", "- c"],   polynomial(λ² − 27λ + 8) = "λ^{2} - 27 λ + 8",

a product longer than :data:`LONG` shown characters broken between its factors, a factor that
is a long sum, a power of one or φ(a long sum) broken between its terms; :func:`chunks` groups
the pieces into lines. Printing itself is :mod:`symntk.render.mathtext`.
"""

from __future__ import annotations

import re

import sympy
from sympy.printing.precedence import PRECEDENCE

from .. import notation
from .mathtext import has_comma, is_latex, latex, latex_printer, value, visual_length

LONG = 60  # shown characters beyond which a single product is broken between its factors
_UNICODE_SUP = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


def terms(expr, printer=latex) -> list[str]:
    """The terms of a sum in the notes' order, each printed, signs kept on the
    later terms (``["a", "+ b", "- c"]``); a non-sum is one term, and a list or
    tuple is taken as the terms themselves."""
    if isinstance(expr, (list, tuple)):
        args = [value(e) for e in expr]
    else:
        expr = notation.ordered(value(expr))
        if expr.is_Mul and is_latex(printer) and visual_length(latex(expr)) > LONG:
            return [piece for f in factors(expr, raw=True) for piece in _long_factor(f, printer)]
        if _breakable_power(expr, printer):
            return _power_pieces(expr, printer)
        if _breakable_call(expr, printer):
            return _call_pieces(expr, printer)
        args = list(expr.args) if expr.is_Add else [expr]
    tex = is_latex(printer)
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
        return rf"\left({text}\right)" if is_latex(printer) else f"({text})"
    return text


def factors(expr, raw: bool = False, comma: bool = False) -> list:
    """A long product as its printed factors (each parenthesised as in the product), so that
    a line may break between two factors: ``["\\left(a + b\\right)", "x_{1}"]``; with
    ``raw`` the factors themselves (a leading ``-1`` or coefficient as a SymPy number)."""
    printer = latex_printer(expr, comma)
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
    return (is_latex(printer) and expr.is_Pow and expr.base.is_Add and expr.exp.is_Integer and expr.exp > 0
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
    return (is_latex(printer) and isinstance(expr, sympy.Function) and len(expr.args) == 1 and expr.args[0].is_Add
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
    return [latex_printer(f, has_comma(printer)).parenthesize(f, PRECEDENCE["Mul"])]


def polynomial(expr, var, printer=latex) -> str:
    """c_n λ^n + … + c_0 with clean powers (``λ^{2} - 27 λ + 8``), highest power first."""
    return " ".join(polynomial_terms(expr, var, printer)) or "0"


def polynomial_terms(expr, var, printer=latex) -> list[str]:
    """The printed terms of c_n λ^n + … + c_0, highest power first, signs on the later
    terms (``["λ^{2}", "- 27 λ", "+ 8"]``): where a long polynomial may break."""
    poly = sympy.Poly(sympy.expand(expr), var)
    name = printer(var)
    tex = is_latex(printer)
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
