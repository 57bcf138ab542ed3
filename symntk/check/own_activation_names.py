"""A letter the learner defines as the sigmoid or ReLU by its formula (``s(z) = 1/(1+e^-z)``, ``g(z) = max(0, z)``)
read as that activation everywhere in the notes (``v1 s(w1 x + c1)``, ``s'(z1)``, ``s(0) = 0.5``).

The definition is a one-letter name (not e, f, x, K), applied to one letter v, equal to 1/(1 + e^(−v)) (written
``1/(1+e^-v)``, ``1/(1 + e^(-v))``, ``1/(1+exp(-v))`` or ``\\frac{1}{1+e^{-v}}``) or to max(0, v); then every
``s(``, ``s'(``, ``s′(`` of that letter is ``σ(`` (the sigmoid) or ``relu(``. Bounded linear patterns; no line is
added or removed.
"""

from __future__ import annotations

import re

_NAME = r"(?<![A-Za-z\\'_^])([a-dg-wyzA-JL-Z])\s{0,2}\(\s{0,2}([a-z])\s{0,2}\)\s{0,2}=\s{0,2}"
_EXP = r"(?:e\s{0,2}\^\s{0,2}(?:\{\s{0,2}[-−]\s{0,2}\2\s{0,2}\}|\(\s{0,2}[-−]\s{0,2}\2\s{0,2}\)|[-−]\s{0,2}\2)|" \
       r"exp\s{0,2}\(\s{0,2}[-−]\s{0,2}\2\s{0,2}\)|\\exp\s{0,2}\(\s{0,2}[-−]\s{0,2}\2\s{0,2}\))"
_ENDS = r"(?![ \t]{0,2}[-+*/^(\w\\])"   # the definition is all of the right side
_SIGMOID = re.compile(_NAME + r"(?:1\s{0,2}/\s{0,2}\(\s{0,2}1\s{0,2}\+\s{0,2}" + _EXP + r"\s{0,2}\)|"
                      r"\\[dt]?frac\s{0,2}\{\s{0,2}1\s{0,2}\}\s{0,2}\{\s{0,2}1\s{0,2}\+\s{0,2}" + _EXP + r"\s{0,2}\})"
                      + _ENDS)
_RELU = re.compile(_NAME + r"\\?max\s{0,2}\(\s{0,2}(?:0\s{0,2},\s{0,2}\2|\2\s{0,2},\s{0,2}0)\s{0,2}\)" + _ENDS)


def own_activations(text: str) -> str:
    """``text`` with the letter of a sigmoid or ReLU definition (see the module doc) written as ``σ`` / ``relu``
    wherever it is applied (followed by primes and an opening parenthesis)."""
    if "=" not in text:
        return text
    for pattern, name in ((_SIGMOID, "σ"), (_RELU, "relu")):
        m = pattern.search(text)
        if m is None:
            continue
        letter = m.group(1)
        text = re.sub(r"(?<![A-Za-z\\_^])" + letter + r"(?=\s{0,2}(?:'|′|\^\s{0,2}\{?\\prime\}?){0,2}\s{0,2}\()",
                      name, text)
    return text
