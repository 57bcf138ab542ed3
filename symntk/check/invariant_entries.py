"""tr K and det K written as a formula in the kernel's entries (``\\operatorname{tr} K = K_{11} + K_{22}``,
``\\det K = K_{11}K_{22} - K_{12}^2``): the formula read and judged as a formula, not as a value.

A member of a chain about tr K or det K that is arithmetic of entries K_{ij} only (+ − · and whole powers,
brackets; no number among them, as ``5 K_{22} − K_{12}^2`` has an entry's value put in) is turned into a polynomial
in the entries of a symmetric n × n matrix S (K_{ij} and K_{ji} are one entry, as K is symmetric). It is right when
it is tr S = Σ_i S_ii, or det S, identically; its value (for the member after it in the chain, ``= 13 + 20 = 33``)
is the formula at the true kernel. An index past n makes the formula wrong (K_{33} of a 2 × 2 K).
"""

from __future__ import annotations

import sympy

from .judgement import Judgement
from .kernel_targets import kernel_ref
from .nodes import Group, Num, Op, Sym

_MAX_NODES = 200


def _entry(i: int, j: int) -> sympy.Symbol:
    """The symbol of the symmetric entry K_ij = K_ji (its LaTeX name K_{ij}, with i ≤ j)."""
    a, b = min(i, j), max(i, j)
    return sympy.Symbol(f"K_{{{a}{b}}}")


def entry_formula(node, depth: int = 0, count: list | None = None) -> sympy.Expr | None:
    """The member as a polynomial in the symbols K_{ij} (see the module doc), or None when it is anything else or
    names no entry at all."""
    count = [0] if count is None else count
    count[0] += 1
    if depth > 30 or count[0] > _MAX_NODES:
        return None
    result = _formula(node, depth, count)
    if depth == 0 and (result is None or not result.free_symbols):
        return None
    return result


def _formula(node, depth: int, count: list) -> sympy.Expr | None:
    ref = kernel_ref(node) if isinstance(node, Sym) else None
    if ref is not None:
        i, j, output = ref
        return _entry(i, j) if output is None and i >= 1 and j >= 1 else None
    if isinstance(node, Num):   # a number among the entries (5 K_22 − K_12², an entry's value put in): not this
        return None
    if isinstance(node, Group) and node.kind in ("paren", "bracket", "brace") and len(node.items) == 1:
        return entry_formula(node.items[0], depth + 1, count)
    if not isinstance(node, Op):
        return None
    if node.op == "pow" and len(node.args) == 2 and isinstance(node.args[1], Num) and node.args[1].decimals is None \
            and node.args[1].value in (1, 2, 3):   # K_12^2: a whole power of entries
        base = entry_formula(node.args[0], depth + 1, count)
        return None if base is None else base ** int(node.args[1].value)
    args = [entry_formula(a, depth + 1, count) for a in node.args]
    if any(a is None for a in args):
        return None
    if node.op == "add":
        return sympy.Add(*args)
    if node.op == "sub" and len(args) == 2:
        return args[0] - args[1]
    if node.op == "neg" and len(args) == 1:
        return -args[0]
    if node.op in ("mul", "juxt"):
        return sympy.Mul(*args)
    return None


def true_formula(kind: str, n: int) -> sympy.Expr:
    """tr S = Σ_i S_ii or det S of the symmetric n × n matrix of entries K_{ij}."""
    if kind == "trace":
        return sympy.Add(*(_entry(i, i) for i in range(1, n + 1)))
    return sympy.expand(sympy.Matrix(n, n, lambda a, b: _entry(a + 1, b + 1)).det())


def judge_entry_formula(claim, world, j: Judgement, formula: sympy.Expr, out) -> Judgement:
    """tr K or det K (``claim.kind``) of output ``out`` written as ``formula`` in the entries: right when it is
    :func:`true_formula` identically; the value it stands for is the formula at the true kernel."""
    K = world.kernel(out)
    n = K.shape[0]
    true = true_formula(claim.kind, n)
    entries = {_entry(a + 1, b + 1): K[a, b] for a in range(n) for b in range(n)}
    value = formula.xreplace(entries)
    j.value, j.expected, j.plain = true, sympy.latex(true), str(true)
    j.target = j.target or (r"\operatorname{tr} K" if claim.kind == "trace" else r"\det K")
    j.label = j.label or ("tr K" if claim.kind == "trace" else "det K")
    ok = sympy.expand(formula - true) == 0
    if ok:
        j.verdict = "correct"
    else:
        j.verdict = "wrong"
        j.mark_wrong(world)
    world.claimed[id(claim.value)] = (value if not value.free_symbols else true.xreplace(entries),
                                      "correct" if ok else "wrong")
    return j
