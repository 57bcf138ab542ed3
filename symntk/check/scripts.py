"""Unicode superscript and subscript characters (``W₁₁⁽¹⁾``, ``xᵢ``, ``K⁻¹``, ``θₖ``) as TeX scripts.

A learner who types math as plain unicode writes indices and layers with the small characters of
Unicode's superscript and subscript blocks. A run of them is one script: ``₁₁`` is ``_{11}``, ``⁽¹⁾`` is
``^{(1)}``, ``ᵢⱼ`` is ``_{ij}``, ``⁻¹`` is ``^{-1}``; a transpose ``ᵀ`` is a script of its own (``x⁽¹⁾ᵀ`` is
``x^{(1)}^{T}``, never a layer "(1)T"). The tables below are used by the normaliser's rules
(:data:`symntk.check.normalise.RULES`), which translate a matched run character by character.
"""

from __future__ import annotations

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


def _klass(chars) -> str:
    return "[" + "".join(chars) + "]"


SUPER_RUN = _klass(SUPERSCRIPTS) + "{1,40}"
SUB_RUN = _klass(SUBSCRIPTS) + "{1,40}"
TABLES = {"super": SUPERSCRIPTS, "sub": SUBSCRIPTS}


def plain(run: str, table: str) -> str:
    """A run of script characters in plain characters: ``⁽¹⁾`` → ``(1)``, ``ᵢⱼ`` → ``ij``."""
    chars = TABLES[table]
    return "".join(chars.get(ch, ch) for ch in run).strip()
