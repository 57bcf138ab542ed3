"""Two-entry columns written with the binomial-coefficient layout: ``\\binom{1}{1}``, ``\\dbinom``, ``\\tbinom``,
``{1 \\choose 1}`` (and Typst's ``binom(1, 1)``, which :mod:`symntk.check.typst_names` turns into ``\\binom``).

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
_CHOOSE = re.compile(rf"\{{([^{{}}\\]{{1,{MAX_ARGUMENT}}})\\choose(?![A-Za-z])([^{{}}]{{1,{MAX_ARGUMENT}}})\}}")


def _column(m: re.Match) -> str:
    return rf"\begin{{pmatrix}} {m.group(1).strip()} \\ {m.group(2).strip()} \end{{pmatrix}}"


def binom_columns(text: str) -> str:
    """The text with every ``\\binom{a}{b}`` and ``{a \\choose b}`` as a two-row ``pmatrix``."""
    if "binom" not in text and "choose" not in text:
        return text
    return _CHOOSE.sub(_column, _BINOM.sub(_column, text))
