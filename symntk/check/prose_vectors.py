"""Gradient vectors typed as plain text inside a sentence that has math (``at $x_1$ the gradient is (1, 0, 2)``):
the vector, with the chain of vectors ``= (…)`` after it, wrapped in inline math so that the sentence rules read it.

A learner who writes prose puts the datapoint in math and the vector in plain text::

    At $x_1$ the gradient is (1·2, 0, 1) = (2, 0, 1).      ->  At $x_1$ the gradient is $(1·2, 0, 1) = (2, 0, 1)$.
    … at $x_2 = 3$ it is (3, 1, 1), all ones.               ->  … at $x_2 = 3$ it is $(3, 1, 1)$, all ones.

Only on a line with inline math that says *gradient* or follows one that does (``At $x_2$ it is (…)``), only
a bracketed list of at least two numbers (digits, signs, ``· × * /``, powers ``² ³``) right after ``is``, ``it's``,
``are`` or ``=`` in the prose (outside math). A plain vector right after a datapoint label in math and a colon
(``$x_1$: [1, 1, 2, 0, 1, 0], $x_2$: […]``) is wrapped too, on a line at most four lines below a gradient named in
words or math (``\\nabla f_1 = […]``); the label then names its datapoint. Every line keeps its number.
Bounded regular expressions, one line at a time.
"""

from __future__ import annotations

import re

_NUMBER = r"[\d.·×*/²³+\s−-]{1,40}"
_VECTOR = r"\((?:" + _NUMBER + r",){1,40}" + _NUMBER + r"\)"
_CHAIN = re.compile(r"(\s(?:is|it's|it\sis|are|=)\s)(" + _VECTOR + r"(?:\s?=\s?" + _VECTOR + r"){0,4})(?![\w$])")
_GRADIENT = re.compile(r"gradient|∇", re.I)
# "$x_1$: [1, 1, 2, 0, 1, 0], $x_2$: [2, 1, 3, 0, 1, 0]" under a gradient written in math: a datapoint label, then
# the vector at it in plain text
_POINT_LABEL = re.compile(r"(\$\s?x_\{?\d{1,2}\}?\s?(?:=\s?[-−]?\d{1,3}\s?)?\$\s?:\s?)"
                          r"([(\[](?:" + _NUMBER + r",){1,40}" + _NUMBER + r"[)\]])(?![\w$])")
_GRADIENT_NEAR = re.compile(r"gradient|∇|\\nabla|(?<![\w\\])grad(?![\w])|stigul|ableitung|afleið|derivat", re.I)
_NEAR_LINES = 4


def prose_vectors(text: str) -> str:
    """``text`` with each gradient vector typed as plain text in a sentence with math (see the module doc) put in
    ``$…$``; other lines unchanged."""
    out, said = [], False
    lines = text.split("\n")
    for n, line in enumerate(lines):
        if "$" in line and _POINT_LABEL.search(line) and any(_GRADIENT_NEAR.search(above) for above in
                                                             lines[max(0, n - _NEAR_LINES):n + 1]):
            line = _POINT_LABEL.sub(lambda m, line=line: _wrapped(m, line), line)
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
