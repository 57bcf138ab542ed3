"""Judges of the kernel's claims: K_{ij} and K (its spectrum: :mod:`symntk.check.judge_spectrum`).

    K_{ij} = Σ_k ∂f(x_i)/∂θ_k · ∂f(x_j)/∂θ_k,   det(K − λI) = Π_m (λ_m − λ)

With several outputs a claim is read as the full kernel over (datapoint, output)
pairs or as one output's kernel, whichever its size, its notation (K^{[o]}) or
its values say; the reading is kept for the claims that follow. A term-by-term
sum [a · b] + … with one term per parameter also shows the learner's own
∂f(x_i)/∂θ_k = a and ∂f(x_j)/∂θ_k = b, which later claims may follow from.
"""

from __future__ import annotations

import sympy

from .block_kernel import own_block_entry
from .decide import approximation, decide
from .feedback import Feedback
from .judgement import Judgement
from .kernel_mirror import mirror_value
from .kernel_pairs import full_indices, point_major
from .meaning import to_sympy
from .nodes import Group, Op
from .own_kernel import (
    jacobian_kernel,
    own_entry,
    own_kernels,
    own_sum,
)
from .predicates import flat_sum
from .shifted_kernel import shifted, unshifted
from .syntax import UnreadableError
from .values import agrees, agrees_own, matrix_rows, scalars


