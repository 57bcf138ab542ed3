"""Small questions about syntax nodes: what a node names (K_{i,j}, W^{[l]}, ∂f/∂θ_k, …) and what it contains."""

from __future__ import annotations

from .nodes import Func, Group, Matrix, Node, Num, Op, Partial, SumOp, Sym, Text, Tuple


def walk(node):
    """Every node inside ``node`` (itself included)."""
    stack = [node]
    while stack:
        n = stack.pop()
        if n is None:
            continue
        yield n
        if isinstance(n, Op):
            stack.extend(n.args)
        elif isinstance(n, (Group, Tuple)):
            stack.extend(n.items)
        elif isinstance(n, Matrix):
            stack.extend(v for row in n.rows for v in row)
        elif isinstance(n, Partial):
            stack.extend([n.numerator, n.denominator])
        elif hasattr(n, "numerator"):
            stack.extend([n.numerator, n.denominator])
        elif hasattr(n, "inner"):
            stack.append(n.inner)
        elif isinstance(n, Sym):
            stack.extend(n.sub)


def texts(node) -> list[str]:
    return [n.text.lower() for n in walk(node) if isinstance(n, Text)]


def bare(node, *names) -> bool:
    return isinstance(node, Sym) and node.name in names and not node.sub and node.layer is None


def int_subs(node) -> tuple[int, ...] | None:
    if not isinstance(node, Sym) or node.layer is not None:
        return None
    out = []
    for s in node.sub:
        if not isinstance(s, Num) or s.decimals is not None:
            return None
        out.append(int(s.value))
    return tuple(out)


def kernel_ref(node) -> tuple[int, int] | None:
    """``K_{i,j}`` (or ``K_{ij}`` with one-digit indices, or ``K(x_i, x_j)``) → (i, j)."""
    if isinstance(node, Op) and node.op == "juxt" and bare(node.args[0], "K"):
        arg = node.args[1]
        if isinstance(arg, Group) and arg.kind == "tuple" and len(arg.items) == 2:
            subs = [int_subs(a) if isinstance(a, Sym) and a.name == "x" else None for a in arg.items]
            if all(s and len(s) == 1 for s in subs):
                return subs[0][0], subs[1][0]
        return None
    if not isinstance(node, Sym) or node.name != "K":
        return None
    subs = int_subs(node)
    if subs and len(subs) == 1 and node.sub[0].text.isdigit() and len(node.sub[0].text) == 2:
        subs = tuple(int(c) for c in node.sub[0].text)
    return subs if subs and len(subs) == 2 else None


def layer_param(node) -> str | None:
    """``W^{[l]}`` / ``b^{[l]}`` without indices → ``W1``, ``b2``, …"""
    if isinstance(node, Sym) and node.name in ("W", "b") and node.layer and not node.sub:
        return f"{node.name}{node.layer}"
    return None


def is_eigen(node) -> bool:
    if any("eig" in t for t in texts(node)):
        return True
    return any(isinstance(n, Func) and n.name.startswith("eig") for n in walk(node)) or bare(node, "lambda")


def has_symbols(node) -> bool:
    return any(isinstance(n, (Sym, Func, Partial, SumOp, Text)) for n in walk(node))


def indexed_params(node) -> bool:
    return any(isinstance(n, Sym) and n.name in ("W", "b") and n.sub for n in walk(node))


def matrix_level(node) -> bool:
    return any(layer_param(n) for n in walk(node))


def flat_sum(node) -> list[Node]:
    """The summands of a sum a + b + c (a difference keeps its sign as neg)."""
    if isinstance(node, Op) and node.op == "add":
        return flat_sum(node.args[0]) + flat_sum(node.args[1])
    if isinstance(node, Op) and node.op == "sub":
        return flat_sum(node.args[0]) + [Op("neg", (node.args[1],))]
    return [node]


def _bracketed(node) -> bool:
    """``[a · b]`` or ``-[a · b]``."""
    while isinstance(node, Op) and node.op == "neg":
        node = node.args[0]
    return isinstance(node, Group) and node.kind == "bracket"


def is_term_sum(node) -> bool:
    """A written term-by-term sum of numbers: several summands without variables, either all
    bracketed terms ``[a · b] + [c · d]`` (their factors may hold functions of numbers, tanh(1)) or
    plain numbers ``1·2 + 0·0`` (a sum of function values, 11 − 18 tanh²(1), is a value, not terms)."""
    terms = flat_sum(node)
    if len(terms) < 2 or any(isinstance(n, (Sym, Partial, SumOp, Text)) for n in walk(node)):
        return False
    return all(_bracketed(t) for t in terms) or not any(isinstance(n, Func) for n in walk(node))


def gradient_target(node: Partial) -> dict | None:
    """``∂f/∂θ_k``, ``∂f/∂W_{i,j}^{[l]}``, ``∂f(x_i)/∂θ_k`` → {"k"| "param", "point", "output"}."""
    num, den = node.numerator, node.denominator
    out: dict = {"point": None, "output": 1}
    if num is not None:
        parts = [num] if not isinstance(num, Op) else factor_list(num)
        head = parts[0]
        if not isinstance(head, Sym) or head.name not in ("f", "y") or head.layer is not None:
            return None
        if head.sub:
            subs = int_subs(head)
            if not subs or len(subs) != 1:
                return None
            out["output"] = subs[0]
        rest = parts[1:]
        if rest:
            arg = rest[0].items[0] if isinstance(rest[0], Group) and len(rest[0].items) == 1 else rest[0]
            if bare(arg, "x"):
                pass
            elif isinstance(arg, Sym) and arg.name == "x" and int_subs(arg) and len(int_subs(arg)) == 1:
                out["point"] = int_subs(arg)[0]
            else:
                return None
            if len(rest) > 1:
                return None
    if isinstance(den, Sym) and den.name == "theta":
        subs = int_subs(den)
        if not subs or len(subs) != 1:
            return None
        out["k"] = subs[0]
        return out
    if isinstance(den, Sym) and den.name in ("W", "b") and den.layer and den.sub:
        out["param"] = den
        return out
    return None


def factor_list(node):
    if isinstance(node, Op) and node.op in ("mul", "juxt"):
        return factor_list(node.args[0]) + factor_list(node.args[1])
    return [node]


def bare_invariant(node) -> bool:
    """Whether ``tr`` or ``det`` stands without its matrix somewhere in ``node`` (``\\operatorname{tr}^2 −
    4\\det``: the discriminant's formula in words of the invariants, not a value)."""
    stack = [(node, False)]
    while stack:
        n, applied = stack.pop()
        if isinstance(n, Func) and n.name in ("tr", "det", "trace") and not applied:
            return True
        if isinstance(n, Op) and n.op == "juxt" and isinstance(n.args[0], Func):
            stack.extend([(n.args[0], True), (n.args[1], False)])
        elif isinstance(n, Op) and n.op == "juxt" and isinstance(n.args[0], Op) and n.args[0].op == "juxt" and \
                isinstance(n.args[0].args[1], Func):   # 4 \det K: (4 · det) · K
            stack.extend([(n.args[0].args[0], False), (n.args[0].args[1], True), (n.args[1], False)])
        elif isinstance(n, Op):
            stack.extend((a, False) for a in n.args)
        elif isinstance(n, (Group, Tuple)):
            stack.extend((a, False) for a in n.items)
    return False
