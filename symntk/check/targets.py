"""What a member of a chain names: ∂f/∂θ_k, ∇f(x_i), θ, f, a unit, a name (the kernel's K_{ij}, K, det(K − λI),
tr K and λ: :mod:`symntk.check.kernel_targets`).

Each recogniser takes a parsed node and returns what it names (or None); the
claim types they lead to are made in :mod:`symntk.check.reading`.
"""

from __future__ import annotations

from .nodes import Group, Matrix, Num, Op, Partial, Sym, Tuple
from .output_calls import output_at_point
from .predicates import bare, factor_list, int_subs, walk


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


def output_index(head: Sym) -> int | None:
    """The output o of ``f_o`` (1 for ``f`` with no subscript): its only subscript as a whole number; None for any
    other subscript."""
    if not head.sub:
        return 1
    subs = int_subs(head)
    return subs[0] if subs and len(subs) == 1 else None


def f_call(node) -> tuple[int, int | None] | None:
    """``f``, ``y``, ``f(x)``, ``f_o(x_i)`` → (output, point); ``f(u, v)`` in the learner's own names of the
    input's coordinates (:func:`own_inputs`) is f at a general input, like ``f(x)``."""
    parts = factor_list(node)
    head = parts[0]
    if not (isinstance(head, Sym) and head.name in ("f", "y") and head.layer is None and not head.primes):
        return None
    if head.name == "y" and head.sub:
        return None  # y_i: a label of the data
    output = output_index(head)
    if output is None:
        return None
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



def rebuild(parts):
    """``parts`` (factors as ``factor_list`` lists them) put together again by juxtaposition, left to right."""
    node = parts[0]
    for p in parts[1:]:
        node = Op("juxt", (node, p))
    return node




def mentions(node, name: str) -> bool:
    return any(isinstance(n, Sym) and n.name == name for n in walk(node))


def theta_of(node) -> tuple[str, int | None] | None:
    if isinstance(node, Op) and node.op == "transpose":
        node = node.args[0]
    if isinstance(node, Sym) and node.primes:   # θ′: the learner's other vector (θ with a parameter left out)
        return None
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
        called = f_call(node.numerator) or output_at_point(node.numerator)   # ∂y_1(x_1)/∂θ, ∂f_2 x_1/∂θ
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
