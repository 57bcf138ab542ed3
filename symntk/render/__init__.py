"""Render a :class:`~symntk.steps.Derivation` through Jinja2 templates.

Templates live in ``templates/<locale>/<format>/``: one per step kind plus a
page template (``document``). A locale missing a file falls back to ``en``;
a ``templates`` directory given by the user is searched first, so a teacher
can override any single template. Delimiters are LaTeX-safe:
``((* … *))`` for statements, ``((( … )))`` for expressions, ``((= … =))``
for comments, and undefined variables are errors (``StrictUndefined``).
"""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from .environment import FORMATS, environment


def render(derivation, fmt: str = "text", lang: str = "en", templates: str | Path | None = None,
           page: str = "document") -> str:
    """The derivation as text in ``fmt`` and locale ``lang`` (page ``document`` or ``fragment``)."""
    if fmt not in FORMATS:
        raise InputError("<options>", "--format", "one of " + ", ".join(FORMATS), repr(fmt))
    env = environment(fmt, lang, templates)
    spec = FORMATS[fmt]
    template = env.get_template(f"{spec.folder}/{page}.{spec.ext}")
    return template.render(steps=derivation.steps, solution=derivation.solution,
                           problem=derivation.problem, fmt=fmt, lang=lang)
