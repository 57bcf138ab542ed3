"""Columns stacked without a matrix environment: the binomial-coefficient layout ``\\binom{1}{1}``, ``\\dbinom``,
``\\tbinom``, ``{1 \\choose 1}``, ``\\genfrac{(}{)}{0pt}{}{1}{1}`` (and Typst's ``binom(1, 1)``, which
:mod:`symntk.check.typst_names` turns into ``\\binom``); ``\\left( \\substack{1 \\\\ 1} \\right)``; and mathtools'
small matrices ``psmallmatrix`` / ``bsmallmatrix`` (as ``pmatrix`` / ``bmatrix``).

Learners short of a matrix environment stack a 2-vector as a binomial coefficient: ``W^{[1]} = \\binom{1}{1}``,
``b^{[1]} = \\binom{0}{1}``. In the checker's exercises (networks, gradients, kernels) there is no binomial
coefficient, so each is read as ``\\begin{pmatrix} a \\\\ b \\end{pmatrix}``, the column it typesets as.
A whole-file rewrite like :mod:`symntk.check.physics_pkg`: an argument holds at most one level of braces and at
most :data:`MAX_ARGUMENT` characters (a use beyond these is left as written), so reading is linear.
"""

from __future__ import annotations

import re

MAX_ARGUMENT = 200
_ARG = rf"((?:[^{{}}]|\{{[^{{}}]{{0,60}}\}}){{0,{MAX_ARGUMENT}}})"
_BINOM = re.compile(r"\\[dt]?binom\s*\{" + _ARG + r"\}\s*\{" + _ARG + r"\}")
_GENFRAC = re.compile(r"\\genfrac\s*\{\(\}\s*\{\)\}\s*\{[^{}]{0,10}\}\s*\{[^{}]{0,10}\}\s*\{" + _ARG + r"\}\s*\{" + _ARG
                      + r"\}")
_SUBSTACK = re.compile(rf"\\left\s*\(\s*\\substack\s*\{{([^{{}}]{{1,{MAX_ARGUMENT}}})\}}\s*\\right\s*\)")
_SMALL = re.compile(r"\\(begin|end)\s*\{([pb])smallmatrix\}")
_CHOOSE = re.compile(rf"\{{([^{{}}\\]{{1,{MAX_ARGUMENT}}})\\choose(?![A-Za-z])([^{{}}]{{1,{MAX_ARGUMENT}}})\}}")


def _column(m: re.Match) -> str:
    return rf"\begin{{pmatrix}} {m.group(1).strip()} \\ {m.group(2).strip()} \end{{pmatrix}}"


def binom_columns(text: str) -> str:
    """The text with every ``\\binom{a}{b}``, ``{a \\choose b}``, ``\\genfrac{(}{)}…{a}{b}`` as a two-row ``pmatrix``, a
    ``\\substack`` in brackets as a ``pmatrix`` of its rows, and small matrices as full-size ones."""
    if not any(word in text for word in ("binom", "choose", "genfrac", "substack", "smallmatrix")):
        return text
    text = _SMALL.sub(lambda m: f"\\{m.group(1)}{{{m.group(2)}matrix}}", text)
    text = _SUBSTACK.sub(lambda m: rf"\begin{{pmatrix}} {m.group(1).strip()} \end{{pmatrix}}", text)
    return _CHOOSE.sub(_column, _BINOM.sub(_column, _GENFRAC.sub(_column, text)))
