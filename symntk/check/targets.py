"""What a member of a chain names: ∂f/∂θ_k, ∇f(x_i), K_{ij}, J, K, det(K − λI), tr K, λ, θ, f, a unit, a name.

Each recogniser takes a parsed node and returns what it names (or None); the
claim types they lead to are made in :mod:`symntk.check.reading`.
"""

from __future__ import annotations

from .formula_kinds import count_terms as count_terms
from .formula_kinds import is_general as is_general
from .formula_kinds import space_size as space_size
from .nodes import Func, Group, Matrix, Num, Op, Partial, Sym, Tuple
from .predicates import bare, factor_list, int_subs, texts, walk


def point_of(node) -> int | None | str:
    """``x_i`` → i; ``x`` → None; anything else → "bad"."""
    if isinstance(node, Group) and len(node.items) == 1:
        node = node.items[0]
    if bare(node, "x"):
        return None
    if isinstance(node, Sym) and node.name == "x" and node.layer is None:
        subs = int_subs(node)
        if subs and len(subs) == 1:
            return subs[0]
    return "bad"


_NOT_INPUTS = ("x", "e", "f", "y", "K", "J", "theta", "lambda", "nabla", "dots", "W", "b")


def own_inputs(node) -> list[Sym] | None:
    """The learner's own names of the input's coordinates in ``f(u, v)``, ``f_2(p, q)``: two or more distinct
    plain letters (no index, no prime; not x, not a number) as f's arguments; None otherwise."""
    parts = factor_list(node)
    if len(parts) != 2 or not (isinstance(parts[0], Sym) and parts[0].name in ("f", "y") and not parts[0].primes
                               and parts[0].layer is None):
        return None
    args = parts[1]
    if not (isinstance(args, Group) and args.kind == "tuple" and len(args.items) >= 2):
        return None
    items = list(args.items)
    if not all(isinstance(i, Sym) and not i.sub and i.layer is None and not i.primes and i.name not in _NOT_INPUTS
               for i in items) or len({i.name for i in items}) != len(items):
        return None
    return items


def f_call(node) -> tuple[int, int | None] | None:
    """``f``, ``y``, ``f(x)``, ``f_o(x_i)`` → (output, point); ``f(u, v)`` in the learner's own names of the
    input's coordinates (:func:`own_inputs`) is f at a general input, like ``f(x)``."""
    parts = factor_list(node)
    head = parts[0]
    if not (isinstance(head, Sym) and head.name in ("f", "y") and head.layer is None and not head.primes):
        return None
    if head.name == "y" and head.sub:
        return None  # y_i: a label of the data
    output = 1
    if head.sub:
        subs = int_subs(head)
        if not subs or len(subs) != 1:
            return None
        output = subs[0]
    if len(parts) == 1 or own_inputs(node) is not None:
        return output, None
    if len(parts) == 2 and isinstance(parts[1], Group) and len(parts[1].items) == 1:
        point = point_of(parts[1])
        if point != "bad":
            return output, point
    return None


_THETA_NAMES = ("theta", "Theta", "vartheta", "w", "p", "omega", "phi", "psi", "mathbf")


def gradient_of(node) -> tuple[int, int | None] | None:
    """``∇_θ f_o(x_i)`` (transposed or not) → (output, point)."""
    if isinstance(node, Op) and node.op == "transpose":
        node = node.args[0]
    parts = factor_list(node)
    if not parts or not (isinstance(parts[0], Sym) and parts[0].name == "nabla"):
        return None
    if any(isinstance(s, Sym) and s.name not in _THETA_NAMES for s in parts[0].sub):
        return None   # ∇_{W^{[1]}} f, ∇_x f, ∇_u f: by one layer's matrix (or a letter for it) or the input, not θ
    rest = parts[1:]
    if len(rest) == 1 and isinstance(rest[0], Op) and rest[0].op == "transpose":
        rest = factor_list(rest[0].args[0])
    if not rest:
        return None
    rebuilt = rest[0] if len(rest) == 1 else Op("juxt", (rest[0], rest[1])) if len(rest) == 2 else None
    if rebuilt is None:
        return None
    if len(rest) == 2 and isinstance(rest[1], Op) and rest[1].op == "transpose":
        rebuilt = Op("juxt", (rest[0], rest[1].args[0]))
    called = f_call(rebuilt)
    return called


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


