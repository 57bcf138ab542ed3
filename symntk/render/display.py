"""A derivation shown in a notebook: the thin wrapper Jupyter displays (a Derivation itself is data).

Jupyter asks an object for its ``_repr_*_`` methods: this one offers Markdown with
``$…$`` math (typeset by the notebook's own math renderer, so no output carries a
copy of KaTeX) and LaTeX (for nbconvert to PDF).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import render


@dataclass(frozen=True)
class Display:
    """``derivation`` rendered in locale ``lang`` (with an optional ``templates`` folder) when shown."""

    derivation: object
    lang: str = "en"
    templates: str | Path | None = None

    def render(self, fmt: str = "text", page: str = "document") -> str | bytes:
        """The derivation in ``fmt`` (see :func:`symntk.render.render`)."""
        return render(self.derivation, fmt, self.lang, self.templates, page)

    def _repr_markdown_(self) -> str:
        return self.render("md", page="fragment")

    def _repr_latex_(self) -> str:
        return self.render("tex", page="fragment")
