"""Unicode superscripts and subscripts (``W₁₁⁽¹⁾``, ``xᵢ``, ``K⁻¹``, ``θₖ``) as TeX scripts; ``¼`` as a fraction.

A learner who types math as plain unicode writes indices and layers with the small characters of
Unicode's superscript and subscript blocks. A run of them is one script: ``₁₁`` is ``_{11}``, ``⁽¹⁾`` is
``^{(1)}``, ``ᵢⱼ`` is ``_{ij}``, ``⁻¹`` is ``^{-1}``; a transpose ``ᵀ`` is a script of its own (``x⁽¹⁾ᵀ`` is
``x^{(1)}^{T}``, never a layer "(1)T"). A vulgar fraction (``½``, ``¾``) is a braced ``\\frac``. The tables
below are used by the normaliser's rules (:data:`symntk.check.normalise.RULES`), which translate a matched run
character by character.
"""

from __future__ import annotations

import re

SUPERSCRIPTS = {
    "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9",
    "⁺": "+", "⁻": "-", "⁼": "=", "⁽": "(", "⁾": ")", "ⁱ": "i", "ʲ": "j", "ᵏ": "k", "ˡ": "l", "ᵐ": "m",
    "ⁿ": "n", "ᵃ": "a", "ᵇ": "b", "ᶜ": "c", "ᵈ": "d", "ᵉ": "e", "ᶠ": "f", "ᵍ": "g", "ʰ": "h", "ᵒ": "o",
    "ᵖ": "p", "ʳ": "r", "ˢ": "s", "ᵗ": "t", "ᵘ": "u", "ᵛ": "v", "ʷ": "w", "ˣ": "x", "ʸ": "y", "ᶻ": "z",
    "ᴸ": "L", "ᴺ": "N", "ᵂ": "W", "ᴷ": "K",
}
SUBSCRIPTS = {
    "₀": "0", "₁": "1", "₂": "2", "₃": "3", "₄": "4", "₅": "5", "₆": "6", "₇": "7", "₈": "8", "₉": "9",
    "₊": "+", "₋": "-", "₌": "=", "₍": "(", "₎": ")", "ₐ": "a", "ₑ": "e", "ₒ": "o", "ₓ": "x", "ₕ": "h",
    "ᵢ": "i", "ⱼ": "j", "ₖ": "k", "ₗ": "l", "ₘ": "m", "ₙ": "n", "ₚ": "p", "ᵣ": "r", "ₛ": "s", "ₜ": "t",
    "ᵤ": "u", "ᵥ": "v", "ᵦ": "\\beta ", "ᵧ": "\\gamma ", "ᵨ": "\\rho ", "ᵩ": "\\varphi ", "ᵪ": "\\chi ",
}
TRANSPOSE = "ᵀ"
FRACTIONS = {"½": (1, 2), "⅓": (1, 3), "⅔": (2, 3), "¼": (1, 4), "¾": (3, 4), "⅕": (1, 5), "⅖": (2, 5), "⅗": (3, 5),
             "⅘": (4, 5), "⅙": (1, 6), "⅚": (5, 6), "⅐": (1, 7), "⅛": (1, 8), "⅜": (3, 8), "⅝": (5, 8), "⅞": (7, 8),
             "⅑": (1, 9), "⅒": (1, 10)}
FRACTION = "([" + "".join(FRACTIONS) + "])"


def _klass(chars) -> str:
    return "[" + "".join(chars) + "]"


SUPER_RUN = _klass(SUPERSCRIPTS) + "{1,40}"
SUB_RUN = _klass(SUBSCRIPTS) + "{1,40}"
TABLES = {"super": SUPERSCRIPTS, "sub": SUBSCRIPTS}


def fraction(char: str) -> str:
    """A vulgar fraction character as TeX: ``¼`` → ``{\\frac{1}{4}}`` (braced: ``2¼`` stays a product)."""
    p, q = FRACTIONS[char]
    return f"{{\\frac{{{p}}}{{{q}}}}}"


def plain(run: str, table: str) -> str:
    """A run of script characters in plain characters: ``⁽¹⁾`` → ``(1)``, ``ᵢⱼ`` → ``ij``."""
    chars = TABLES[table]
    return "".join(chars.get(ch, ch) for ch in run).strip()


_INDEX_RUN = re.compile(SUB_RUN)
_LAYER_RUN = re.compile(SUPER_RUN)


def index_scripts(text: str) -> str:
    """``∂f/∂Wᵢⱼ⁽¹⁾ = W₁ᵢ⁽²⁾ xᵢ`` → ``∂f/∂W_{ij}^{(1)} = W_{1i}^{(2)} x_{i}`` when a subscript holds an index letter
    (i, j, k), so that index notation reads it (:mod:`symntk.check.index_notation`); other text as it is."""
    if not any(ch in text for ch in "ᵢⱼₖ"):
        return text
    text = _INDEX_RUN.sub(lambda m: "_{" + plain(m.group(0), "sub") + "}", text)
    return _LAYER_RUN.sub(lambda m: "^{" + plain(m.group(0), "super") + "}", text)
