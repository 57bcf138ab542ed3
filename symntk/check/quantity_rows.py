"""A table row that names a kernel quantity in its first cell and gives its working and value in the others.

``| $K_{12}$ | $2 + 1 + 2 + 6 + 1$ | 12 |`` under ``| entry | sum | value |`` says K₁₂ = 2 + 1 + 2 + 6 + 1 = 12: the
cells are the links of one chain, left to right. Only a first cell that names something the kernel work computes
is read this way — an entry of K or Θ (``K_{12}``, ``K(x_1, x_2)``, ``Θ_{22}``), an eigenvalue (``λ_1``,
``\\lambda_{\\max}``), ``det K``, ``tr K`` or a gradient at a datapoint (``∇f(x_1)``) — so a table of given data
(``| W_11 | 1 |``) stays data. Every claim is soft: a cell that cannot be read is context.
"""

from __future__ import annotations

import re

_TARGET = re.compile(
    r"^(?:K|\\Theta|Θ)\s*(?:_\s*\{?\s*\d\s*,?\s*\d\s*\}?|[₁-₉]{2}|\(\s*x)|"   # K_{12}, K_1,2, K₁₂, K(x_1, x_2)
    r"^(?:\\lambda|λ)(?![A-Za-z])|"                                          # λ, λ_1, \lambda_{\max}
    r"^(?:\\det|det|\\operatorname\s*\{\s*(?:tr|det)\s*\}|\\mathrm\s*\{\s*(?:tr|det)\s*\}|tr|trace|\\text\s*\{\s*"
    r"tr\s*\})(?![A-Za-z])|"                                                  # det K, tr K
    r"^(?:\\nabla|∇)")                                                       # ∇f(x_1)
_WORDS = re.compile(r"^[^\W\d_]{2,}(?:\s+[^\W\d_]{2,})*$")                     # a cell of plain words: a note


def quantity_row(cells: list[str]) -> str | None:
    """The chain ``first = second = …`` a row states when its first cell names a kernel quantity (see the module
    doc), no other cell names one too and the last holds a number; None otherwise. A cell written ``≈ 0.42`` joins
    with ≈."""
    if len(cells) < 2 or not _TARGET.match(cells[0].strip()):
        return None
    links = [c.strip() for c in cells[1:] if c.strip()]
    if not links or any(_WORDS.match(c) or _TARGET.match(c) for c in links) or not re.search(r"\d", links[-1]):
        return None   # a note in words, or a grid of names (| K_{11} | K_{12} |): no values
    chain = cells[0].strip()
    for link in links:
        if link.startswith(("≈", "\\approx")):
            chain += " \\approx " + link.removeprefix("≈").removeprefix("\\approx").strip()
        else:
            chain += " = " + link.removeprefix("=").strip()
    return chain
