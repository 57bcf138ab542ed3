"""The learner's own letter for the eigenvalue (``\\det(K - tI)``, ``l^2 - 27l + 8 = 0``), read as λ.

A letter is the eigenvalue's when the notes subtract it times the identity from the kernel (``det(K − tI)``,
``|K - \\mu I|``, ``det(K − t·E)``), set a polynomial in it to zero (``l^2 - 27 l + 8 = 0``,
``l(l^2 - 46l + 66) = 0``) or set it to the quadratic formula's roots (``l = 11 +- sqrt(116)``). Only letters
learners use for a variable are candidates (t, l, ℓ, μ, ν, κ), and only when the notes never write λ and name one
such letter. Every pattern is linear.
"""

from __future__ import annotations

import re

_LETTER = r"(?:t|l|\\ell|ℓ|\\mu|μ|\\nu|ν|\\kappa|κ)"
_ALONE_BEFORE = r"(?<![A-Za-z\\^_{'’])"
_ALONE_AFTER = r"(?![A-Za-z('’])"
_KERNEL = r"(?:\\mathbf\{K\}|K|\\Theta|Θ|\\mathcal\{K\})"
_IDENTITY = r"(?:\\mathbf\{[IE1]\}|\\mathbb\{[IE1]\}|[IE]|𝟙|\\mathrm\{[IE]\})(?![A-Za-z])"
_SHIFTED = re.compile(r"(?:\\det|det|\\operatorname\{det\}|\|)\s*\\?(?:left)?\s*[(\[|]?\s*" + _KERNEL
                      + r"\s*(?:-|−|\\minus)\s*(" + _LETTER + r")\s*(?:\\cdot|·|\*)?\s*" + _IDENTITY)
_POLYNOMIAL = re.compile(_ALONE_BEFORE + r"(" + _LETTER + r")\s*\^\s*\{?[23]\}?\s*(?:-|−|\+)\s*\d{1,6}(?:[.,]\d{1,6})?"
                         r"\s*(?:\\cdot|·|\*)?\s*\1" + _ALONE_AFTER + r"[^=\n]{0,40}=\s*0(?![\d.,])")
# l = 11 +- sqrt(116), t_{1,2} = (27 ± √697)/2: the letter set to the quadratic formula's roots
_ROOTS = re.compile(_ALONE_BEFORE + r"(" + _LETTER + r")(?:_\{?[12,]{1,3}\}?|[12](?![0-9]))?\s*=\s*\(?\s*"
                    r"\d{1,6}(?:[.,]\d{1,6})?\s*(?:\\pm|±|\+-|\+/-)\s*(?:\\sqrt|√|sqrt)")
_LAMBDA = re.compile(r"\\lambda|λ|\blambda|\blam\b")


def eigen_letter(text: str) -> str | None:
    """The learner's own letter for the eigenvalue, as written (``t``, ``\\mu``), or None."""
    if _LAMBDA.search(text):
        return None
    found = {m.group(1) for m in _SHIFTED.finditer(text)} | {m.group(1) for m in _POLYNOMIAL.finditer(text)} | \
        {m.group(1) for m in _ROOTS.finditer(text)}
    if len(found) != 1:
        return None
    return found.pop()


def as_lambda(text: str, letter: str) -> str:
    """``text`` with the letter standing alone (``t``, ``t_1``, ``t1``, ``27t``, ``\\mu_{1,2}``, the t of ``K − tI``)
    written λ; a letter inside a word (``det``, ``don't``, ``\\tanh``) stays."""
    def shifted(m: re.Match) -> str:
        return m.group(0)[:m.start(1) - m.start(0)] + "\\lambda " + m.group(0)[m.end(1) - m.start(0):]

    text = _SHIFTED.sub(shifted, text)
    alone = re.compile(_ALONE_BEFORE + re.escape(letter) + r"([0-9]{1,2}(?![0-9.,]))?" + _ALONE_AFTER)
    return alone.sub(lambda m: f"\\lambda_{{{m.group(1)}}}" if m.group(1) else "\\lambda ", text)
