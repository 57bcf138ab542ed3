"""The judge of a layer's quantity written as a matrix: δ^{[l]}, ∂f/∂W^{[l]}, ∂f/∂b^{[l]} (vectorised backprop).

The truth of ∂f_o/∂W^{[l]} is the block of the true gradient that belongs to W^{[l]}: entry (i, j) is
∂f_o/∂W^{[l]}_{i,j}, an n_l × n_{l-1} matrix; a learner who writes the transposed convention
(n_{l-1} × n_l, the Jacobian layout) is judged against its transpose, and a vector may be written as a
row or a column. δ^{[l]} is ∂f_o/∂z^{[l]} (:func:`symntk.check.matrices.deltas`). Each entry is compared
like a derivative: as written, with the parameter values put in, or all at one datapoint. The entries of
∂f/∂W^{[l]} and ∂f/∂b^{[l]} are remembered as the learner's own ∂f/∂θ_k for carry-forward.
"""

from __future__ import annotations

import sympy

from . import own_deltas
from .block_kernel import own_product, remember, vector_square
from .claims import DerivativeClaim, LayerClaim
from .decide import approximation, decide
from .judgement import Judgement
from .layer_values_at import remember_at
from .matrices import deltas, evaluate
from .nodes import Matrix
from .own_forward import own_formula
from .own_theta_subset import here
from .syntax import UnreadableError
from .values import agrees, agrees_own, scalars
from .world import World


def _block(claim: LayerClaim, world: World, output: int) -> tuple[sympy.Matrix, list[list[int]] | None]:
    """The true matrix, and for W/b the θ positions k of its entries."""
    net, l = world.net, claim.layer
    if not 1 <= l <= net.depth:
        raise UnreadableError(f"the network has layers 1 … {net.depth}")
    if claim.quantity == "delta":
        return deltas(world.scope, output)[l], None
    ks = [[t.k for t in net.theta if t.kind == claim.quantity and t.layer == l and t.i == i and t.j == j]
          for i in range(1, net.widths[l] + 1) for j in range(1, (net.widths[l - 1] if claim.quantity == "W"
                                                                   else 1) + 1)]
    cols = net.widths[l - 1] if claim.quantity == "W" else 1
    positions = [[ks[r * cols + c][0] for c in range(cols)] for r in range(net.widths[l])]
    true = sympy.Matrix([[world.derivative(output, k) for k in row] for row in positions])
    return true, positions


def _flat(world: World, claimed, positions, point: int | None, value, own: bool) -> bool:
    """Whether a flat list written for a matrix block at datapoint ``point`` is, entry by entry in θ order,
    ``value(k)`` (∂f_o(x_i)/∂θ_k, true or — ``own`` — the learner's own: their formula ``∂f/∂W_{ij} = W^{[2]}_j x_i``
    put in, and their parameter values in what they wrote)."""
    if positions is None or point is None or not isinstance(claimed, sympy.Matrix) or 1 not in claimed.shape:
        return False
    ks = [k for row in positions for k in row]
    if len(claimed) != len(ks):
        return False
    put = world.at_point_own if own else world.at_point
    return all(sympy.simplify(put(c, point) - value(k)) == 0 for c, k in zip(claimed, ks))


def _delta_by_own_rule(world: World, layer: int, output: int) -> sympy.Matrix | None:
    """δ^{[l]} = ∂f_o/∂b^{[l]} with the learner's own rule for φ′ (``tanh′(z) = 1 − tanh z``) or their own factor of
    the chain rule, when they wrote one (None otherwise)."""
    ks = [t.k for t in world.net.theta if t.kind == "b" and t.layer == layer]
    mine = [own_formula(world, output, k) for k in ks]
    if not ks or any(m is None for m in mine):
        return None
    return sympy.Matrix(mine) / world.net.bias_scale


def _oriented(claimed: sympy.Matrix, true: sympy.Matrix) -> tuple[sympy.Matrix, bool] | None:
    """The written matrix in the truth's shape (transposed when written the other way round), or None. A single
    0 (``0``, ``\\mathbf{0}``, ``\\vec 0``) for a vector or matrix is its zero of the truth's shape."""
    if claimed.shape == (1, 1) and claimed[0, 0] == 0 and len(true) > 1:
        return sympy.zeros(*true.shape), False
    if claimed.shape == true.shape:
        return claimed, False
    if claimed.shape == true.T.shape:
        return claimed.T, True
    return None


