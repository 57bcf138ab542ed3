"""The datapoint a derivative's formula is written at when it names the datapoint for the input.

With one input, ``x_1``, ``x_2``, … are the datapoints. A learner who works out the derivatives "at x_1" often
writes the formula with the datapoint's name where the input goes: ``∂f/∂w_1 = v_1 x_1 = 1``,
``∂f/∂W^{[1]}_{11} = W^{[2]}_{11} x_1``. Such a claim is the derivative at that datapoint (the parameters may
stay names), not a formula in x that has lost its input; so is the next link of its chain (``= 1``). An instance
of a formula written for every index (``∂f/∂W_{jk} = W_{1j} x_k`` for k = 1) keeps x_k as the input.
"""

from __future__ import annotations

from .nodes import Num, Sym
from .predicates import walk


def _points(node) -> tuple[set[int], bool]:
    """The datapoints ``x_i`` a node names, and whether it names the input ``x`` itself."""
    found, bare = set(), False
    for n in walk(node):
        if isinstance(n, Sym) and n.name == "x" and not n.primes and n.layer is None:
            if not n.sub:
                bare = True
            elif len(n.sub) == 1 and isinstance(n.sub[0], Num) and n.sub[0].decimals is None:
                found.add(int(n.sub[0].value))
    return found, bare


def named_point(claim, n_in: int, n_points: int) -> int | None:
    """The one datapoint the claim's value or the link before it names by ``x_i`` (one input, no bare ``x``
    beside it), else None."""
    if n_in != 1 or getattr(claim, "point", None) is not None or getattr(claim, "general", False):
        return None   # an index formula's x_k (∂f/∂W_{jk} = W_{1j} x_k) is the input, whatever k is
    points, bare = set(), False
    for node in (claim.value, claim.previous):
        if node is not None:
            found, plain = _points(node)
            points |= found
            bare = bare or plain
    if bare or len(points) != 1:
        return None
    point = points.pop()
    return point if 1 <= point <= n_points else None