def _sub(n: int) -> str:
    return str(n).translate(str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉"))


def _readings(world, output: int | None, size: int | None = None, index: int = 0) -> list[int | None]:
    """The kernel readings a claim may have (see the module doc)."""
    if world.n_out == 1:
        return [None]
    if output is not None:
        if not 1 <= output <= world.n_out:
            raise UnreadableError(f"f has {world.n_out} outputs")
        return [output]
    if size is not None:
        return [None] if size == world.N * world.n_out else list(range(1, world.n_out + 1))
    if index > world.N:
        return [None]
    if world.per_output:  # each output's kernel in turn: the one read last first
        outputs = list(range(1, world.n_out + 1))
        return sorted(outputs, key=lambda o: o != world.reading)
    if world.reading != "unset":
        return [world.reading]
    return [None]


def _note(j: Judgement, out: int | None, world) -> None:
    if world.n_out > 1:
        j.reading = "full" if out is None else str(out)
        j.feedback.append(Feedback("reading", {"output": out}))


def _decide(j, world, claim, claimed, ok, own_ok, expected, same):
    return decide(j, world, claim, claimed, ok, own_ok, expected, same)


def _terms(node) -> list[list] | None:
    """The factors of each term of a written sum [a · b] + [c · d] + … (None when it is not such a sum)."""
    terms = flat_sum(node)
    if len(terms) < 2:
        return None
    out = []
    for t in terms:
        negative = isinstance(t, Op) and t.op == "neg"
        if negative:
            t = t.args[0]
        if isinstance(t, Group) and t.kind == "bracket" and len(t.items) == 1:
            t = t.items[0]
        parts = []
        while isinstance(t, Op) and t.op in ("mul", "juxt"):
            parts.insert(0, t.args[1])
            t = t.args[0]
        parts.insert(0, t)
        if len(parts) == 1 and isinstance(t, Op) and t.op == "pow":
            parts = [t.args[0], t.args[0]]
        out.append((parts, negative))
    return out


def _implied(claim, world, out, r, c) -> None:
    """Record the values a term-by-term sum with one term per parameter shows (see the module doc)."""
    terms = _terms(claim.value)
    if not terms or len(terms) != world.P or any(len(p) != 2 for p, _ in terms):
        return
    (i, o1), (jj, o2) = world.labels(out)[r - 1], world.labels(out)[c - 1]
    for k, (parts, negative) in enumerate(terms, start=1):
        a, b = (to_sympy(p, world.scope) for p in parts)
        if a.free_symbols or b.free_symbols:
            return
        if negative:
            a = -a
        world.record(("implied", o1, k, i), a, claim.line)
        world.record(("implied", o2, k, jj), b, claim.line)


def _term_feedback(claim, world, out, r, c, j: Judgement) -> None:
    """Name the first wrong term of a term-by-term sum with one term per parameter."""
    terms = _terms(claim.value)
    if not terms or len(terms) != world.P:
        return
    (i, o1), (jj, o2) = world.labels(out)[r - 1], world.labels(out)[c - 1]
    J = world.solution.jacobian
    for k, (parts, negative) in enumerate(terms, start=1):
        written = sympy.Mul(*(to_sympy(p, world.scope) for p in parts)) * (-1 if negative else 1)
        a, b = J[world.jacobian_row(i, o1), k - 1], J[world.jacobian_row(jj, o2), k - 1]
        if not agrees(None, written, sympy.expand(a * b)):
            j.feedback.append(Feedback("term_wrong", {"k": k, "written": written, "expected_a": a, "expected_b": b}))
            return


def judge_kernel_entry(claim, world, j: Judgement) -> Judgement:
    """K_{ij} = a value or a written sum."""
    r, c = claim.row, claim.col
    candidates = [(out, r, c) for out in _readings(world, claim.output, index=max(r, c))] if not claim.pairs else \
        [(None, a, b) for a, b in full_indices(claim.pairs, world.pair_first, world.N, world.n_out)]
    if claim.mirror:   # K_{21} = K_{12}: the learner's own K_{12}, of the one kernel they wrote it for
        if len(candidates) != 1:
            raise UnreadableError(f"no value of K_{{{c},{r}}} written before")
        value, node = mirror_value(world, candidates[0][0], r, c)
        claimed = [value]
    else:
        node, claimed = claim.value, scalars(claim.value, world.scope)
    if len(claimed) != 1:
        raise UnreadableError("± in a kernel entry")
    claimed = claimed[0]
    chosen = None
    for out, r, c in candidates:
        n = len(world.labels(out))
        if not (1 <= r <= n and 1 <= c <= n):
            continue
        true = world.kernel(out)[r - 1, c - 1]
        own = [own_entry(world, out, r, c), own_sum(world, out, r, c), own_sum(world, out, r, c, exact=True)]
        by_blocks = own_block_entry(world, out, r, c)   # their ‖v‖², ⟨h(x_i), h(x_j)⟩ put in
        if by_blocks is not None:
            own.append(by_blocks)
        jacobian = jacobian_kernel(world)
        if jacobian is not None and jacobian.shape == (n, n):
            own.append(jacobian[r - 1, c - 1])
        ok, own_ok = agrees(node, claimed, true), any(agrees_own(node, claimed, v) for v in own)
        if not ok and claimed.free_symbols and claimed.free_symbols <= set(world.solution.values) and \
                not true.free_symbols:   # K_11 = 0 + 2 + h(x_1)²: the learner's names at the exercise's values
            ok = agrees(None, world.at_values(claimed), true)
        if not ok and not true.free_symbols and claimed.free_symbols & set(world.net.x) and \
                claimed.free_symbols <= set(world.solution.values) | set(world.net.x):
            # Θ(x_1, x_2) = ¼σ′(1) + ½(a_1 + a_2) + 1 with a_j = σ(W_j x + b_j): the learner's unit values at one of
            # the entry's two datapoints (the other's written as numbers), rounded decimals as written
            points = {world.labels(out)[k - 1][0] for k in (r, c)}
            ok = any(agrees(node, world.at_point(claimed, i), true) for i in sorted(points))
        if chosen is None or ((ok or own_ok) and not (chosen[2] or chosen[3])):
            chosen = (out, true, ok, own_ok, r, c)
    if chosen is None and claim.pairs:
        raise UnreadableError("a (datapoint, output) pair beyond the datapoints or outputs")
    if chosen is None:
        raise UnreadableError(f"K has no entry K_{{{r},{c}}} here")
    out, true, ok, own_ok, r, c = chosen
    world.reading = out
    if not ok and not own_ok:
        _term_feedback(claim, world, out, r, c, j)
    _implied(claim, world, out, r, c)
    world.record(("entry", out, r, c), claimed, claim.line, approximation(claim))
    world.entry_nodes[(out, r, c)] = node
    if r < 10 and c < 10 and not approximation(claim):  # K_{12} in a later formula is the learner's value
        for a, b in ((r, c), (c, r)):
            world.scope.aliases[f"K_{a}{b}"] = world.scope.aliases[f"K_{a},{b}"] = claimed
    _note(j, out, world) if world.n_out > 1 else None
    j.target = f"K_{{{r},{c}}}"
    j.label = f"K{_sub(r)},{_sub(c)}"
    return _decide(j, world, claim, claimed, ok, own_ok, true, lambda prev: agrees(node, claimed, prev))


def judge_kernel(claim, world, j: Judgement) -> Judgement:
    """K as a matrix."""
    rows, _ = matrix_rows(claim.value)
    if world.pair_rows == "output" and world.n_out > 1 and len(rows) == world.N * world.n_out and \
            claim.output is None and all(len(row) == len(rows) for row in rows):   # rows listed output-major
        order = point_major(world.N, world.n_out)
        rows = [[rows[a][b] for b in order] for a in order]
    claimed = sympy.Matrix([[to_sympy(v, world.scope) for v in row] for row in rows])
    nodes = [v for row in rows for v in row]
    if claim.shift:   # K − λI written out: K is the written matrix with λI taken back off
        return _judge_shifted(claim, world, j, claimed, nodes)

    def same(a, b):
        return a.shape == b.shape and all(agrees(n, x, y) for n, x, y in zip(nodes, a, b))

    def own_entries(out):
        n = len(world.labels(out))
        if claimed.shape != (n, n):
            return False
        return all(any(agrees_own(nodes[r * n + c], claimed[r, c], v) for v in
                       (own_entry(world, out, r + 1, c + 1), own_sum(world, out, r + 1, c + 1)))
                   for r in range(n) for c in range(n))

    chosen = None
    for out in _readings(world, claim.output, size=claimed.rows):
        true = world.kernel(out)
        ok = same(claimed, true)
        own_ok = any(same(claimed, own) for own in own_kernels(world, out)) or own_entries(out)
        if chosen is None or ((ok or own_ok) and not (chosen[2] or chosen[3])):
            chosen = (out, true, ok, own_ok)
    out, true, ok, own_ok = chosen
    world.reading = out
    world.record(("K", out), claimed, claim.line, approximation(claim))
    _note(j, out, world) if world.n_out > 1 else None
    return _decide(j, world, claim, claimed, ok, own_ok, true,
                   lambda prev: isinstance(prev, sympy.MatrixBase) and same(claimed, prev))


def _judge_shifted(claim, world, j: Judgement, written, nodes) -> Judgement:
    """K − λI (λI − K) as a matrix: right when the K it gives is the kernel, the learner's own when it is their own
    K (see :mod:`symntk.check.shifted_kernel`)."""
    claimed = unshifted(written, claim.shift)
    out = _readings(world, claim.output, size=written.rows)[0]
    true = world.kernel(out)

    def same(a, b):
        return a is not None and a.shape == b.shape and all(agrees(n, x, y) for n, x, y in zip(nodes, a, b))

    ok = same(claimed, true)
    own_ok = not ok and any(same(claimed, own) for own in own_kernels(world, out))
    world.reading = out
    _note(j, out, world) if world.n_out > 1 else None
    return _decide(j, world, claim, written, ok, own_ok, shifted(true, claim.shift, written),
                   lambda prev: isinstance(prev, sympy.MatrixBase) and same(claimed, prev))
