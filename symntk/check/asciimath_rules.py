"""AsciiMath (asciimath.org) as learners type it in Markdown editors, forums and MathJax pages: the normaliser's rows.

Each row is (about, learners write, read as, pattern, replacement) as in :class:`symntk.check.spelling_rules.Rule`.
AsciiMath writes a fraction's parts in parentheses (``(del f)/(del w_(11))``), ∂ as ``del`` or ``partial``,
≈ as ``~~``, ≠ as ``!=`` and ℝ as ``RR``. Two tildes are ≈ only between a value and a number
(``x_1 = 1,~~x_2 = 2`` is LaTeX's spacing) and ``3!=6`` is a factorial. The rows run right after the scripts in
parentheses (``w_(11)`` is ``w_{11}``), so a part may still hold one bracket pair of its own
(``(del f(x_1))/(del w^((1)))``). Every pattern is bounded and without nested repetition.
"""

from __future__ import annotations

_D = r"(?:del|partial|\\partial)(?![A-Za-z])"
_D_TOP = r"(?:" + _D + r"|d(?=\s{0,2}[A-Za-z](?![A-Za-z])))"   # (df)/…: d glued to a one-letter name
_D_BOTTOM = r"(?:" + _D + r"|d(?=\s{0,2}\\?[A-Za-z]))"   # …/(dtheta_3)
_PART = r"((?:[^()\n]|\([^()\n]{0,30}\)){1,60}?)"

ASCIIMATH_RULES: tuple[tuple[str, str, str, str, str], ...] = (
    ("a derivative as an AsciiMath fraction (del, partial or d, each part in parentheses)",
     r"(del f)/(del w_1) ; (partial f(x_2))/(partial b^{(1)}) ; (df)/(dw_2)",
     r"\frac{\partial f}{\partial w_1} ; \frac{\partial f(x_2)}{\partial b^{(1)}} ; \frac{\partial f}{\partial w_2}",
     r"(?<![A-Za-z0-9\\_^])\(\s*" + _D_TOP + r"\s*" + _PART + r"\s*\)\s*/\s*\(\s*" + _D_BOTTOM
     + r"\s*" + _PART + r"\s*\)",
     r"\\frac{\\partial \1}{\\partial \2}"),
    ("approximately typed as two tildes (AsciiMath)", r"\lambda_1 ~~ 2.5 ; K_{12} ~~ 1.95",
     r"\lambda_1 \approx 2.5 ; K_{12} \approx 1.95",
     r"(?<=[\w)\]}])\s?~~(?!~)(?=\s?[-+(\[]{0,3}\.?[0-9]|\s?sqrt)", r" \\approx "),
    ("membership as the word in before a number set (AsciiMath)",
     r"theta in RR^7 ; x in RR", r"\theta \in \mathbb{R}^7 ; x \in \mathbb{R}",
     r"(?<![A-Za-z\\])in\s{1,3}(?=([RNZQC])\1(?![A-Za-z]))", r"\\in "),
    ("number sets as doubled letters (AsciiMath)", r"\theta \in RR^2 ; x \in RR",
     r"\theta \in \mathbb{R}^2 ; x \in \mathbb{R}",
     r"(?<![A-Za-z\\])([RNZQC])\1(?![A-Za-z])", r"\\mathbb{\1}"),
    ("not equal typed as != (AsciiMath, code)", r"K_{12} != 0", r"K_{12} \neq 0", r"(?<![0-9!])!=(?!=)", r" \\neq "),
)
