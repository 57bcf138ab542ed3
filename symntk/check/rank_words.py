"""The rank named in words before the math that states it (``Rang $J = 2$``, ``rank $K = 2$``, ``rango de $J = 2$``).

A learner who argues that K is singular often writes the rank's word in prose and only the matrix and its rank in
math: ``d.h. Rang $J = 2$ und $\\det K = 0$`` (or ``\\(J = 2\\)`` in Org or LaTeX inline math). Read alone, ``J = 2``
would claim that the Jacobian *is* 2. The word is put into the math (``$\\operatorname{rank} J = 2$``), which is
read as the learner's statement about the rank, not as a value of J or K. The words: rank (English, also Icelandic
and Swedish usage), Rang (German, Danish, Norwegian, Swedish; rang in French and Dutch), rango (Spanish, Italian),
posto (Portuguese), rząd (Polish), 秩 and ランク (Chinese, Japanese). One linear pattern, a line at a time.
"""

from __future__ import annotations

import re

_RANK = re.compile(r"(?<![^\W\d_])((?:rank|rang|rango|posto|rząd|秩|ランク)"
                   r"(?:\s{1,3}(?:of|von|de|di|af|van|do|da|du)(?:\s{1,3}(?:the|der|la|le))?)?\s{0,3})"
                   r"(\$|\\\()\s{0,2}((?:J|K|\\Theta|\\mathbf\{[JK]\})(?:\s{0,2}\^\s{0,2}\{?\\?(?:top|T)\}?)?)\s{0,2}=",
                   re.I)


def rank_in_math(text: str) -> str:
    """``text`` with the rank's word before ``$J = 2$`` (``\\(J = 2\\)``, ``$K = …$``, ``$\\Theta = …$``) put into
    the math."""
    return _RANK.sub(lambda m: f"{m.group(1)}{m.group(2)}\\operatorname{{rank}} {m.group(3)} =", text)
