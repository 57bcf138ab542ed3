"""Inner products of the gradients of named outputs, ``⟨∇f_1(x_1), ∇f_2(x_2)⟩``, ``∇f_2(x_1)^T ∇f_2(x_2)``,
``‖∇f_1(x_2)‖²``: entries of the full kernel over (datapoint, output) pairs.

When both gradients name their output with a subscript (``f_o``, ``y_o``), the product is the entry of the pair
(x_i, f_a) with the pair (x_j, f_b) — also when the outputs differ (a cross-output term of the full kernel) and
when the output written is the first. A gradient of plain ``f`` names no output and is left to
:func:`symntk.check.kernel_targets.kernel_ref`.
"""

from __future__ import annotations

from .nodes import Num, Op, Sym
from .predicates import factor_list, int_subs
from .targets import gradient_of, rebuild


def _output_named(node) -> int | None:
    """The output a gradient ``∇_θ f_o(x_i)`` writes as f's (or y's) subscript, None when f has none."""
    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, Sym) and n.name in ("f", "y") and n.sub:
            subs = int_subs(n)
            return subs[0] if subs and len(subs) == 1 else None
        if isinstance(n, Op):
            stack.extend(n.args)
    return None


def _factors(node):
    """The two gradients the product is of, or None."""
    if isinstance(node, Op) and node.op == "pow" and isinstance(node.args[0], Op) and node.args[0].op == "norm" \
            and isinstance(node.args[1], Num) and node.args[1].value == 2:
        return node.args[0].args[0], node.args[0].args[0]
    if isinstance(node, Op) and node.op == "inner":
        return node.args[0], node.args[1]
    parts = factor_list(node)
    if len(parts) >= 2 and isinstance(parts[0], Sym) and parts[0].name == "nabla":
        for cut in range(2, len(parts)):
            left, right = rebuild(parts[:cut]), rebuild(parts[cut:])
            if gradient_of(left) and gradient_of(right):
                return left, right
    return None


def gradient_pairs(node) -> tuple | None:
    """``⟨∇f_a(x_i), ∇f_b(x_j)⟩`` → (((“point”, i), (“output”, a)), ((“point”, j), (“output”, b))), the pairs of
    :func:`symntk.check.kernel_pairs.pair_ref`; None unless both gradients name their datapoint and output."""
    factors = _factors(node)
    if factors is None:
        return None
    out = []
    for g in factors:
        ref = gradient_of(g)
        output = _output_named(g)
        if not ref or not ref[1] or output is None or output != ref[0]:
            return None
        out.append((("point", ref[1]), ("output", output)))
    return tuple(out)