def rebuild(parts):
    node = parts[0]
    for p in parts[1:]:
        node = Op("juxt", (node, p))
    return node


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


def mentions(node, name: str) -> bool:
    return any(isinstance(n, Sym) and n.name == name for n in walk(node))


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


def eigen_of(node) -> str | None | bool:
    """λ → "all"; λ_1, λ_{1,2} → "one"/"all"; λ_{min}/λ_{max} → "min"/"max"; eig(K) → "all"; else False."""
    if any(isinstance(n, Func) and n.name.startswith("eig") for n in walk(node)) or \
            any("eig" in t for t in texts(node)):
        return "all"
    if isinstance(node, Sym) and node.name == "lambda" and not node.primes:  # λ^{[o]}: output o's kernel
        if not node.sub:
            return "all"
        if len(node.sub) == 1 and isinstance(node.sub[0], Func) and node.sub[0].name in ("min", "max"):
            return node.sub[0].name
        subs = int_subs(node)
        if subs and len(subs) == 1 and len(node.sub[0].text) == 2:
            return "all"
        if subs and len(subs) == 1:
            return "one"
        if subs and len(subs) == 2:
            return "all"
        if len(node.sub) == 1 and isinstance(node.sub[0], Sym) and node.sub[0].name in ("i", "k", "j"):
            return "all"
    return False


def theta_of(node) -> tuple[str, int | None] | None:
    if isinstance(node, Op) and node.op == "transpose":
        node = node.args[0]
    if bare(node, "theta"):
        return "all", None
    if isinstance(node, Sym) and node.name == "theta" and node.layer is None:
        subs = int_subs(node)
        if subs and len(subs) == 1:
            return "entry", subs[0]
    return None


def derivative_of(node) -> dict | None:
    """``∂f_o(x_i)/∂θ_k`` / ``∂f/∂W…`` / ``∂f/∂(a name)`` / ``∂f/∂θ`` → target fields."""
    if not isinstance(node, Partial):
        return None
    out: dict = {"output": 1, "point": None}
    if node.numerator is not None:
        called = f_call(node.numerator)
        if called is None:
            return None
        out["output"], out["point"] = called
    den = node.denominator
    if isinstance(den, Op) and den.op == "transpose":
        den = den.args[0]
    if bare(den, "theta"):
        out["vector"] = True
        return out
    if isinstance(den, Sym) and den.name == "theta" and den.layer is None:
        subs = int_subs(den)
        if subs and len(subs) == 1:
            out["k"] = subs[0]
            return out
        return None
    if isinstance(den, Sym) and den.name not in ("x", "lambda", "nabla", "dots"):
        out["parameter"] = den
        return out
    return None


def unit_of(node) -> tuple[Sym, int | None] | None:
    """``z``, ``a^{[1]}``, ``h_2``, ``z^{[1]}(x_2)``, ``h_1(x_1)`` → (the name, the datapoint or None)."""
    parts = factor_list(node)
    head = parts[0]
    if not (isinstance(head, Sym) and head.name in ("z", "a", "h") and len(head.sub) <= 1 and not head.primes):
        return None
    if head.sub and not (isinstance(head.sub[0], Num) and head.sub[0].decimals is None):
        return None
    if len(parts) == 1:
        return head, None
    if len(parts) == 2 and isinstance(parts[1], Group) and len(parts[1].items) == 1:
        point = point_of(parts[1])
        if point != "bad":
            return head, point
    return None


def is_name(node) -> bool:
    """A single symbol that can be a learner's own name (h_1, z^{[1]}_2, t, v_1, δ_1, σ_1, c)."""
    return isinstance(node, Sym) and node.name not in ("x", "lambda", "nabla", "dots", "e", "I", "theta")


def outputs_vector(node) -> bool:
    """``(f_1(x), f_2(x))`` as a column or a tuple."""
    if isinstance(node, Op) and node.op == "transpose":
        node = node.args[0]
    if isinstance(node, Matrix):
        cells = [v for row in node.rows for v in row]
    elif isinstance(node, (Group, Tuple)) and len(node.items) > 1:
        cells = list(node.items)
    else:
        return False
    calls = [f_call(c) for c in cells]
    return all(c is not None and c[1] is None for c in calls) and [c[0] for c in calls] == list(
        range(1, len(cells) + 1))
