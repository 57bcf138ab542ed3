"""The worksheet's own pages (student sheets, Moodle question text, the overview)
from ``templates/<locale>/worksheet/``, through the render engine's one Jinja factory
(:func:`symntk.render.environment.jinja_environment`: its delimiters and locale fallback).
Answer keys are not made here: they come from :func:`symntk.render_solution`.

Filters: ``m`` (an engine value in LaTeX, notes notation), ``matrix`` (a bmatrix),
``esc`` (plain text escaped for the page's format), ``num`` (a key number as written
in the answer fields, inside math: with a decimal comma ``0{,}5`` in Icelandic).
"""

from __future__ import annotations

import html
from functools import lru_cache

import jinja2
import sympy

from .. import notation
from ..render import escape
from ..render.environment import jinja_environment, locale_paths

_ESCAPE = {  # the one escaper of symntk.render.escape, for every format but HTML's attribute-safe escape
    "tex": escape.tex,
    "html": lambda s: html.escape(str(s)),
    "md": escape.markdown,
    "csv": str,
}


def latex_matrix(M) -> str:
    """``\\begin{bmatrix} a & b \\\\ c & d \\end{bmatrix}`` of an engine matrix."""
    M = sympy.Matrix(M)
    rows = [" & ".join(notation.latex(v) for v in M.row(r)) for r in range(M.rows)]
    return r"\begin{bmatrix} " + r" \\ ".join(rows) + r" \end{bmatrix}"


def number(value, digits: int = 6) -> str:
    """A key number as a student types it: an integer exactly, else ``digits`` decimals."""
    v = sympy.sympify(value, strict=True)
    if v.is_Integer:
        return str(int(v))
    return f"{float(sympy.N(v, 30)):.{digits}f}"


def decimal_comma(text) -> str:
    """A number as Icelandic writes it: decimal comma (``0.5`` → ``0,5``), true minus sign."""
    return str(text).replace(".", ",").replace("-", "−")


@lru_cache(maxsize=16)
def environment(lang: str, fmt: str) -> jinja2.Environment:
    """The worksheet templates' environment for one locale and format: the render engine's one
    Jinja factory over ``templates/<lang>/worksheet/`` (falling back to ``en``), with the filters above."""
    env = jinja_environment(locale_paths(lang, "worksheet"))
    if fmt == "html":
        env.filters.update(m=lambda e: html.escape(notation.latex(e)), matrix=lambda M: html.escape(latex_matrix(M)))
    else:
        env.filters.update(m=notation.latex, matrix=latex_matrix)
    shown = (lambda v: number(v).replace(".", "{,}")) if lang == "is" else number
    env.filters.update(esc=_ESCAPE[fmt], num=shown, dec=decimal_comma if lang == "is" else str)
    return env


def render_page(name: str, lang: str, fmt: str, **context) -> str:
    """Render ``templates/<lang>/worksheet/<name>``."""
    return environment(lang, fmt).get_template(name).render(**context)


def phrase(lang: str, name: str, *args) -> str:
    """One sentence of ``phrases.jinja`` in a locale, e.g. ``phrase("is", "variant", "07")``."""
    module = environment(lang, "md").get_template("phrases.jinja").module
    return str(getattr(module, name)(*args)).strip()
