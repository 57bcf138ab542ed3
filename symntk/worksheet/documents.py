"""Student sheets and answer keys as LaTeX, HTML and Markdown pages.

Student sheets are the worksheet's own templates (``worksheet/sheet.tex``, ``sheet.html``);
answer keys are the render engine's step-by-step derivation of each variant, in the
run's language, with long exact values shown as decimals (the derivation's ``auto`` values) so that a
tanh or sigmoid key stays on the page. The combined key holds every variant's key in one
document (the render engine's ``tex/collection.tex``).
"""

from __future__ import annotations

from ..render import render, render_collection
from ..steps import build_derivation
from .exercise import statement
from .generator import Variant
from .options import WorksheetOptions
from .templates import phrase, render_page

#: Room left for each part's answer on the student sheet.
SPACE = {"expansion": "3cm", "theta": "3cm", "gradients": "6cm", "gradient_values": "3cm",
         "kernel_entries": "6cm", "kernel": "2.5cm", "characteristic": "3cm", "eigenvalues": "3cm"}


def student_sheet(variants: list[Variant], options: WorksheetOptions, fmt: str = "tex") -> str:
    """The student sheet of the given variants (one per page), ``tex`` or ``html``."""
    exercises = [statement(v, options) for v in variants]
    extra = {}
    if fmt == "html":
        from ..render.assets import katex_css, katex_js

        extra = {"katex_css": katex_css(), "katex_js": katex_js(), "page_lang": options.lang}
    return render_page(f"sheet.{fmt}", options.lang, fmt, exercises=exercises, title=options.title, space=SPACE,
                       paper=options.paper, **extra)


def answer_key(variant: Variant, options: WorksheetOptions, fmt: str) -> str:
    """One variant's full derivation from the render engine (``tex``, ``html`` or ``md`` document),
    long exact values as decimals."""
    return render(build_derivation(variant.solution), fmt=fmt, lang=options.lang, page="document")


def combined_key(variants: list[Variant], options: WorksheetOptions, fmt: str = "tex") -> str | bytes:
    """Every variant's answer key in one document (``tex``, or ``pdf`` as bytes): each key starts
    on a new page under the variant's name, which the page header repeats beside the key's title."""
    entries = [(phrase(options.lang, "variant", v.label), build_derivation(v.solution)) for v in variants]
    title = phrase(options.lang, "key_title") + (f": {options.title}" if options.title else "")
    tex = render_collection(entries, "tex" if fmt == "pdf" else fmt, options.lang, title)
    if fmt == "pdf":  # compiled as the run compiles its PDFs: the same LaTeX gives the same bytes
        from .pdf import compile_all

        return compile_all([tex])[0]
    return tex