def _written_cells(node, transposed: bool, count: int) -> list:
    """The written entries (for the precision of decimals) in the order compared."""
    if isinstance(node, Matrix) and len({len(r) for r in node.rows}) == 1:
        rows = [list(r) for r in node.rows]
        if transposed:
            rows = [list(c) for c in zip(*rows)]
        cells = [v for r in rows for v in r]
        if len(cells) == count:
            return cells
    return [node] * count


NEAR_LINES = 3   # "**at $x_2 = 3$:** $z = (3, -1)$" ⏎ ⏎ "$⇒ φ′(z) = (1, 0)$": the datapoint still holds


def judge_layer(claim: LayerClaim, world: World, j: Judgement) -> Judgement:
    """δ^{[l]} or ∂f_o/∂W^{[l]}, ∂f_o/∂b^{[l]} as a matrix (see the module doc)."""
    from .judge_derivatives import judge_derivative

    o = claim.output
    if claim.layer == 0 and world.net.depth != 2:
        raise UnreadableError("δ names no layer, and the network has several hidden layers")
    if claim.layer == 0:   # δ = ∂f/∂z = W_2^T with one hidden layer: that layer's δ
        claim.layer = 1
    if not 1 <= o <= world.n_out:
        raise UnreadableError(f"f has {world.n_out} output(s)")
    point = claim.point
    if point is None and world.current_point is not None and world.current_point_line is not None and \
            0 <= claim.line - world.current_point_line <= NEAR_LINES:
        point = world.current_point   # "x_2 = 3: φ′(z) = (1, 0)": the datapoint named on the line or just above
    if point is not None and not 1 <= point <= world.N:
        raise UnreadableError(f"there are {world.N} datapoints")
    if claim.quantity == "formula":
        return _judge_formula(claim, world, j, point)
    if claim.every_output and world.n_out > 1 and claim.quantity in ("W", "b"):
        return _judge_every_output(claim, world, j, point)
    outputs = [o] if claim.quantity != "delta" or world.n_out == 1 else list(range(1, world.n_out + 1))
    true, positions = _block(claim, world, outputs[0])
    if positions is not None and true.shape == (1, 1) and _reads_as_number(claim.value, world):
        single = DerivativeClaim(claim.line, claim.value, claim.claimed, claim.previous, claim.source, claim.soft,
                                 output=o, k=positions[0][0], point=claim.point)
        return judge_derivative(single, world, j)
    claimed = evaluate(claim.value, world.scope, o)
    if claim.vec and positions is not None and true.rows > 1 and true.cols > 1:
        true, positions = _stacked(world, claim, claimed, true, positions, point)
    oriented = _oriented(claimed, true)
    name = "\\delta" if claim.quantity == "delta" else f"\\frac{{\\partial f}}{{\\partial {claim.quantity}}}"
    j.target = f"{name}^{{[{claim.layer}]}}"
    j.label = ("δ" if claim.quantity == "delta" else f"∂f/∂{claim.quantity}") + f"[{claim.layer}]"
    if oriented is None and claim.quantity == "delta":   # δ^{(2)} = ∂f_2/∂z: the superscript names no layer here
        raise UnreadableError(f"δ^{{[{claim.layer}]}} has {len(true)} entries here")
    if oriented is None:   # (1, 0, −1, 0) for a 2 × 2 block: its entries in θ order (carried: their own ones)
        flat = _flat(world, claimed, positions, point, lambda k: world.at_point(world.derivative(o, k), point),
                     False)
        own = not flat and _flat(world, claimed, positions, point,
                                 lambda k: world.own_derivative_at(o, k, point), True)
        return decide(j, world, claim, claimed, flat, own, true)
    claimed, transposed = oriented
    nodes = _written_cells(claim.value, transposed, len(true))
    ok = own_ok = False
    for out in outputs:
        truth = true if out == outputs[0] else _block(claim, world, out)[0]
        ok_now, own_now = _compare(world, nodes, list(claimed), list(truth), point)
        if ok_now or own_now:
            ok, own_ok, true = ok_now, own_now, truth
            break
    if not ok and not own_ok and claim.quantity == "delta":   # δ = 2(1 − tanh x) after their tanh′ = 1 − tanh
        mine = _delta_by_own_rule(world, claim.layer, outputs[0])
        own_ok = mine is not None and any(_compare(world, nodes, list(claimed), list(mine), point))
        own_ok = own_ok or own_deltas.by_own_rule(world, claim.layer, nodes, list(claimed), point, claim.line)
    if not ok and not own_ok and positions is not None:   # (W^{[2]})^T x after their relu′(z) = 1: their φ′ put in
        mine = [own_formula(world, outputs[0], k) for row in positions for k in row]
        own_ok = all(m is not None for m in mine) and _compare(world, nodes, list(claimed), mine, point)[0]
    if not ok and not own_ok and positions is not None:   # (3, 6) at x_2 after their δ = (1, 2) there
        own_ok = own_deltas.by_own_delta(world, positions, nodes, list(claimed), point)
    if not ok and claim.quantity == "delta":
        own_deltas.remember_rule(world, claim.layer, claimed, claim.line)
        own_deltas.remember_implied(world, claim.layer, claimed, point, claim.line)
    if point is not None:
        true = true.applyfunc(lambda t: world.at_point(t, point))
        claimed = claimed.applyfunc(lambda c: world.at_point_own(c, point))
    if positions is not None:
        _remember(world, claim, nodes, claimed, true, positions, point)
    return decide(j, world, claim, claimed, ok, own_ok, true,
                  lambda prev: isinstance(prev, sympy.MatrixBase) and prev.shape == claimed.shape and
                  world.match_all(nodes, list(claimed), list(prev)))


