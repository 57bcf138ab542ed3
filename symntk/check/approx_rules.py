"""The normaliser's rules (data) for "approximately": a tilde, ``\\sim``, ``≃``, ``≅``, ``≐`` between a name and
a number, and a rounding note (``(3 s.f.)``, ``(2 d.p.)``) written in the math.

A learner who types ``\\lambda_2 ~ 0.2996`` or ``\\lambda_2 \\sim 0.2996`` in Markdown means λ₂ ≈ 0.2996 (in TeX the
tilde is only a space, and the claim would lose its relation); ``\\cong`` and ``\\doteq`` (the Czech and Slovak
sign for "approximately") between a name and a number say the same. A tilde between a relation and a number
(``=~ 26.7``, ``= ~26.7``) is the relation's own ornament and stays (the grammar drops it as a space).
"""

from __future__ import annotations

from .spelling_rules import Rule

_BEFORE = r"(?:(?<=[A-Za-z}\])'])|(?<=[A-Za-z_]\d)|(?<=[A-Za-z] \d))"   # a name's end: λ_2, K_{11}, λ2, f(x_1)
_NUMBER_AFTER = r"(?=\s{0,3}-?\s{0,2}\d)"
_NOTE = (r"(?:s\.?\s?f\.?|d\.?\s?p\.?|sig(?:nificant)?\.?\s{1,3}fig(?:ure)?s?\.?|dec(?:imal)?\.?\s{1,3}"
         r"places?|decimals?|digits?)")

APPROX_RULES: tuple[Rule, ...] = (
    Rule("a tilde or \\sim between a name and a number (approximately)",
         r"\lambda_2 ~ 0.2996 ; \lambda_2 \sim 0.2996 ; K_{12}~2.68",
         r"\lambda_2 \approx 0.2996 ; \lambda_2 \approx 0.2996 ; K_{12} \approx 2.68",
         _BEFORE + r"\s{0,3}(?:~|\\sim(?![A-Za-z]))(?!\s{0,3}[=~])" + _NUMBER_AFTER, r" \\approx "),
    Rule("≃, ≅, ≐, \\cong and \\doteq between a name and a number (approximately)",
         r"\lambda_1 ≃ 26.70 ; \lambda_1 \cong 26.70 ; \lambda_1 \doteq 26.70 ; \lambda_1 ≐ 26.70",
         r"\lambda_1 \approx 26.70",
         _BEFORE + r"\s{0,3}(?:≃|≅|≐|\\cong(?![A-Za-z])|\\doteq(?![A-Za-z]))" + _NUMBER_AFTER, r" \\approx "),
    Rule("a rounding note after a number (3 s.f., 2 d.p.)",
         r"26.7\ (3 \text{ s.f.}) ; 26.70 \text{ (2 d.p.)} ; 26.70 (2 dp)",
         r"26.7 ; 26.70 ; 26.70",
         r"(?<=\d)\s{0,3}(?:\\\s)?\s{0,3}(?:\\text\s{0,3}\{\s{0,3}\(\s{0,3}\d{1,2}\s{0,3}" + _NOTE +
         r"\s{0,3}\)\s{0,3}\}|\(\s{0,3}\d{1,2}\s{0,3}(?:\\text\s{0,3}\{\s{0,3}" + _NOTE +
         r"\s{0,3}\}|\\mathrm\s{0,3}\{\s{0,3}" + _NOTE + r"\s{0,3}\}|" + _NOTE + r")\s{0,3}\))", ""),
)
