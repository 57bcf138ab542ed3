"""The inner product of two gradients said in words right after them: ``$\\nabla f(1) = (…)$, $\\nabla f(-1) =
(…)$, dot $= -1 - 9 + … = -3$`` (also ``inner product``, ``Skalarprodukt``, ``innfeldi``, ``produit scalaire``,
…): the math after the word is the kernel entry of the two datapoints of the last two gradients written before it
on the same line (read as ``⟨∇_θ f(1), ∇_θ f(−1)⟩ = …``, which is K(1, −1)).

Only math that starts with a relation is so named, and only when two gradients at a datapoint (``\\nabla f(x_1)``,
``\\nabla_\\theta f(1)``, ``grad f(2)``) stand before the word on its line; anything else is left as written.
Every pattern is bounded and anchored (linear time).
"""

from __future__ import annotations

import re

_WORD = re.compile(r"(?<![^\W_])(?:dot(?:\s+product)?|inner\s+product|scalar\s+product|skalarprodukt\w{0,2}"
                   r"|innfeldi\w{0,3}|innra\s+margfeldi\w{0,3}|produit\s+scalaire|prodotto\s+scalare"
                   r"|producto\s+(?:escalar|interno)|produto\s+(?:escalar|interno)|skalärprodukt\w{0,3}"
                   r"|prikkprodukt\w{0,3}|prikprodukt\w{0,3}|punktprodukt\w{0,3}|inwendig\s+product)"
                   r"(?:\s+(?:is|ist|er|est|es|är|=))?[\s:]{0,3}$", re.I)
_GRADIENT_AT = re.compile(r"(?:\\nabla(?:_\{?\\theta\}?|_\{?\\vec\s?\\theta\}?)?|∇(?:_?θ)?|\bgrad)\s{0,2}f\s{0,2}"
                          r"\(\s{0,2}(x_\{?\d{1,2}\}?|x\^\{?\(\d{1,2}\)\}?|[-−]?\d{1,6}(?:[.,]\d{1,6})?)\s{0,2}\)")
_POINT_INDEX = re.compile(r"^x(?:_\{?|\^\{?\()(\d{1,2})")


def dot_as_kernel(text: str, at: int, body: str) -> str | None:
    """``⟨∇_θ f(a), ∇_θ f(b)⟩ <body>`` when ``body`` (math starting with a relation, at ``at`` in ``text``)
    follows a word for the inner product after two gradients at datapoints a and b on its line; else None."""
    start = text.rfind("\n", 0, at) + 1
    before = text[start:at]
    word = _WORD.search(before[-40:])
    if word is None:
        return None
    points = [m.group(1) for m in _GRADIENT_AT.finditer(before[:len(before) - len(word.group(0))])]
    if len(points) < 2:
        return None
    a, b = (_point(p) for p in points[-2:])
    return f"\\langle \\nabla_\\theta f({a}), \\nabla_\\theta f({b}) \\rangle {body}"


def _point(p: str) -> str:
    """``x_{1}`` → ``x_1``; an input value as written (a decimal comma as a point)."""
    m = _POINT_INDEX.match(p)
    return f"x_{m.group(1)}" if m else p.replace("−", "-").replace(",", ".")
