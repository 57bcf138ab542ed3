"""The activation's derivative in math named before its formula in words: ``we need $\\tanh'(z)$, which is
$1 - \\tanh^2 z$``, ``$\\sigma'(z)$ is $\\sigma(z)(1 - \\sigma(z))$``: the formula is read as ``\\tanh'(z) = …``,
the learner's rule for φ′, judged like one written with ``=``.

Only a math that is the derivative of an activation by itself (``\\tanh'``, ``\\tanh'(z)``, ``\\sigma^\\prime(u)``,
``tanh′(z)``) before ``which is``/``is``/``equals`` and the next math: a name of anything else is left to the
sentence rules that know it. Patterns are linear, on one line's skeleton (its inline maths as ``@k@``).
"""

from __future__ import annotations

import re

from .ordinal_results import M

_LINK = re.compile(r"@(\d{1,4})@,?\s(?:which\s(?:is|equals)|is|equals|that\sis)\s(?:(?:just|simply)\s)?" + M)
_SLOPE = re.compile(r"^\s?\\?(?:tanh|sigma|σ|operatorname\{(?:tanh|sigmoid|relu|ReLU)\}|mathrm\{(?:tanh|sigmoid)\})"
                    r"\s?(?:'|′|\^\s?\{?\s?\\prime\s?\}?)\s?(?:\(\s?[a-z]\s?\))?\s?$")


def activation_link_words(sk: str, texts: list[str], put) -> None:
    """``$\\tanh'(z)$, which is $…$`` in the skeleton ``sk``: the second math put as ``\\tanh'(z) = …`` (see the
    module doc); ``texts`` are the line's inline maths, ``put(k, prefix)`` writes a name before math k."""
    for m in _LINK.finditer(sk):
        slope = texts[int(m.group(1))]
        if _SLOPE.match(slope) and "=" not in texts[int(m.group(2))]:
            put(int(m.group(2)), slope.strip() + (" = " if "(" in slope else "(z) = "))
