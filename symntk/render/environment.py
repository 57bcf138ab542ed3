"""The Jinja2 environment of one output format and locale, with its filters.

Every number shown comes from the engine through these filters: ``m`` prints
a SymPy expression in the format's math notation, ``approx`` to 5 decimals,
``matrix`` a matrix, ``sym`` a parameter symbol.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import jinja2
import sympy

from .. import notation
from ..errors import InputError

LOCALES = ("en", "is")


@dataclass(frozen=True)
class FormatSpec:
    """A format's template folder, file extension and math printer."""

    folder: str
    ext: str
    math: Callable[[sympy.Expr], str]


FORMATS: dict[str, FormatSpec] = {
    "text": FormatSpec("text", "txt", notation.unicode),
}


def templates_root() -> Path:
    """The ``templates/`` folder: inside the installed package, or the checkout's."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "templates", here.parent / "templates"):
        if (candidate / "en").is_dir():
            return candidate
    raise FileNotFoundError("symntk's templates/ folder is missing from this installation")


def approx(value, digits: int = 5) -> str:
    """A number to ``digits`` decimals (rounded), e.g. 0.29962."""
    v = sympy.N(value, digits + 15)
    if v.is_real is False or not v.is_Number:
        v = sympy.re(v)
    return f"{float(v):.{digits}f}" if abs(v) < 1e15 else f"{float(v):.{digits}e}"


def text_matrix(matrix, indent: int = 0, math=notation.unicode) -> str:
    """A matrix as aligned rows between ⎡ ⎤ brackets (one line per row)."""
    rows = [[math(v) for v in matrix.row(r)] for r in range(matrix.rows)]
    if not rows:
        return "[]"
    widths = [max(len(rows[r][c]) for r in range(len(rows))) for c in range(len(rows[0]))]
    lines = ["  ".join(cell.rjust(w) for cell, w in zip(row, widths)) for row in rows]
    if len(lines) == 1:
        return f"[{lines[0]}]"
    out = []
    for r, line in enumerate(lines):
        left, right = ("⎡", "⎤") if r == 0 else ("⎣", "⎦") if r == len(lines) - 1 else ("⎢", "⎥")
        out.append(f"{left}{line}{right}")
    pad = "\n" + " " * indent
    return pad.join(out)


@lru_cache(maxsize=32)
def _environment(fmt: str, lang: str, override: str | None) -> jinja2.Environment:
    root = templates_root()
    paths = [override] if override else []
    paths += [str(root / lang), str(root / "en")] if lang != "en" else [str(root / "en")]
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(paths),
        block_start_string="((*", block_end_string="*))",
        variable_start_string="(((", variable_end_string=")))",
        comment_start_string="((=", comment_end_string="=))",
        undefined=jinja2.StrictUndefined, autoescape=False,
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
    )
    spec = FORMATS[fmt]
    env.filters.update(
        m=lambda e: spec.math(sympy.sympify(e)),
        sym=lambda s: spec.math(s),
        approx=approx,
        matrix=lambda M, indent=0: text_matrix(M, indent, spec.math),
    )
    env.globals.update(sup=lambda n: str(n).translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")),
                       sub=lambda n: str(n).translate(str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")))
    return env


def environment(fmt: str, lang: str = "en", templates: str | Path | None = None) -> jinja2.Environment:
    """The (cached) environment for a format and locale, with an optional override folder."""
    if lang not in LOCALES:
        raise InputError("<options>", "--lang", "one of " + ", ".join(LOCALES), repr(lang))
    if templates is not None and not Path(templates).is_dir():
        raise InputError(str(templates), "--templates", "a directory of templates", "no such directory")
    return _environment(fmt, lang, str(templates) if templates else None)
