"""A whole layer of the sheet written out again in the working (``W^{[1]} = [[1, 0], [2, 1]]`` below the given
data, Mathematica's ``I wrote W1 out as {{1, 0}, {2, 1}}``): the learner's value of that layer, judged entry by
entry against the sheet's. A layer of one row or one column may be written either way (the same entries in the
same order); any other shape, or a value that is not all numbers, is no such claim. The entries are remembered as
the learner's own values of the parameters: what follows from them is carried.
"""

from __future__ import annotations

import sympy

from .decide import decide
from .judgement import Judgement
from .matrices import evaluate
from .predicates import layer_param
from .syntax import UnreadableError
from .world import World


def judge_restated_layer(claim, world: World, j: Judgement) -> Judgement | None:
    """``W^{[l]} = M`` (or ``b^{[l]} = v``) with M numbers: correct when M_{ij} = W^{[l]}_{ij} for every entry
    (a row or a column against a vector layer, entry by entry); None for any other claim. Each entry is recorded
    as the learner's value of its parameter."""
    name = layer_param(claim.name)
    if name is None or int(name[1:]) > world.net.depth:
        return None
    try:
        true = evaluate(claim.name, world.scope).applyfunc(world.at_values)
        claimed = evaluate(claim.value, world.scope)
    except UnreadableError:
        return None
    if not isinstance(claimed, sympy.Matrix) or any(not v.is_number for v in claimed):
        return None
    if claimed.shape != true.shape and not (1 in claimed.shape and 1 in true.shape and len(claimed) == len(true)):
        return None
    symbols = evaluate(claim.name, world.scope)
    for symbol, value in zip(symbols, claimed):   # what the learner goes on with: their own values
        world.record(("param", symbol), value, claim.line)
    ok = all(sympy.simplify(c - t) == 0 for c, t in zip(claimed, true))
    j.target = j.label = name[0] + "^{[" + name[1:] + "]}"
    return decide(j, world, claim, list(claimed), ok, False, true if claimed.shape == true.shape else list(true))
