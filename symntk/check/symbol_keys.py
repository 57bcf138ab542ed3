"""A written symbol as text: the key a learner's own name is kept under (h_1, z^{[1]}_2, K_{(1,1),(1,2)}), the
symbol as a reason shows it, an index letter that stands for every value, and the entry one index names in a
row or column vector (for symntk.check.scope)."""

from __future__ import annotations

from .syntax import Num, Sym


def key(sym: Sym) -> str:
    """A learner's own name as a dictionary key: ``h_1``, ``z^{[1]}_2``, ``v_1``, ``t``; a compound index keeps
    its parts, so ``K_{(1,1),(1,2)}`` and ``K_{(1,1),(2,1)}`` are two names, not one."""
    subs = ",".join(_index_key(s) for s in sym.sub)
    return f"{sym.name}{'_' + subs if subs else ''}{'^' + str(sym.layer) if sym.layer else ''}{chr(39) * sym.primes}"


def _index_key(node, depth: int = 0) -> str:
    """One index of a name as text: a number, a name, a function's name, or (bounded in depth) a group or an
    operation of these; ``?`` for anything else."""
    if isinstance(node, Num):
        return node.text
    if isinstance(node, Sym):
        return key(node)
    kind = type(node).__name__
    if kind == "Func":
        return node.name
    if depth < 4 and kind in ("Group", "Op"):
        inner = ",".join(_index_key(n, depth + 1) for n in (node.items if kind == "Group" else node.args))
        return f"{node.kind if kind == 'Group' else node.op}({inner})"
    return "?"


def shown(sym: Sym) -> str:
    return sym.name + ("_…" if sym.sub else "") + (f"^[{sym.layer}]" if sym.layer else "")


def vector_entry(rows: int, cols: int, i: int) -> tuple[int, ...]:
    """The (row, column) that one index names in a matrix with ``rows`` × ``cols`` entries: along the only
    row of a row vector (W^{[2]}_i = W^{[2]}_{1,i}), down the only column of a column vector
    (W^{[1]}_i = W^{[1]}_{i,1}); ``(i,)`` (not an entry) for a matrix that is neither."""
    if rows == 1:
        return (1, i)
    if cols == 1:
        return (i, 1)
    return (i,)


def index_letter(node) -> bool:
    """An index letter (m, n, k, …) as a subscript: it stands for every value, not one."""
    return isinstance(node, Sym) and not node.sub and node.layer is None and len(node.name) == 1 and \
        "i" <= node.name <= "o"