def _stacked(world: World, claim: LayerClaim, claimed: sympy.Matrix, true: sympy.Matrix, positions, point):
    """vec of the block (and of its θ positions): its columns stacked into one column, vec(A) = (a_11, a_21, …,
    a_12, …); the rows stacked instead (θ's own row-major order) when that is what the learner wrote."""
    by_columns = [(r, c) for c in range(true.cols) for r in range(true.rows)]
    by_rows = [(r, c) for r in range(true.rows) for c in range(true.cols)]
    order = by_columns
    if len(claimed) == len(true) and 1 in claimed.shape:
        nodes = _written_cells(claim.value, False, len(true))
        if not _compare(world, nodes, list(claimed), [true[r, c] for r, c in by_columns], point)[0] and \
                _compare(world, nodes, list(claimed), [true[r, c] for r, c in by_rows], point)[0]:
            order = by_rows
    return sympy.Matrix([true[r, c] for r, c in order]), [[positions[r][c]] for r, c in order]


def _judge_every_output(claim: LayerClaim, world: World, j: Judgement, point: int | None) -> Judgement:
    """∂f/∂W^{[l]} of a vector f (n_L outputs): the Jacobian block, row o = ∂f_o/∂θ_k for the entries θ_k of
    W^{[l]} (row-major) or b^{[l]}: an n_L × (entries) matrix, or its transpose (``∂f/∂b^{[2]} = I_2``,
    ``∂f/∂W^{[1]} = W^{[2]} x`` for a scalar W^{[1]}). A matrix of another shape is unreadable, never wrong."""
    rows = []
    for o in range(1, world.n_out + 1):
        block, _ = _block(claim, world, o)
        rows.append(list(block))
    true = sympy.Matrix(rows)
    claimed = evaluate(claim.value, world.scope, 1)
    j.target = f"\\frac{{\\partial f}}{{\\partial {claim.quantity}^{{[{claim.layer}]}}}}"
    j.label = f"∂f/∂{claim.quantity}[{claim.layer}]"
    oriented = _oriented(claimed, true)
    if oriented is None:
        raise UnreadableError(f"a {claimed.rows}×{claimed.cols} matrix where ∂f/∂{claim.quantity}^{{[{claim.layer}]}} "
                              f"of the {world.n_out} outputs is {true.rows}×{true.cols}")
    claimed, transposed = oriented
    nodes = _written_cells(claim.value, transposed, len(true))
    ok, own_ok = _compare(world, nodes, list(claimed), list(true), point)
    if point is not None:
        true = true.applyfunc(lambda t: world.at_point(t, point))
        claimed = claimed.applyfunc(lambda c: world.at_point_own(c, point))
    return decide(j, world, claim, claimed, ok, own_ok, true,
                  lambda prev: isinstance(prev, sympy.MatrixBase) and prev.shape == claimed.shape and
                  world.match_all(nodes, list(claimed), list(prev)))


