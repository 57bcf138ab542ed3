"""What a member of a chain names about the kernel: K_{ij} (K(x_i, x_j), ⟨∇f(x_i), ∇f(x_j)⟩), K or Θ,
det(K − λI), det K, tr K and λ.

Each recogniser takes a parsed node and returns what it names (or None); the claim types they lead to are made in
:mod:`symntk.check.claim_makers`.
"""

from __future__ import annotations

from .nodes import Func, Group, Num, Op, Sym
from .predicates import factor_list, int_subs, texts, walk
from .targets import gradient_of, mentions, point_of, rebuild


def kernel_ref(node) -> tuple[int, int, int | None] | None:
    """``K_{ij}``, ``K_{i,j}``, ``K_{ij}^{[o]}``, ``K(x_i, x_j)``, ``Θ(x_i, x_j)``, ⟨∇f(x_i), ∇f(x_j)⟩,
    ``∇f(x_i)^T ∇f(x_j)`` → (i, j, output or None)."""
    if isinstance(node, Op) and node.op == "pow" and isinstance(node.args[0], Op) and node.args[0].op == "norm" \
            and isinstance(node.args[1], Num) and node.args[1].value == 2:
        a = gradient_of(node.args[0].args[0])
        if a and a[1]:
            return a[1], a[1], (a[0] if a[0] != 1 else None)
        return None
    if isinstance(node, Op) and node.op == "inner":
        a, b = gradient_of(node.args[0]), gradient_of(node.args[1])
        if a and b and a[1] and b[1] and a[0] == b[0]:
            return a[1], b[1], (a[0] if a[0] != 1 else None)
        return None
    parts = factor_list(node)
    if len(parts) >= 2 and isinstance(parts[0], Sym) and parts[0].name == "nabla":
        for cut in range(2, len(parts)):
            left = rebuild(parts[:cut])
            right = rebuild(parts[cut:])
            a, b = gradient_of(left), gradient_of(right)
            if a and b and a[1] and b[1]:
                return a[1], b[1], (a[0] if a[0] != 1 else None)
        return None
    if len(parts) == 2 and isinstance(parts[0], Sym) and parts[0].name in ("K", "Theta") and not parts[0].primes:
        output = _kernel_output(parts[0])
        arg = parts[1]
        if output != "no" and isinstance(arg, Group) and arg.kind == "tuple" and len(arg.items) == 2:
            points = [point_of(a) for a in arg.items]
            if all(isinstance(p, int) for p in points):
                return points[0], points[1], output
        return None
    if not isinstance(node, Sym) or node.name not in ("K", "Theta") or not node.sub:
        return None
    subs = [s for s in node.sub]
    if len(subs) == 1 and isinstance(subs[0], Num) and subs[0].decimals is None and len(subs[0].text) == 2:
        return int(subs[0].text[0]), int(subs[0].text[1]), node.layer
    if len(subs) == 2 and all(isinstance(s, Num) and s.decimals is None for s in subs):
        return int(subs[0].value), int(subs[1].value), node.layer
    return None


def _kernel_output(name: Sym):
    """The output a kernel function's name is of: ``Θ(x_i, x_j)`` none said, ``Θ^{[o]}(…)`` o, and ``Θ_o(x_i, x_j)``
    (one small whole number as its only subscript, no layer) o too; "no" for any other subscript."""
    if not name.sub:
        return name.layer
    if name.layer is None and len(name.sub) == 1 and isinstance(name.sub[0], Num) and \
            name.sub[0].decimals is None and len(name.sub[0].text) == 1 and name.sub[0].value >= 1:
        return int(name.sub[0].value)
    return "no"

def is_matrix_name(node, *names) -> int | None | str:
    """``K`` / ``Θ`` / ``K^{[o]}`` → output (None when not given); "no" otherwise."""
    if isinstance(node, Sym) and node.name in names and not node.sub and not node.primes:
        return node.layer
    return "no"


def det_of(node) -> tuple[str, int, int | None] | None:
    """``\\det(K − λI)`` → ("poly", 1, o), ``\\det(λI − K)`` → ("poly", −1, o), ``\\det K`` → ("det", 1, o);
    o is the output of K^{[o]} (None for K)."""
    parts = factor_list(node)
    from .layer_targets import polynomial_name

    named = polynomial_name(parts)
    if named is not None:
        return named
    if len(parts) != 2 or not (isinstance(parts[0], Func) and parts[0].name == "det"):
        return None
    arg = parts[1]
    if isinstance(arg, Group) and len(arg.items) == 1:
        arg = arg.items[0]
    if is_matrix_name(arg, "K", "Theta") != "no":
        return "det", 1, is_matrix_name(arg, "K", "Theta")
    if isinstance(arg, Op) and arg.op == "sub":
        left, right = arg.args
        if is_matrix_name(left, "K", "Theta") != "no" and mentions(right, "lambda"):
            return "poly", 1, is_matrix_name(left, "K", "Theta")
        if is_matrix_name(right, "K", "Theta") != "no" and mentions(left, "lambda"):
            return "poly", -1, is_matrix_name(right, "K", "Theta")
    return None


def trace_of(node):
    """``tr K`` → ("tr", output of K^{[o]} or None); else None."""
    parts = factor_list(node)
    if len(parts) != 2 or not (isinstance(parts[0], Func) and parts[0].name in ("tr", "trace")):
        return None
    arg = parts[1]
    if isinstance(arg, Group) and len(arg.items) == 1:
        arg = arg.items[0]
    output = is_matrix_name(arg, "K", "Theta")
    return None if output == "no" else ("tr", output)


def eigen_output(node) -> int | None:
    """The output o whose kernel's eigenvalues a claim names: ``λ^{[o]}``, ``\\operatorname{spec} K^{[o]}``,
    ``\\operatorname{eig}(K^{[o]})``; None when no output is written."""
    if isinstance(node, Sym) and node.name == "lambda":
        return node.layer
    parts = factor_list(node)
    if len(parts) == 2 and isinstance(parts[0], Func) and parts[0].name.startswith(("eig", "spec")):
        arg = parts[1]
        if isinstance(arg, Group) and len(arg.items) == 1:
            arg = arg.items[0]
        output = is_matrix_name(arg, "K", "Theta")
        return None if output == "no" else output
    return None


def eigen_of(node) -> str | None | bool:
    """λ → "all"; λ_1, λ_{1,2} → "one"/"all"; λ_{min}/λ_{max} → "min"/"max"; eig(K), spec K → "all"; else False."""
    if any(isinstance(n, Func) and n.name.startswith(("eig", "spec")) for n in walk(node)) or \
            any("eig" in t for t in texts(node)):
        return "all"
    if isinstance(node, Sym) and node.name == "lambda" and not node.primes:  # λ^{[o]}: output o's kernel
        if not node.sub:
            return "all"
        if len(node.sub) == 1 and isinstance(node.sub[0], Func) and node.sub[0].name in ("min", "max"):
            return node.sub[0].name
        subs = int_subs(Sym(node.name, node.sub))   # λ^{[2]}_1: output 2's first eigenvalue
        if subs and len(subs) == 1 and len(node.sub[0].text) == 2:
            return "all"
        if subs and len(subs) == 1:
            return "one"
        if subs and len(subs) == 2:
            return "all"
        if len(node.sub) == 1 and isinstance(node.sub[0], Sym) and node.sub[0].name in ("i", "k", "j"):
            return "all"
    return False
