"""The judge of a parameter left out in words (``$b^{[2]}$ just shifts f, I'll skip it``), and what follows from it.

A sentence of :mod:`symntk.check.dropped_words` that names exactly one parameter θ_k of the network (or one whole
layer, each of its entries) claims that θ_k contributes nothing: ∂f_o/∂θ_k is 0 at every datapoint, for every
output, so its column of J and its part of every kernel entry are 0. That is right when the column is 0 (a weight
into a unit that is dead at every datapoint, a bias of a unit multiplied by a zero weight) and wrong otherwise
(the output bias only shifts f, but ∂f/∂b^{[2]} = 1 adds 1 to every entry of K).

From then on the learner's own ∂f_o/∂θ_k is 0 and their θ is the network's without θ_k: a gradient that lacks
that entry (or holds 0 there) and the kernel built from it are carried from this mistake. Parameters dropped together
(``I skip $c_1, c_2$``, ``$b_1$ and $b_2$ don't matter``: one list, see :mod:`symntk.check.dropped_words`) each
contribute nothing: right when every one of their columns is 0. A sentence whose names are no parameter, or more
than one parameter not in one list, claims nothing here.
"""

from __future__ import annotations

import sympy

from .claim_names import parameter_names
from .dropped_roles import OUTPUT_BIAS
from .judgement import Judgement
from .meaning import to_sympy
from .nodes import Sym
from .scope import MatrixNameError
from .syntax import Chain, UnreadableError, parse
from .world import World

PREFIX = "dropped:"
SEPARATOR = "\t"


TENTATIVE = "?"   # the first field of a tentative sentence's fact (dropped_words.dropped_clauses)


def fact(names: list[str], tentative: bool = False) -> str:
    """The fact string of a segment for a sentence naming ``names`` (tentative: see dropped_words)."""
    return PREFIX + SEPARATOR.join([TENTATIVE] * tentative + [n.replace(SEPARATOR, " ") for n in names])


def unused_tentative(judgements: list[Judgement], world: World) -> tuple[list[Judgement], list[Judgement]]:
    """(kept, set aside): a tentative sentence judged wrong is set aside when no later claim is carried from it
    (the learner's work did not leave the parameter out, so the words said something else)."""
    aside = []
    for at, j in enumerate(judgements):
        if not any(j is t for t in world.tentative_drops) or j.verdict != "wrong":
            continue
        used = any(later.carried and any(f.code == "carried" and any(source[0] == j.line for source in
                                                                       f.params.get("sources", ()))
                                         for f in later.feedback) for later in judgements[at + 1:])
        if not used:
            aside.append(j)
    return [j for j in judgements if not any(j is a for a in aside)], aside


def _listed(world: World, name: str) -> list[int]:
    """The θ indices of a list of names (``c_1, c_2``: parameters dropped together), each one a parameter or a
    layer; empty when any of them is none (or the same twice)."""
    parts, depth, last = [], 0, 0
    for i, ch in enumerate(name):
        depth += (ch in "{([") - (ch in "})]")
        if ch == "," and depth == 0:
            parts.append(name[last:i])
            last = i + 1
    parts.append(name[last:])
    if len(parts) == 1:
        return _parameters(world, name)
    ks = [_parameters(world, p.strip()) for p in parts]
    flat = [k for each in ks for k in each]
    return flat if all(ks) and len(set(flat)) == len(flat) else []


def _parameters(world: World, name: str) -> list[int]:
    """The θ indices k (1-based) ``name`` stands for in these notes: one parameter, or every entry of one layer;
    empty when it is no parameter."""
    if name == OUTPUT_BIAS:   # "I skip the output bias": every entry of the last layer's bias
        return [t.k for t in world.net.theta if t.kind == "b" and t.layer == world.net.depth]
    try:
        chain = parse(name)
    except UnreadableError:
        return []
    if not isinstance(chain, Chain) or len(chain.members) != 1:
        return []
    node = chain.members[0].node
    try:
        value = to_sympy(node, world.scope)
    except MatrixNameError:   # b^{[2]} with two entries ("the b^{[2]} drop out"): every entry of that layer's tensor
        return _tensor(world, node)
    except Exception:   # any name the notes do not define (UnreadableError, an unknown name): no parameter
        return []
    values = list(value) if isinstance(value, sympy.MatrixBase) else [value]
    order = [t.symbol for t in world.net.theta]
    if not values or any(v not in order for v in values):
        return []
    return [order.index(v) + 1 for v in values]


def _written_zero(world: World, k: int) -> bool:
    """Whether the learner already wrote ∂f_o/∂θ_k = 0 for every output (``∂f/∂b^{[2]} = 0`` above the sentence)."""
    written = [world.latest(("dsym", o, k)) for o in range(1, world.n_out + 1)]
    return all(w is not None and w[1] == 0 for w in written)


def _tensor(world: World, node) -> list[int]:
    """The θ indices of every entry of the weight matrix or bias vector a bare ``W^{[l]}``/``b^{[l]}`` names."""
    if not isinstance(node, Sym) or node.name not in ("W", "b") or node.sub or node.layer is None or node.primes:
        return []
    return [t.k for t in world.net.theta if t.kind == node.name and t.layer == node.layer]


def judge_dropped(claim, world: World, j: Judgement) -> Judgement:
    """θ_k contributes nothing (see the module doc): right when its column of J is 0."""
    from .judge import ContextError

    names = claim.prop.removeprefix(PREFIX).split(SEPARATOR)
    tentative = names[0] == TENTATIVE
    names = names[1:] if tentative else names
    found = {tuple(ks) for ks in (_listed(world, n) for n in names) if ks}
    if len(found) != 1:
        raise ContextError("a sentence that names no parameter, or several")
    ks = list(next(iter(found)))
    if tentative and all(_written_zero(world, k) for k in ks):
        raise ContextError("a sentence that says again what a derivative written before says")
    J = world.solution.jacobian
    columns = [[J[r, k - 1] for r in range(J.shape[0])] for k in ks]
    nonzero = [n for n, column in enumerate(columns) if any(sympy.simplify(v) != 0 for v in column)]
    zero = not nonzero
    shown_k = nonzero[0] if nonzero else 0   # of several, the first that does contribute
    latex, text = parameter_names(world.net.theta[ks[shown_k] - 1].symbol, world.net.widths)
    j.target, j.label = f"\\frac{{\\partial f}}{{\\partial {latex}}}", f"∂f/∂{text}"
    shown = sympy.Tuple(*columns[shown_k])
    j.value, j.expected = shown, sympy.latex(shown)
    j.plain = ", ".join(str(v) for v in shown)
    _remember(world, claim.line, ks)
    if zero:
        j.verdict = "correct"
        return j
    j.mark_wrong(world)
    if tentative:
        world.tentative_drops.append(j)
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
