"""The notation normaliser: the spellings learners use, rewritten to the one the grammar reads (rules as data).

Each :class:`Rule` is a row a teacher can read: what it is about, an example as a
learner writes it, and the same example after the rule. :func:`normalise` applies
:data:`RULES` in order; :func:`notation_table` prints them as the README's table of
accepted notation (a test keeps the two in step). Every pattern is a plain regular
expression without nested repetition, applied to one claim (a few thousand
characters at most), so normalising is linear.
"""

from __future__ import annotations

import re

from .angle_vectors import angle_vector
from .approx_rules import APPROX_RULES
from .derivative_rules import DERIVATIVE_RULES
from .layout_rules import LAYOUT_RULES
from .maxima_math import NOTATION as MAXIMA_NOTATION
from .output_kernel_rules import OUTPUT_KERNEL_RULES
from .pandoc_notes import NOTATION as PANDOC_NOTATION
from .physics_pkg import NOTATION as PHYSICS_NOTATION
from .reprs import plain_decimal
from .rows import spaced_rows, spacing_row, symbol_row
from .scripts import fraction, plain
from .siunitx import NOTATION as SIUNITX_NOTATION
from .spectrum_rules import SPECTRUM_RULES
from .spelling_rules import SPELLING_RULES, Rule
from .starmath import NOTATION as STARMATH_NOTATION
from .symmetric_cells import mirrored, mirrored_rows
from .typst import NOTATION as TYPST_NOTATION
from .unicode_math import NOTATION
from .wolfram_math import NOTATION as WOLFRAM_NOTATION

_GREEK = {"θ": r"\theta ", "λ": r"\lambda ", "σ": r"\sigma ", "δ": r"\delta ", "φ": r"\varphi ", "α": r"\alpha ",
          "χ": r"\chi ", "β": r"\beta ", "η": r"\eta ", "μ": r"\mu ", "Θ": r"\Theta ", "Δ": r"\Delta ",
          "Σ": r"\sum ", "∑": r"\sum ", "∇": r"\nabla ",
          "∂": r"\partial ", "·": r"\cdot ", "⋅": r"\cdot ", "×": r"\times ", "−": "-", "–": "-", "≈": r"\approx ",
          "±": r"\pm ", "∓": r"\mp ", "√": r"\sqrt ", "⟨": r"\langle ", "⟩": r"\rangle ", "ℝ": r"\mathbb{R}",
          "→": r"\to ", "⇒": r"\Rightarrow ",
          "⊤": "^T", "′": "'", "≠": r"\neq ",
          "∈": r"\in ",
          "⟹": r"\implies ", "⟺": r"\iff ", "⇔": r"\iff ", "≤": r"\le ", "≥": r"\ge ", "…": r"\dots ",
           "⋯": r"\dots ", "\u00a0": " ", "\u2009": " ", "\u202f": " "}


RULES: tuple[Rule, ...] = (SPELLING_RULES + DERIVATIVE_RULES + APPROX_RULES + SPECTRUM_RULES + OUTPUT_KERNEL_RULES +
                           LAYOUT_RULES)

_COMPILED = tuple((re.compile(r.pattern, re.M), r.replace, r.table) for r in RULES)


_TRANSLATE = {"super": lambda g: plain(g, "super"), "sub": lambda g: plain(g, "sub"), "fraction": fraction,
              "row": spaced_rows, "spacing": spacing_row, "symbols": symbol_row, "mirror": mirrored,
              "rows_mirror": mirrored_rows,
              "enotation": plain_decimal, "angle": angle_vector}


_UNICODE = ("super", "sub", "fraction")   # rules applied before the symbols of _GREEK


def _translated(replace: str, table: str):
    """The replacement of a rule with a table: its group translated first (unicode scripts in plain characters,
    the spaces of a row as commas)."""
    return lambda m: replace.replace("\\1", _TRANSLATE[table](m.group(1))) if m.re.groups else replace


_BEFORE_BOLD = re.compile(r"(\\[A-Za-z]+)(?=\\(?:mathbf|boldsymbol|bm|vec|mathbfit|pmb|mathsf|bf)(?![A-Za-z]))")


def normalise(text: str) -> str:
    """A claim's text in the grammar's spelling: unicode scripts and symbols first, then every other rule of
    :data:`RULES`."""
    for pattern, replace, table in _COMPILED:
        if table in _UNICODE:
            text = pattern.sub(_translated(replace, table), text)
    out = "".join(_GREEK.get(ch, ch) for ch in text)
    out = re.sub(r"(\\[A-Za-z]+) (?=[_^'])", r"\1", out)
    out = _BEFORE_BOLD.sub(r"\1 ", out)   # \lambda\mathbf{I}: the command keeps its end once the bold goes
    for pattern, replace, table in _COMPILED:
        if table not in _UNICODE:
            out = pattern.sub(_translated(replace, table) if table else replace, out)
    return " ".join(out.split())


def notation_table() -> str:
    """The README's table of accepted notation (one row per rule), as Markdown."""
    rows = ["| notation | learners write | read as |", "| --- | --- | --- |"]
    for rule in RULES:
        shown = " ".join(f"`{e}`" for e in rule.example.split(" ; "))
        rows.append(f"| {rule.about} | {shown} | `{rule.becomes.split(' ; ')[0]}` |")
    for about, example, becomes in NOTATION + TYPST_NOTATION + PHYSICS_NOTATION + SIUNITX_NOTATION + \
            WOLFRAM_NOTATION + STARMATH_NOTATION + MAXIMA_NOTATION + PANDOC_NOTATION:
        shown = " ".join(f"`{e}`" for e in example.split(" ; "))
        rows.append(f"| {about} | {shown} | `{becomes.split(' ; ')[0]}` |")
    rows.append("| unicode | `θ λ σ ∂ ∇ · × − ≈ ± √ ∈ ℝ` | `\\theta \\lambda \\sigma \\partial \\nabla "
                "\\cdot \\times - \\approx \\pm \\sqrt \\in \\mathbb{R}` |")
    return "\n".join(rows) + "\n"
