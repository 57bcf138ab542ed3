"""The learner's own matrix names: a mask ``D = diag(relu′(z))`` defined once, its later values judged at a datapoint.

A capital letter that names nothing of the exercise (``D``, ``M``, ``S``), defined by a formula of layer
quantities whose value is a matrix (not 1 × 1), is remembered as that matrix (a function of x); its later
uses in layer formulas (``D W^{[2]T}``, ``W^{[2]} D(x) D(x′) W^{[2]T}``) mean it. A later value of the name
(``D = diag(1, 0)``, ``D = I``) is judged at the datapoint the line is about; with no datapoint named it says
nothing.

A bare ``δ`` (no layer) defined by one formula of layer quantities (no chain) whose value is a vector
(``δ = diag(σ′(z)) W^{[2]T}``) is the δ of the only hidden layer, judged like ``δ^{[1]}``.
"""

from __future__ import annotations

import sympy

from .decide import decide
from .judgement import Judgement
from .matrices import evaluate
from .meaning import key
from .nodes import Sym
from .predicates import walk
from .syntax import UnreadableError
from .world import World

RESERVED = frozenset("K J W I P L N T H".split())


def matrix_name(name: Sym) -> bool:
    """A capital letter alone (no index, layer or prime) that can be a matrix of the learner's own."""
    return len(name.name) == 1 and name.name.isupper() and name.name not in RESERVED and not name.sub and \
        name.layer is None and not name.primes


def defined_matrix(claim, world: World) -> sympy.Matrix | None:
    """The value of ``claim.value`` as a matrix when it is one (not 1 × 1) and names layer quantities or diag."""
    try:
        value = evaluate(claim.value, world.scope)
    except UnreadableError:
        return None
    return None if value.shape == (1, 1) else value


def judge_matrix_value(claim, world: World, j: Judgement, known: sympy.Matrix) -> Judgement | None:
    """A later value of the learner's matrix name, at the datapoint the line is about (None: it says nothing)."""
    if isinstance(claim.value, Sym) and claim.value.name == "I" and not claim.value.sub:
        claimed = sympy.eye(known.rows) if known.rows == known.cols else None   # I: the identity of D's size
    else:
        claimed = defined_matrix(claim, world)
    xs = set(world.net.x)
    point = world.current_point
    if claimed is None or claimed.shape != known.shape:
        return None
    if any(v.free_symbols & xs for v in known):
        if point is None or any(v.free_symbols & xs for v in claimed):
            return None
        true = known.applyfunc(lambda v: world.at_point(v, point))
    else:
        true = known.applyfunc(world.at_values)
    ok = all(sympy.simplify(c - t) == 0 for c, t in zip(claimed, true))
    j.target = claim.name.name
    j.label = claim.name.name
    return decide(j, world, claim, claimed, ok, False, true)


def remember(claim, world: World) -> bool:
    """Remember a first definition ``D = diag(relu′(z))`` (True), or say it is none (False)."""
    if not matrix_name(claim.name) or key(claim.name) in world.scope.matrices or \
            key(claim.name) in world.scope.aliases:
        return False
    value = defined_matrix(claim, world)
    if value is None:
        return False
    world.scope.matrices[key(claim.name)] = value
    return True


def judge_bare_delta(claim, world: World, j: Judgement) -> Judgement | None:
    """``δ = diag(σ′(z)) W^{[2]T}``: a bare δ whose formula (of layer quantities, not numbers) is a vector,
    in a network with one hidden layer, judged as that layer's δ (None: not such a claim)."""
    from .claims import LayerClaim
    from .judge_layers import judge_layer

    name = claim.name
    if name.name != "delta" or name.sub or name.layer is not None or name.primes or world.net.depth != 2 or \
            key(name) in world.scope.aliases:
        return None
    if claim.previous is not None or (claim.source or "").count("=") != 1:
        return None   # δ = ∂f/∂z^{[1]} = (W^{[2]})^T: a chain, whose member that names the layer is judged
    if not any(isinstance(n, Sym) and n.name in ("W", "b", "z", "a", "h") for n in walk(claim.value)):
        return None   # δ = (1/4, 1/4)^T: its value at a datapoint, not its formula
    if defined_matrix(claim, world) is None:
        return None
    layer = LayerClaim(claim.line, claim.value, claim.claimed, claim.previous, claim.source, claim.soft,
                       quantity="delta", layer=1, output=claim.output or 1)
    return judge_layer(layer, world, j)
