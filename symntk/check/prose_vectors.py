"""Gradient vectors typed as plain text inside a sentence that has math (``at $x_1$ the gradient is (1, 0, 2)``):
the vector, with the chain of vectors ``= (…)`` after it, wrapped in inline math so that the sentence rules read it.

A learner who writes prose puts the datapoint in math and the vector in plain text::

    At $x_1$ the gradient is (1·2, 0, 1) = (2, 0, 1).      ->  At $x_1$ the gradient is $(1·2, 0, 1) = (2, 0, 1)$.
    … at $x_2 = 3$ it is (3, 1, 1), all ones.               ->  … at $x_2 = 3$ it is $(3, 1, 1)$, all ones.

Only on a line with inline math that says *gradient* or follows one that does (``At $x_2$ it is (…)``), only
a bracketed list of at least two numbers (digits, signs, ``· × * /``, powers ``² ³``) right after ``is``, ``it's``,
``are`` or ``=`` in the prose (outside math). Every line keeps its number. Bounded regular expressions, one line at
a time.
"""

from __future__ import annotations

import re

_NUMBER = r"[\d.·×*/²³+\s−-]{1,40}"
_VECTOR = r"\((?:" + _NUMBER + r",){1,40}" + _NUMBER + r"\)"
_CHAIN = re.compile(r"(\s(?:is|it's|it\sis|are|=)\s)(" + _VECTOR + r"(?:\s?=\s?" + _VECTOR + r"){0,4})(?![\w$])")
_GRADIENT = re.compile(r"gradient|∇", re.I)


def prose_vectors(text: str) -> str:
    """``text`` with each gradient vector typed as plain text in a sentence with math (see the module doc) put in
    ``$…$``; other lines unchanged."""
    out, said = [], False
    for line in text.split("\n"):
        near, said = said or bool(_GRADIENT.search(line)), bool(_GRADIENT.search(line)) or (said and not line.strip())
        if "$" not in line or "$$" in line or not near:
            out.append(line)
            continue
        out.append(_CHAIN.sub(lambda m, line=line: _wrapped(m, line), line))
    return "\n".join(out)


def _wrapped(m: re.Match, line: str) -> str:
    """The match with its vectors in ``$…$`` when it stands in prose (an even number of ``$`` before it)."""
    if line.count("$", 0, m.start()) % 2 or not re.search(r"\d", m.group(2)):
        return m.group(0)
    return f"{m.group(1)}${m.group(2)}$"
