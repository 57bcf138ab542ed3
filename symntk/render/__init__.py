"""Render a :class:`~symntk.steps.Derivation` through Jinja2 templates.

Formats: ``text`` (terminal), ``tex`` (LaTeX), ``pdf`` (the tex compiled,
bytes), ``md`` (Markdown with ``$…$`` math) and ``html`` (one offline page
with the vendored KaTeX). Templates live in ``templates/<locale>/``; a locale
missing a file falls back to ``en``; a ``templates`` directory given by the
user is searched first, so a teacher can override any single template.
Delimiters are LaTeX-safe: ``((* … *))`` for statements, ``((( … )))`` for
expressions, ``((= … =))`` for comments, and undefined variables are errors
(``StrictUndefined``).
"""

from __future__ import annotations

import re
from pathlib import Path

import jinja2

from ..errors import InputError
from .assets import katex_css, katex_head, katex_js, katex_version
from .environment import FORMATS, LOCALES, environment
from .pdf import CompileError, compile_pdf, fit_matrix_columns

PAGES = ("document", "fragment")
_TEMPLATE_SUFFIXES = (".txt", ".tex", ".md", ".html", ".jinja")
_BLANK_RUNS = re.compile(r"\n[ \t]*(?:\n[ \t]*)+\n")

__all__ = ["render", "render_collection", "network_svg", "environment", "FORMATS", "LOCALES", "PAGES", "CompileError",
           "compile_pdf", "katex_css", "katex_js", "katex_head", "katex_version"]


def _template(env: jinja2.Environment, name: str, templates) -> jinja2.Template:
    try:
        return env.get_template(name)
    except jinja2.TemplateNotFound as exc:
        raise InputError(str(templates or "templates"), name, "a template file", "none found") from exc


def _location(exc: jinja2.TemplateError) -> str | None:
    """``file:line`` of the template where a rendering error happened (Jinja puts the
    template's file and line into the traceback)."""
    if getattr(exc, "filename", None) and getattr(exc, "lineno", None):
        return f"{exc.filename}:{exc.lineno}"
    found = None
    tb = exc.__traceback__
    while tb is not None:
        name = tb.tb_frame.f_code.co_filename
        if name.endswith(_TEMPLATE_SUFFIXES):
            found = f"{name}:{tb.tb_lineno}"
        tb = tb.tb_next
    return found


def render(derivation, fmt: str = "text", lang: str = "en", templates: str | Path | None = None,
           page: str = "document") -> str | bytes:
    """The derivation in ``fmt`` and locale ``lang``; ``page`` is ``document`` (a
    complete file) or ``fragment`` (to ``\\input`` or embed). ``pdf`` gives bytes."""
    env = environment(fmt, lang, templates)
    if page not in PAGES:
        raise InputError("<options>", "page", "document or fragment", repr(page))
    if fmt == "pdf" and page != "document":
        raise InputError("<options>", "--fragment", "a full document for --format pdf", "fragment")
    spec = FORMATS[fmt]
    template = _template(env, f"{spec.folder}/{page}.{spec.ext}", templates)
    try:
        text = template.render(steps=derivation.steps, derivation=derivation, solution=derivation.solution,
                               problem=derivation.problem)
    except jinja2.TemplateError as exc:
        where = _location(exc) or str(templates or "templates")
        raise InputError(where, "template", "a valid template", f"{type(exc).__name__}: {exc.message}") from exc
    if spec.family == "latex":
        text = fit_matrix_columns(_BLANK_RUNS.sub("\n\n", text).lstrip("\n"))
    return compile_pdf(text) if spec.binary else text


def render_collection(entries, fmt: str = "tex", lang: str = "en", title: str = "",
                      templates: str | Path | None = None) -> str | bytes:
    """Several derivations in one LaTeX document (``pdf``: compiled, bytes): ``entries`` are
    pairs (name, Derivation); each derivation starts on a new page under its name, and the
    page header shows ``title`` and the name (template ``tex/collection.tex``)."""
    if fmt not in ("tex", "pdf"):
        raise InputError("<options>", "--format", "tex or pdf for a collection of derivations", repr(fmt))
    env = environment(fmt, lang, templates)
    template = _template(env, "tex/collection.tex", templates)
    try:
        text = template.render(entries=list(entries), title=title)
    except jinja2.TemplateError as exc:
        where = _location(exc) or str(templates or "templates")
        raise InputError(where, "template", "a valid template", f"{type(exc).__name__}: {exc.message}") from exc
    text = fit_matrix_columns(_BLANK_RUNS.sub("\n\n", text).lstrip("\n"))
    return compile_pdf(text) if fmt == "pdf" else text


def network_svg(source, highlight=None, lang: str = "en", templates: str | Path | None = None) -> str:
    """The network as an inline SVG figure (HTML) with weights on the edges.

    ``source`` is a NetworkStep, a Derivation or a Solution; ``highlight`` a parameter
    symbol or its name (``W_2_1_2`` marks the edge of W_{1,2}^{[2]}, ``b_1_2_1`` the node of b_{2,1}^{[1]})."""
    from ..steps import Derivation, NetworkStep, build_derivation

    if isinstance(source, NetworkStep):
        step = source
    else:
        derivation = source if isinstance(source, Derivation) else build_derivation(source)
        step = derivation.step("network")
    env = environment("html", lang, templates)
    return _template(env, "html/drawing.html", templates).render(step=step, highlight=highlight)
