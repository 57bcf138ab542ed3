"""The judges of the gradient ∇_θ f_o as a vector of P entries (symbolic or at a datapoint) and of the Jacobian J
with one row per datapoint and output, with the learner's own gradient when they left entries out."""

from __future__ import annotations

import sympy

from .block_vectors import block_values, flat
from .claims import GradientClaim, JacobianClaim
from .decide import approximation, decide, matches
from .jacobian_rows import own_gradient_rows
from .judgement import Judgement
from .meaning import to_sympy
from .own_forward import own_formula
from .own_network import follows_own_f
from .own_theta_subset import true_for_own_theta
from .syntax import UnreadableError
from .values import agrees, agrees_own, items, matrix_rows
from .world import World


def _written_derivatives(world: World, o: int) -> int | None:
    """How many of ∂f_o/∂θ_1 … ∂f_o/∂θ_k the learner wrote, when they wrote θ_1 … θ_k and stopped short of θ_P
    (``∂f/∂θ_6`` last of seven): a vector of that many entries is their gradient, one entry or more left out."""
    written = [k for k in range(1, world.P + 1) if world.latest(("dsym", o, k)) is not None]
    if written and len(written) < world.P and written == list(range(1, len(written) + 1)):
        return len(written)
    return None


def _in_own_order(world: World, values: list, mine: list | None, written: int) -> list:
    """The gradient's entries (in θ's order) in the order of the learner's own θ when they listed every parameter
    in another order (θ = (a_1, b_1, c_1, a_2, …)): entry m is ∂f/∂(their m-th parameter); else as they are."""
    order = [t.symbol for t in world.net.theta]
    if mine is None or written != world.P or len(values) != world.P or list(mine) == order or \
            sorted(map(str, mine)) != sorted(map(str, order)):
        return values
    return [values[order.index(symbol)] for symbol in mine]


def _left_out(world: World, o: int) -> int | None:
    """How many derivatives the learner wrote when they left θ_P out and said so, counting fewer parameters than P
    ("the gradient only has three entries", that count judged wrong): then a gradient of that many entries follows
    their work; without such a count, leaving entries out is the mistake (None)."""
    written = _written_derivatives(world, o)
    said = world.latest(("count",))
    return written if written and said is not None and said[1] == written else None


def _zeroed(world: World, o: int) -> list[int]:
    """The θ indices k whose ∂f_o/∂θ_k the learner wrote as 0 (``∂f/∂c = 0, I leave it out``) while its column of
    J is not 0: a gradient shorter by exactly these entries is their own, carried from that mistake."""
    J = world.solution.jacobian
    rows = [world.jacobian_row(i, o) for i in range(1, world.N + 1)]
    found = []
    for k in range(1, world.P + 1):
        written = world.latest(("dsym", o, k))
        if written is not None and written[1] == 0 and any(sympy.simplify(J[r, k - 1]) != 0 for r in rows):
            found.append(k)
    return found


