"""The Jinja2 environment of one output format and locale, with its filters.

Templates live in ``templates/<locale>/``: ``phrases.jinja`` holds every
sentence of prose of that locale (as macros taking the printed math), and
per format folder the page templates and, for the LaTeX-math formats (tex,
pdf, md, html share ``math/``), one template per step kind; the terminal
format has its own ``text/`` step templates. A file missing from a locale
falls back to ``en``; a user's folder is searched first.

Every number shown comes from the engine through these filters:
``m`` prints a SymPy value in the format's math notation, ``sym`` a
parameter symbol, ``approx`` a value to 5 decimals, ``matrix`` a matrix,
``poly`` a polynomial with clean powers, ``terms`` the printed terms of a sum,
``esc`` escapes plain text for the format, ``u`` prints unicode math (SVG labels), ``wide``
says whether a matrix is too wide for the page (then templates write it entry by entry).
In a locale of :data:`DECIMAL_COMMA` (``is``) every filter writes decimals with a
comma (``0,5``; ``0{,}5`` in LaTeX math) and the global ``list_sep`` (``;``) separates
the numbers of a vector, else ``,``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import jinja2
from markupsafe import Markup

from ..errors import InputError
from ..resources import templates_root
from . import assets, drawing, escape, mathtext, matrices, sums

LOCALES = ("en", "is")


@dataclass(frozen=True)
class FormatSpec:
    """A format's page-template folder and extension, its step-template folder,
    its math printer family and how plain text is escaped in it."""

    folder: str
    ext: str
    steps: str
    family: str  # "latex" or "unicode"
    escape: Callable[[str], str]
    binary: bool = False


FORMATS: dict[str, FormatSpec] = {
    "text": FormatSpec("text", "txt", "text", "unicode", escape.plain),
    "tex": FormatSpec("tex", "tex", "math", "latex", escape.tex),
    "pdf": FormatSpec("tex", "tex", "math", "latex", escape.tex, binary=True),
    "md": FormatSpec("md", "md", "math", "latex", escape.markdown),
    "html": FormatSpec("html", "html", "math", "latex", escape.html_text),
}


DRAWINGS = {"tex": "tex/drawing.tex", "html": "html/drawing.html"}


def network_layout(step, highlight=None) -> drawing.Layout:
    """The drawing's layout of a :class:`~symntk.steps.NetworkStep` (values labelled when known)."""
    return drawing.layout(step.widths, step.weights or None, step.biases or None,
                          tuple(act for _, _, _, act in step.layers), highlight)


DECIMAL_COMMA = {"is"}  # locales that write 0,5 (in LaTeX math 0{,}5)


def _filters(spec: FormatSpec, lang: str) -> dict[str, Callable]:
    comma = lang in DECIMAL_COMMA
    printer = mathtext.printer(spec.family, comma)
    if spec.family == "latex":
        matrix = lambda M, indent=0: matrices.latex_matrix(M, comma=comma)  # noqa: E731
    else:
        matrix = lambda M, indent=0: matrices.text_matrix(M, indent, printer)  # noqa: E731
    point = ("{,}" if spec.family == "latex" else ",") if comma else "."
    return {
        "m": printer,
        "sym": printer,
        "u": mathtext.printer("unicode", comma),
        "approx": lambda v, digits=5: mathtext.approx(v, digits, point),
        "matrix": matrix,
        "poly": lambda e, var: sums.polynomial(e, var, printer),
        "poly_terms": lambda e, var: sums.polynomial_terms(e, var, printer),
        "factor": lambda e: sums.factor(e, printer),
        "terms": lambda e: sums.terms(e, printer),
        "esc": spec.escape,
        "chunks": sums.chunks,
        "wide": lambda M, extra=0: matrices.too_wide(M, extra, printer),
    }


def locale_paths(lang: str, folder: str = "", override: str | None = None) -> list[str]:
    """Where a locale's templates are looked up, first match wins: the override folder, then
    ``templates/<lang>/<folder>``, then ``templates/en/<folder>`` (the fallback)."""
    root = templates_root()
    langs = [lang, "en"] if lang != "en" else ["en"]
    return ([override] if override else []) + [str(root / name / folder) if folder else str(root / name)
                                               for name in langs]


def jinja_environment(paths: list[str], autoescape: bool = False) -> jinja2.Environment:
    """The one Jinja factory of every output (derivations, checker sheets, slides, limits,
    worksheets): templates from ``paths`` in order, LaTeX-safe delimiters ``((* … *))``,
    ``((( … )))``, ``((= … =))``, undefined names an error, blocks trimmed; callers add filters."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(paths),
        block_start_string="((*", block_end_string="*))",
        variable_start_string="(((", variable_end_string=")))",
        comment_start_string="((=", comment_end_string="=))",
        undefined=jinja2.StrictUndefined, autoescape=autoescape,
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
    )


@lru_cache(maxsize=32)
def _environment(fmt: str, lang: str, override: str | None) -> jinja2.Environment:
    spec = FORMATS[fmt]
    env = jinja_environment(locale_paths(lang, override=override), autoescape=fmt == "html")
    env.filters.update(_filters(spec, lang))
    env.globals.update(
        sup=lambda n: str(n).translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")),
        sub=lambda n: str(n).translate(str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")),
        fmt=fmt, lang=lang, list_sep=";" if lang in DECIMAL_COMMA else ",",
        markup=f"{spec.folder}/markup.{spec.ext}",
        steps_folder=spec.steps,
        drawing_template=DRAWINGS.get(spec.folder),
        network_layout=network_layout,
        katex_head=lambda: Markup(assets.katex_head()),
        highlight=None,
    )
    return env


def environment(fmt: str, lang: str = "en", templates: str | Path | None = None) -> jinja2.Environment:
    """The (cached) environment for a format and locale, with an optional override folder."""
    if fmt not in FORMATS:
        raise InputError("<options>", "--format", "one of " + ", ".join(FORMATS), repr(fmt))
    if lang not in LOCALES:
        raise InputError("<options>", "--lang", "one of " + ", ".join(LOCALES), repr(lang))
    if templates is not None and not Path(templates).is_dir():
        raise InputError(str(templates), "--templates", "a directory of templates", "no such directory")
    return _environment(fmt, lang, str(Path(templates).resolve()) if templates else None)
