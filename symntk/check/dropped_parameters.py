"""The judge of a parameter left out in words (``$b^{[2]}$ just shifts f, I'll skip it``), and what follows from it.

A sentence of :mod:`symntk.check.dropped_words` that names exactly one parameter θ_k of the network (or one whole
layer, each of its entries) claims that θ_k contributes nothing: ∂f_o/∂θ_k is 0 at every datapoint, for every
output, so its column of J and its part of every kernel entry are 0. That is right when the column is 0 (a weight
into a unit that is dead at every datapoint, a bias of a unit multiplied by a zero weight) and wrong otherwise
(the output bias only shifts f, but ∂f/∂b^{[2]} = 1 adds 1 to every entry of K).

From then on the learner's own ∂f_o/∂θ_k is 0 and their θ is the network's without θ_k: a gradient that lacks
that entry (or holds 0 there) and the kernel built from it are carried from this mistake. A sentence whose names
are no parameter, or more than one parameter, claims nothing here.
"""

from __future__ import annotations

import sympy

from .claim_names import parameter_names
from .judgement import Judgement
from .meaning import to_sympy
from .syntax import Chain, UnreadableError, parse
from .world import World

PREFIX = "dropped:"
SEPARATOR = "\t"


def fact(names: list[str]) -> str:
    """The fact string of a segment for a sentence naming ``names``."""
    return PREFIX + SEPARATOR.join(n.replace(SEPARATOR, " ") for n in names)


def _parameters(world: World, name: str) -> list[int]:
    """The θ indices k (1-based) ``name`` stands for in these notes: one parameter, or every entry of one layer;
    empty when it is no parameter."""
    try:
        chain = parse(name)
    except UnreadableError:
        return []
    if not isinstance(chain, Chain) or len(chain.members) != 1:
        return []
    try:
        value = to_sympy(chain.members[0].node, world.scope)
    except Exception:   # any name the notes do not define (UnreadableError, an unknown name): no parameter
        return []
    values = list(value) if isinstance(value, sympy.MatrixBase) else [value]
    order = [t.symbol for t in world.net.theta]
    if not values or any(v not in order for v in values):
        return []
    return [order.index(v) + 1 for v in values]


def judge_dropped(claim, world: World, j: Judgement) -> Judgement:
    """θ_k contributes nothing (see the module doc): right when its column of J is 0."""
    from .judge import ContextError

    names = claim.prop.removeprefix(PREFIX).split(SEPARATOR)
    found = {tuple(ks) for ks in (_parameters(world, n) for n in names) if ks}
    if len(found) != 1:
        raise ContextError("a sentence that names no parameter, or several")
    ks = list(next(iter(found)))
    J = world.solution.jacobian
    columns = [[J[r, k - 1] for r in range(J.shape[0])] for k in ks]
    zero = all(sympy.simplify(v) == 0 for column in columns for v in column)
    latex, text = parameter_names(world.net.theta[ks[0] - 1].symbol, world.net.widths)
    j.target, j.label = f"\\frac{{\\partial f}}{{\\partial {latex}}}", f"∂f/∂{text}"
    shown = sympy.Tuple(*columns[0])
    j.value, j.expected = shown, sympy.latex(shown)
    j.plain = ", ".join(str(v) for v in shown)
    _remember(world, claim.line, ks)
    if zero:
        j.verdict = "correct"
        return j
    j.mark_wrong(world)
    return j


def _remember(world: World, line: int, ks: list[int]) -> None:
    """The learner's own work from here: ∂f_o/∂θ_k = 0, and θ without θ_k (in their order when they listed it)."""
    for k in ks:
        for o in range(1, world.n_out + 1):
            world.record(("dsym", o, k), sympy.S.Zero, line)
    order = [t.symbol for t in world.net.theta]
    mine = world.own_theta()
    listed = mine if mine is not None and set(mine) <= set(order) else order
    kept = [s for s in listed if s not in {order[k - 1] for k in ks}]
    if kept:
        world.record(("theta",), kept, line)
        world.record(("dropped",), tuple(ks), line)   # θ without θ_k from here is carried (judge.judge_theta)