def judge_gradient(claim: GradientClaim, world: World, j: Judgement) -> Judgement:
    """∇_θ f_o(x_i) (or as a function of x) as a vector of P entries."""
    o, i = claim.output, claim.point
    if not 1 <= o <= world.n_out or (i is not None and not 1 <= i <= world.N):
        raise UnreadableError("no such output or datapoint")
    nodes = items(claim.value)
    written = block_values(nodes, world)
    nodes, claimed = flat(nodes, written, world)
    if len(claimed) != len(written) and len(claimed) != world.P:   # blocks that do not make up θ
        raise UnreadableError(f"a vector of {len(claimed)} entries where the gradient has {world.P}")
    mine = world.own_theta()
    if claim.soft and len(claimed) not in (world.P, len(mine or ()), _written_derivatives(world, o)):
        raise UnreadableError(f"a vector of {len(claimed)} entries where the gradient has {world.P}")
    if i is None and world.current_point is not None and 1 <= world.current_point <= world.N and \
            not any(v.free_symbols for v in claimed):
        i = world.current_point  # numbers under "at x_2 = 2:" are the gradient at x_2
    if i is None:
        true = [world.derivative(o, k) for k in range(1, world.P + 1)]
        ok = len(claimed) == world.P and world.match_all(nodes, claimed, true)
        syms = [world.latest(("dsym", o, k)) for k in range(1, world.P + 1)]
        own_sym = [s[1] if s else world.at_values_own(t) for s, t in zip(syms, true)]
        if len(claimed) != world.P and mine is not None and len(mine) == len(claimed):
            own_sym = [o_ for o_, t in zip(own_sym, world.net.theta) if t.symbol in mine]
        elif len(claimed) != world.P and len(mine or ()) in (0, world.P) and (zeroed := _zeroed(world, o)) and \
                len(claimed) == world.P - len(zeroed):   # ∂f/∂c = 0 written, c left out of the vector
            own_sym = [s for k, s in enumerate(own_sym, 1) if k not in zeroed]
        own_sym = _in_own_order(world, own_sym, mine, len(claimed))
        own_ok = len(claimed) == len(own_sym) and world.match_all(nodes, claimed, own_sym)
        if not (ok or own_ok) and len(claimed) == world.P:   # their own rule for φ′ (tanh′ = 1 − tanh) used
            rules = [own_formula(world, o, k) for k in range(1, world.P + 1)]
            own_ok = any(r is not None for r in rules) and world.match_all(
                nodes, claimed, [r if r is not None else t for r, t in zip(rules, true)])
        if not (ok or own_ok) and len(claimed) == world.P:   # differentiated from their own wrong f
            own_ok = follows_own_f(world, o, nodes, claimed)
        kept = true_for_own_theta(world, true, mine)   # their θ leaves b^{[2]} out: ∇f over their parameters
        if not own_ok and kept is not None and len(kept) == len(claimed):
            own_ok = world.match_all(nodes, claimed, kept)
        if not own_ok and len(claimed) != world.P and mine is not None and len(mine) == len(claimed):
            listed = _in_own_order(world, [t for t, p in zip(true, world.net.theta) if p.symbol in mine], mine,
                                   len(claimed))   # their θ leaves b^{[2]} out: the true entries of what it holds
            own_ok = len(listed) == len(claimed) and world.match_all(nodes, claimed, listed)
        written = world.latest(("gsym", o))   # their own gradient formula before, entries missing: with values
        if not own_ok and len(claimed) != world.P and written and len(written[1]) == len(claimed):
            own_ok = world.match_all(nodes, claimed, [world.at_values_own(v) for v in written[1]])
        world.record(("gsym", o), claimed, claim.line, approximation(claim))
    else:  # entries in the learner's names (v_1 x_1, h_1) at the parameters' values and at x_i
        claimed = [world.at_point(c, i) if getattr(c, "free_symbols", None) else c for c in claimed]
        true = [world.solution.jacobian[world.jacobian_row(i, o), k] for k in range(world.P)]
        own = world.own_row(i, o)
        if len(claimed) != world.P and mine is not None and len(mine) == len(claimed):
            own = [world.own_derivative_at(o, t.k, i) for t in world.net.theta if t.symbol in mine]
        written = world.latest(("gsym", o))   # the learner's own gradient formula, entries missing or extra
        if len(claimed) != world.P and written and len(written[1]) == len(claimed):
            own = [world.at_point_own(v, i) if getattr(v, "free_symbols", None) else v for v in written[1]]
        elif len(claimed) != world.P and not written and _left_out(world, o) == len(claimed):
            # ∂f/∂θ_1 … ∂f/∂θ_k written one by one, θ_P left out: their values at x_i are the learner's gradient
            own = [world.own_derivative_at(o, k, i) for k in range(1, len(claimed) + 1)]
        elif len(claimed) != world.P and len(mine or ()) in (0, world.P) and (zeroed := _zeroed(world, o)) and \
                len(claimed) == world.P - len(zeroed):   # ∂f/∂c = 0 written, c left out of the vector
            own = [world.own_derivative_at(o, k, i) for k in range(1, world.P + 1) if k not in zeroed]
        own = _in_own_order(world, own, mine, len(claimed))
        ok = len(claimed) == world.P and all(agrees(n, v, t) for n, v, t in zip(nodes, claimed, true))
        own_ok = len(claimed) == len(own) and all(agrees_own(n, v, t) for n, v, t in zip(nodes, claimed, own))
        world.record(("gval", o, i), claimed, claim.line, approximation(claim))
    return decide(j, world, claim, claimed, ok, own_ok, true,
                  lambda prev: isinstance(prev, list) and len(prev) == len(claimed) and all(
                      matches(world, n, v, p) for n, v, p in zip(nodes, claimed, prev)))


def judge_jacobian(claim: JacobianClaim, world: World, j: Judgement) -> Judgement:
    """J with one row per datapoint (and output); its transpose is read as such."""
    rows, transposed = matrix_rows(claim.value)
    claimed = sympy.Matrix([[to_sympy(v, world.scope) for v in row] for row in rows])
    if claimed.shape[0] == world.P and claimed.shape[0] != claimed.shape[1]:
        claimed = claimed.T
    node_rows = rows
    if len(rows) == world.P and world.P != len(rows[0]):
        node_rows = [list(col) for col in zip(*rows)]
    nodes = [v for row in node_rows for v in row]
    J = world.solution.jacobian
    own = sympy.Matrix(world.N * world.n_out, world.P,
                       lambda r, k: world.own_derivative_at(r % world.n_out + 1, k + 1, r // world.n_out + 1))
    if claim.output is not None and world.n_out > 1 and 1 <= claim.output <= world.n_out:
        J, own = J[claim.output - 1::world.n_out, :], own[claim.output - 1::world.n_out, :]
    if claimed.shape[1] != world.P and world.n_out == 1 and _left_out(world, 1) == claimed.shape[1]:
        own = own[:, :claimed.shape[1]]   # rows of the derivatives the learner wrote, θ_P left out
    mine = world.own_theta()
    if claimed.shape[1] != world.P and mine is not None and len(mine) == claimed.shape[1]:
        kept = [k for k, t in enumerate(world.net.theta) if t.symbol in mine]   # their θ leaves b^{[2]} out
        own = own[:, kept] if len(kept) == claimed.shape[1] else own

    def same(a, b):
        return a.shape == b.shape and all(agrees(n, x, y) for n, x, y in zip(nodes, a, b))

    ok, own_ok = same(claimed, J), same(claimed, own)
    if not (ok or own_ok):   # J stacked from their own gradients at x_1 … x_N, written before
        outputs = [claim.output] if claim.output is not None and world.n_out > 1 else list(range(1, world.n_out + 1))
        stacked = own_gradient_rows(world, outputs, claimed.shape[1])
        own_ok = stacked is not None and same(claimed, stacked)
    world.record(("jac",), claimed, claim.line, approximation(claim))
    return decide(j, world, claim, claimed, ok, own_ok, J,
                  lambda prev: isinstance(prev, sympy.MatrixBase) and same(claimed, prev))
