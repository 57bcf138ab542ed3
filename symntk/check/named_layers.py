"""A bare letter the learner defines as a whole layer of the sheet, transposed or not: ``W = (W^{[1]})^\\top``.

Learners who use another book's notation say how their matrices map to the sheet's, in a chain:
``\\boldsymbol{W} = (W^{[1]})^\\top = [W_{1,1}, W_{1,2}] = [1, 1]`` (Goodfellow's h = g(Wᵀx + c): the weight matrix
stored transposed), ``w = (W^{[2]})^\\top = [1, 0]^\\top``, ``c = b^{[1]} = [0, 1]^\\top``. The first link is the
learner's definition (context): from then on the letter is that layer (a matrix of several entries), and the later
members of the chain are judged against it entry by entry (a row and a column holding the same entries in the same
order are the same vector: learners write a layer of one row or one column either way).
"""

from __future__ import annotations

import sympy

from .decide import decide
from .judgement import Judgement
from .matrices import evaluate
from .meaning import key
from .nodes import Group, Op, Sym
from .predicates import layer_param
from .syntax import UnreadableError
from .world import World


def whole_layer(node) -> bool:
    """Whether ``node`` is a whole layer of the sheet: ``W^{[l]}``, ``b^{[l]}``, ``(W^{[l]})^T`` or ``W^{[l]T}``."""
    if isinstance(node, Op) and node.op == "transpose":
        node = node.args[0]
    if isinstance(node, Group) and node.kind == "paren" and len(node.items) == 1:
        node = node.items[0]
    return layer_param(node) is not None


def _bare(name) -> bool:
    return isinstance(name, Sym) and not name.sub and name.layer is None and not name.primes


def _vector(value: sympy.Matrix) -> bool:
    return 1 in value.shape


def judge_named_layer(claim, world: World, j: Judgement) -> Judgement | None:
    """The definition ``W = (W^{[1]})^T`` (remembered; ContextError) or a later member of its chain judged against
    the layer (``[W_{1,1}, W_{1,2}]``, or the numbers right after the layer: ``w = (W^{[2]})^T = [1, 0]^T``, not for
    δ, whose chain is judged as δ itself); None for any other claim (see the module doc)."""
    from .judge import ContextError

    name = claim.name
    if not _bare(name):
        return None
    if claim.previous is None or whole_layer(claim.previous) and (whole_layer(claim.value) or name.name == "delta"):
        if not whole_layer(claim.value):
            return None
        try:
            value = evaluate(claim.value, world.scope)
        except UnreadableError:
            return None
        if value.shape == (1, 1):
            return None
        world.scope.matrices[key(name)] = value
        raise ContextError("the learner's name for a layer of the sheet (W = (W^{[1]})^T)")
    known = world.scope.matrices.get(key(name))
    if known is None or not _vector(known):
        return None
    try:
        claimed = evaluate(claim.value, world.scope)
    except UnreadableError:
        return None
    if not _vector(claimed) or len(claimed) != len(known):
        return None
    true = [world.at_values(v) for v in known]
    got = [world.at_values(v) for v in claimed]
    ok = all(sympy.simplify(c - t) == 0 for c, t in zip(got, true))
    j.target = name.name
    j.label = name.name
    return decide(j, world, claim, list(claimed), ok, False, list(known))
