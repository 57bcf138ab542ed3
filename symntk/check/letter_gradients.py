"""A gradient letter applied to x and set equal to a vector of P entries (``g(x) = (x, 3x, 1, 3, 2x+1, -x, 1)``):
the gradient of f as a function of x, the learner's own name for it written as a function.

``g_1 = g(1)`` later names its value at a datapoint (judged where the letter with an index is read); the formula in
x itself is the claim ∇_θ f(x) = (…). Only a letter the learners use for the gradient (g, G, j, J, γ) with no
index, layer or prime, applied to a bare x, a vector with exactly P entries, and a network with one output.
"""

from __future__ import annotations

from .claims import GradientClaim
from .meaning import key
from .nodes import Group, Op, Sym
from .syntax import UnreadableError
from .values import items


def as_gradient_of_x(claim, world, letters: tuple[str, ...]) -> GradientClaim | None:
    """The claim as ∇_θ f(x) when its left side is ``g(x)`` and its value a vector of P entries; else None."""
    left = claim.left
    if not isinstance(left, Op) or left.op != "juxt" or len(left.args) != 2 or world.n_out != 1:
        return None
    letter, argument = left.args
    if not isinstance(letter, Sym) or letter.name not in letters or letter.sub or letter.layer is not None or \
            letter.primes or key(letter) in world.scope.aliases:
        return None
    if not isinstance(argument, Group) or argument.kind != "paren" or len(argument.items) != 1:
        return None
    x = argument.items[0]
    if not isinstance(x, Sym) or x.name != "x" or x.sub or x.layer is not None or x.primes:
        return None
    try:
        vector = items(claim.value)
    except UnreadableError:
        return None
    if len(vector) != world.P:
        return None
    return GradientClaim(claim.line, claim.value, claim.claimed, claim.previous, claim.source, claim.soft,
                         output=1, point=None)
