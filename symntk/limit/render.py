"""Render a :class:`~symntk.limit.records.LimitDerivation` through the shared template environment.

Templates: ``templates/<locale>/limit/`` — ``phrases.jinja`` (the prose),
``<format folder>/document.<ext>`` (the page) and one template per step kind,
``math/<kind>.jinja`` for the LaTeX-math formats (tex, pdf, md, html) and
``text/<kind>.txt`` for the terminal. Values reach the templates as engine
values; ``eq`` writes "= exact value" when the exact form is short enough to
read and "≈ decimal" (10 significant digits) otherwise; ``mm`` and ``mat``
print values and matrices (the shared printers, with arccos, arcsin and π), ``dec``
a 30-digit decimal as it stands. In Icelandic every decimal has a decimal comma.
"""

from __future__ import annotations

from pathlib import Path

import jinja2
import sympy

from ..errors import InputError
from ..render import FORMATS, compile_pdf, environment
from ..render.environment import DECIMAL_COMMA
from . import printing
from .records import LimitDerivation, Value, shown

DIGITS = 10


def decimal_text(value, latex: bool, digits: int = DIGITS, comma: bool = False) -> str:
    """A value as a decimal of ``digits`` significant digits (10^k written out in LaTeX); with
    ``comma`` a decimal comma (0,435; 0{,}435 in LaTeX)."""
    v = float(sympy.N(value, digits + 10))
    text = f"{v:.{digits}g}"
    if "e" in text:
        mant, exp = text.split("e")
        text = rf"{mant} \cdot 10^{{{int(exp)}}}" if latex else f"{mant}·10^{int(exp)}"
    return printing.decimal_point(text.replace("-", "−") if not latex else text, latex, comma)


def view(matrix: sympy.Matrix, approx: sympy.Matrix | None = None) -> tuple[sympy.Matrix, bool]:
    """(the matrix to print, exact?): exact when every entry is short, else the decimals
    ``approx`` (the same values computed alongside), printed to 6 digits."""
    if all(shown(v) is not None for v in matrix):
        return matrix, True
    source = matrix if approx is None else approx
    return source.applyfunc(lambda v: sympy.Float(sympy.N(v, 20), 15)), False


def render_limit(derivation: LimitDerivation, fmt: str = "text", lang: str = "en",
                 templates: str | Path | None = None) -> str | bytes:
    """The infinite-width derivation in ``fmt`` (text, tex, pdf → bytes, md, html) and ``lang``."""
    env = environment(fmt, lang, templates)
    spec = FORMATS[fmt]
    latex = spec.family == "latex"
    comma = lang in DECIMAL_COMMA

    def printer(value) -> str:
        return printing.latex(value, comma) if latex else printing.unicode(value, comma)

    def matrix(M, indent: int = 0) -> str:
        return printing.latex_matrix(M, comma) if latex else printing.text_matrix(M, indent, comma)

    def eq(value, approx=None) -> str:
        """"= exact" when short enough, else "≈ decimal" (a Value carries its decimal)."""
        exact = shown(value)
        if exact is not None:
            return "= " + printer(exact)
        if isinstance(value, Value):
            value, approx = value.exact, value.approx
        return (r"\approx " if latex else "≈ ") + decimal_text(value if approx is None else approx, latex,
                                                             comma=comma)

    def sci(value) -> str:
        mant, exp = f"{float(value):.1e}".split("e")
        mant = printing.decimal_point(mant, latex, comma)
        return rf"{mant} \cdot 10^{{{int(exp)}}}" if latex else f"{mant}·10^{int(exp)}"

    name = f"limit/{spec.folder}/document.{spec.ext}"
    try:
        template = env.get_template(name)
    except jinja2.TemplateNotFound as exc:
        raise InputError(str(templates or "templates"), name, "a template file", "none found") from exc
    try:
        text = template.render(steps=derivation.steps, derivation=derivation, problem=derivation.problem,
                               eq=eq, view=view, sci=sci, mm=printer, mat=matrix,
                               dec=lambda v: printing.decimal_point(str(v), latex, comma))
    except jinja2.TemplateError as exc:
        raise InputError(str(templates or "templates"), "template", "a valid template",
                         f"{type(exc).__name__}: {exc.message}") from exc
    return compile_pdf(text) if spec.binary else text
