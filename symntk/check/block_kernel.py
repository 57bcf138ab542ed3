"""The kernel by the layers' blocks: K_{rc} = Σ over the blocks B (each W^{[l]}, b^{[l]}) of ⟨∂f/∂B(x_r), ∂f/∂B(x_c)⟩
— for a linear hidden layer x_r x_c ‖W^{[2]}‖² + ‖W^{[2]}‖² + h(x_r)^⊤ h(x_c) + 1.

The learner's own values of such block products (``‖v‖^2 = 2``, ``⟨h(x_1), h(x_2)⟩ = 5``) are remembered by the
block product they stand for, and carried into the kernel entries made from them; a block product the learner
states is also compared with what their own gradients (their h(x_i), their blocks) give. A vector's transpose
times itself in a formula for a number (``(W^{[2]})^⊤ W^{[2]}``, ``v^⊤ v``) is its squared norm.
"""

from __future__ import annotations

import sympy

from .nodes import Group, Op


def _bare(node):
    while isinstance(node, Group) and node.kind == "paren" and len(node.items) == 1:
        node = node.items[0]
    return node


def _untransposed(node):
    node = _bare(node)
    if isinstance(node, Op) and node.op == "transpose":
        return _bare(node.args[0]), True
    return node, False


def _square(left, right, scope) -> sympy.Expr | None:
    """``v^⊤ v`` / ``v v^⊤`` of one vector (one side transposed, the same vector both times): the sum of its
    entries squared; else None."""
    from .matrices import evaluate
    from .syntax import UnreadableError

    (left, flip_l), (right, flip_r) = _untransposed(left), _untransposed(right)
    if flip_l == flip_r or left != right:
        return None
    try:
        value = evaluate(left, scope)
    except UnreadableError:
        return None
    return sum((v ** 2 for v in value), sympy.S.Zero) if 1 in value.shape else None


def vector_square(node, scope) -> sympy.Expr | None:
    """A product holding ``v^⊤ v`` of one vector (``(x_i x_j + 1) (W^{[2]})^⊤ W^{[2]}``) as a number: the
    squared norm times the other factors (numbers); else None."""
    from .meaning import factors, to_sympy
    from .syntax import UnreadableError

    parts = factors(_bare(node))
    for n in range(len(parts) - 1):
        squared = _square(parts[n], parts[n + 1], scope)
        if squared is None:
            continue
        try:
            rest = [to_sympy(p, scope) for p in parts[:n] + parts[n + 2:]]
        except UnreadableError:
            return None
        return sympy.Mul(squared, *rest)
    return None


def matrix_number(node, scope) -> sympy.Expr | None:
    """A product of layer vectors that is one number — ``h(x_1)^⊤ h(x_2)``, ``⟨h(x_1), h(x_2)⟩``, ``v^⊤ v`` as its
    squared norm — for a formula read as numbers; None when it is not one (or has no transposed factor)."""
    from .matrices import evaluate
    from .meaning import factors
    from .syntax import UnreadableError

    if not (isinstance(node, Op) and node.op == "inner" or
            any(isinstance(f, Op) and f.op == "transpose" for f in factors(node))):
        return None
    squared = vector_square(node, scope)
    if squared is not None:
        return squared
    try:
        value = evaluate(node, scope)
    except UnreadableError:
        return None
    return value[0, 0] if value.shape == (1, 1) else None


def _blocks(world) -> list[list[int]]:
    """The θ positions k of each layer's weight and bias, in θ order."""
    out: dict[tuple, list[int]] = {}
    for t in world.net.theta:
        out.setdefault((t.layer, t.kind), []).append(t.k)
    return list(out.values())


def _at_x(world, expr: sympy.Expr, i: int) -> sympy.Expr:
    return expr.xreplace(dict(zip(world.net.x, world.solution.problem.points[i - 1])))


def _term(world, o: int, ks: list[int], i: int, j: int) -> sympy.Expr:
    """⟨∂f_o/∂B(x_i), ∂f_o/∂B(x_j)⟩ with the parameters as letters."""
    return sympy.expand(sum((_at_x(world, world.derivative(o, k), i) * _at_x(world, world.derivative(o, k), j)
                             for k in ks), sympy.S.Zero))


def _own_term(world, o: int, ks: list[int], i: int, j: int) -> sympy.Expr:
    return sympy.expand(sum((world.own_derivative_at(o, k, i) * world.own_derivative_at(o, k, j) for k in ks),
                            sympy.S.Zero))


def remember(world, left: sympy.Expr, claimed: sympy.Expr, line: int, approximation: bool) -> None:
    """A block product the learner gave a value (``‖W^{[2]}‖^2 = 2``), by the true formula it stands for."""
    if not claimed.free_symbols and left.free_symbols:
        world.record(("block", sympy.expand(left)), claimed, line, approximation)


def _stated(world, term: sympy.Expr) -> sympy.Expr | None:
    """The learner's value of ``term``, or of a formula ``term`` is a number times (x_1 x_2 ‖v‖² from ‖v‖²)."""
    best = None
    for key, entries in world.own.items():
        if key[0] != "block" or not entries:
            continue
        ratio = sympy.cancel(term / key[1])
        if ratio.is_number and ratio != 0:
            seq, value, _ = max(entries, key=lambda e: e[0])
            if best is None or seq > best[0]:
                best = (seq, ratio * value)
    return best[1] if best else None


def own_product(world, left: sympy.Expr) -> sympy.Expr | None:
    """What the learner's own gradients give for a stated block product (⟨h(x_1), h(x_2)⟩ from their h(x_i))."""
    if world.n_out != 1 or not left.free_symbols:
        return None
    target = sympy.expand(left)
    for ks in _blocks(world):
        for i in range(1, world.N + 1):
            for j in range(i, world.N + 1):
                if sympy.expand(_term(world, 1, ks, i, j) - target) == 0:
                    return _own_term(world, 1, ks, i, j)
    return None


def own_block_entry(world, out: int | None, r: int, c: int) -> sympy.Expr | None:
    """K_{rc} with the learner's stated block products put in (their gradients for the other blocks); None when
    they stated none."""
    if world.n_out != 1 or not any(key[0] == "block" for key in world.own):
        return None
    (i, o1), (j, o2) = world.labels(out)[r - 1], world.labels(out)[c - 1]
    if o1 != o2:
        return None
    total = sympy.S.Zero
    for ks in _blocks(world):
        term = _term(world, o1, ks, i, j)
        stated = _stated(world, term) if term.free_symbols else None
        total += stated if stated is not None else _own_term(world, o1, ks, i, j)
    return sympy.expand(total)
