"""Members of a chain that state no value of the exercise: the general formula (Σ_k ∂f(x_i)/∂θ_k …, J J^T,
tr² − 4 det with letters), the space ℝ^n of a signature, and the parameter count written layer by layer
(2 × 1 + 2 × 1 + 1 × 2 + 1 × 1)."""

from __future__ import annotations

from .nodes import Num, Op, Partial, Sym
from .predicates import bare_invariant, flat_sum, int_subs, walk


def is_general(node) -> bool:
    """The general formula (Σ_k ∂f(x_i)/∂θ_k …, J J^T, ∇f(x_i)^T ∇f(x_j) with letters, tr² − 4 det): not a
    value."""
    if bare_invariant(node):
        return True
    sums = [n for n in [node, *walk(node)] if type(n).__name__ == "SumOp"]
    bound = {s.index for s in sums if s.index}   # Σ_j W_{ij} x_j: x_j is the input's entry j, summed over
    for n in walk(node):
        if isinstance(n, Sym) and n.name in ("nabla", "dots", "J", "K", "Theta") or isinstance(n, Partial):
            return True
        if isinstance(n, Sym) and n.name == "x" and n.sub and not int_subs(n) and not _bound_subs(n, bound):
            return True
    if any(s.index is None for s in sums):   # Σ_j over a unit's letter is a value (index_sums); Σ over θ_k is not
        return True
    return bool(sums) and any(isinstance(n, Sym) and n.name == "theta" for n in walk(node))


def _bound_subs(node: Sym, bound: set) -> bool:
    """Whether every subscript of ``node`` is a number or an index letter a sum of the formula binds."""
    return all(isinstance(s, Num) or isinstance(s, Sym) and s.name in bound and not s.sub for s in node.sub)


def space_size(node) -> int | None:
    """ℝ^n → n."""
    if isinstance(node, Op) and node.op == "pow" and isinstance(node.args[0], Sym) and node.args[0].name == "R":
        exp = node.args[1]
        if isinstance(exp, Num) and exp.decimals is None:
            return int(exp.value)
    return None


def count_terms(node) -> bool:
    """``2 × 1 + 2 × 1 + 1 × 2 + 1 × 1``: the parameter count layer by layer (products n_l × n_{l−1})."""
    terms = flat_sum(node)
    return len(terms) >= 2 and all(isinstance(t, Op) and t.op == "mul" and all(
        isinstance(a, Num) and a.decimals is None for a in t.args) for t in terms)
