"""A whole layer's weights named by a digit without brackets in a derivative: ``∂f/∂W_2``, ``∂f/∂\\mathbf{W}_2``
(``W2``, ``W^2``, ``W^{(2)}`` are read as W^{[2]} already by the notation).

Only when the name means nothing else in the learner's notes (no alias, no entry of a layer) and the network has
that layer: ``∂f/∂W_2 = [2, 3]`` is then ∂f/∂W^{[2]}, judged as that layer's derivative matrix.
"""

from __future__ import annotations

from .claims import DerivativeClaim, LayerClaim
from .nodes import Num, Sym
from .syntax import UnreadableError

_LAYER_LETTERS = ("W",)


def named_layer(node, scope) -> int | None:
    """The layer l of ``W_l`` (one digit index, no layer mark, no prime) when the scope gives the name no
    meaning of its own and the network has a layer l; else None."""
    if not (isinstance(node, Sym) and node.name in _LAYER_LETTERS and node.layer is None and not node.primes
            and len(node.sub) == 1 and isinstance(node.sub[0], Num) and node.sub[0].value.denominator == 1):
        return None
    layer = int(node.sub[0].value)
    if not 1 <= layer <= scope.network.depth:
        return None
    try:
        scope.symbol(node)
    except UnreadableError:
        return layer
    return None


def as_layer_claim(claim: DerivativeClaim, scope) -> LayerClaim | None:
    """``∂f_o/∂W_l = …`` (see :func:`named_layer`) as the claim ∂f_o/∂W^{[l]} = … about the whole matrix."""
    if claim.k is not None or claim.parameter is None:
        return None
    layer = named_layer(claim.parameter, scope)
    if layer is None:
        return None
    return LayerClaim(claim.line, claim.value, claim.claimed, claim.previous, claim.source, claim.soft, claim.general,
                      quantity="W", layer=layer, output=claim.output, point=claim.point)