def _judge_formula(claim: LayerClaim, world: World, j: Judgement, point: int | None) -> Judgement:
    """A formula of layer quantities = a value: the value against the formula's true meaning."""
    from .claims import EqualityClaim
    from .judge_equality import judge_equality

    true = evaluate(claim.left, world.scope)
    try:
        claimed = evaluate(claim.value, world.scope)
    except UnreadableError:
        if true.shape != (1, 1):
            raise
        return judge_equality(EqualityClaim(claim.line, claim.value, claim.claimed, claim.previous, claim.source,
                                            claim.soft, left=claim.left), world, j)
    squared = vector_square(claim.left, world.scope) if claimed.shape == (1, 1) else None
    if squared is not None:   # (W^{[2]})^T W^{[2]} = 1: the squared norm, whichever way the vector stands
        true = sympy.Matrix([[squared]])
    if true.shape == claimed.shape == (1, 1) and point is None:
        return _judge_product(claim, world, j, true[0, 0], claimed[0, 0])
    oriented = _oriented(claimed, true)
    if oriented is None:
        return decide(j, world, claim, claimed, False, False, true)
    claimed, transposed = oriented
    nodes = _written_cells(claim.value, transposed, len(true))
    ok, own_ok = _compare(world, nodes, list(claimed), list(true), point)
    if point is not None:
        remember_at(world, list(true), list(claimed), point, claim.line, approximation(claim))
        true = true.applyfunc(lambda t: world.at_point(t, point))
    elif not any(c.free_symbols for c in claimed):   # numbers written: the value the formula has, shown as a value
        true = true.applyfunc(world.at_values)
    return decide(j, world, claim, claimed, ok, own_ok, true,
                  lambda prev: isinstance(prev, sympy.MatrixBase) and prev.shape == claimed.shape and
                  world.match_all(nodes, list(claimed), list(prev)))


def _judge_product(claim: LayerClaim, world: World, j: Judgement, true: sympy.Expr, claimed: sympy.Expr) -> Judgement:
    """One number made of layer quantities (``‖W^{[2]}‖^2 = 1``, ``⟨h(x_1), h(x_2)⟩ = 8``): against its true
    value, and against what the learner's own gradients give; remembered for the kernel entries made of it."""
    nodes = _written_cells(claim.value, False, 1)
    ok, own_ok = _compare(world, nodes, [claimed], [true], None)
    own = own_product(world, true)
    if not ok and own is not None:
        own_ok = own_ok or agrees_own(nodes[0], claimed, own)
    remember(world, true, claimed, claim.line, approximation(claim))
    shown = true if claimed.free_symbols else world.at_values(true)
    return decide(j, world, claim, sympy.Matrix([[claimed]]), ok, own_ok, sympy.Matrix([[shown]]),
                  lambda prev: isinstance(prev, sympy.MatrixBase) and prev.shape == (1, 1) and
                  world.match_all(nodes, [claimed], [prev[0, 0]]))


def _reads_as_number(node, world: World) -> bool:
    """Whether a value reads as one number without the layer matrices (then it is judged as ∂f/∂θ_k)."""
    try:
        scalars(node, world.scope)
    except UnreadableError:
        return False
    return True


def _compare(world: World, nodes, claimed: list, true: list, point: int | None) -> tuple[bool, bool]:
    """(right, right for the learner's own parameter values)."""
    if point is not None:
        ok = all(agrees(n, world.at_point(c, point), world.at_point(t, point)) for n, c, t in zip(nodes, claimed, true))
        own = all(agrees_own(n, world.at_point_own(c, point), world.at_point_own(t, point))
                  for n, c, t in zip(nodes, claimed, true))
        if not ok and not own:   # δ = (1, 2) at x_2 after their wrong z there: their units put in
            own = all(agrees_own(n, world.at_point_own(c, point), world.own_at_point(t, point))
                      for n, c, t in zip(nodes, claimed, true))
        return ok, own
    if world.match_all(nodes, claimed, true):
        return True, False
    return False, world.match_all(nodes, claimed, [world.at_values_own(t) for t in true])


def _remember(world: World, claim: LayerClaim, nodes, claimed: sympy.Matrix, true: sympy.Matrix, positions,
              point) -> None:
    """Each entry as the learner's own ∂f_o/∂θ_k (at their datapoint when they wrote numbers for a function of x)."""
    xs = set(world.net.x)
    if point is None and here(world) is not None and any(t.free_symbols & xs for t in true):
        values = [world.own_at_point(c, here(world)) for c in claimed]   # (3, 6) or δ · 3 under "x_2 = 3:"
        if all(v.is_number for v in values):
            point, claimed = here(world), values
    if point is None and not any(v.free_symbols & xs for v in claimed) and any(t.free_symbols & xs for t in true):
        found = [i for i in range(1, world.N + 1)
                 if all(agrees(n, c, world.at_point(t, i)) for n, c, t in zip(nodes, claimed, true))]
        point = found[0] if found else None
    flat = [k for row in positions for k in row]
    for k, value in zip(flat, claimed):
        key = ("dval", claim.output, k, point) if point is not None else ("dsym", claim.output, k)
        world.record(key, value, claim.line, approximation(claim))
