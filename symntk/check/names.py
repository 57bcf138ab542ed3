"""The learner's own names for the parameters, read from their network formula.

``f(x) = w_2 \\tanh(w_1 x + b) + b_2`` has the shape W^{[2]} φ(W^{[1]} x + b^{[1]}) + b^{[2]}: so
w_1 is W^{[1]}, b is b^{[1]}, w_2 is W^{[2]} and b_2 is b^{[2]}. With the values the notes give those
names (``w_1 = 1``) this is the exercise, and the names stand for the parameters in every later claim.
"""

from __future__ import annotations

from .meaning import factors, key
from .nodes import Func, Group, Num, Op, Sym

ACTIVATIONS = {"tanh": "tanh", "sigma": "sigmoid", "relu": "relu", "softplus": "softplus"}


def _name(node) -> Sym | None:
    if isinstance(node, Op) and node.op == "transpose":
        node = node.args[0]
    return node if isinstance(node, Sym) and node.name not in ("x", "f", "y") and not node.primes else None


def formula_names(node, depth: int) -> tuple[list[str], dict[str, tuple[str, int]]] | None:
    """(the hidden activations, {the learner's name: ("W" or "b", layer)}) when ``node`` is the network
    formula of ``depth`` layers written with any names; else None."""
    if not (isinstance(node, Op) and node.op == "add"):
        return None
    product, bias = node.args
    parts = factors(product)
    weight, b = _name(parts[0]), _name(bias)
    if weight is None or b is None:
        return None
    names = {key(weight): ("W", depth), key(b): ("b", depth)}
    rest = parts[1:]
    if depth == 1:
        ok = len(rest) == 1 and isinstance(rest[0], Sym) and rest[0].name == "x"
        return ([], names) if ok else None
    act, inner = None, None
    if len(rest) == 1 and isinstance(rest[0], Group) and len(rest[0].items) == 1:
        act, inner = "identity", rest[0].items[0]
    elif len(rest) == 2 and isinstance(rest[0], Func) and rest[0].name in ACTIVATIONS and not rest[0].primes \
            and isinstance(rest[1], Group) and len(rest[1].items) == 1:
        act, inner = ACTIVATIONS[rest[0].name], rest[1].items[0]
    if act is None:
        return None
    below = formula_names(inner, depth - 1)
    if below is None:
        return None
    acts, more = below
    if set(more) & set(names):
        return None
    return acts + [act], {**more, **names}


def find_formula(nodes) -> tuple[int, list[str], dict[str, tuple[str, int]]] | None:
    """The first node that is a network formula (of 1 to 6 layers): (depth, activations, names)."""
    for node in nodes:
        for depth in range(1, 7):
            found = formula_names(node, depth)
            if found is not None:
                return depth, found[0], found[1]
    return None


def is_number(node) -> bool:
    """A written number (a sign allowed)."""
    while isinstance(node, Op) and node.op == "neg" or isinstance(node, Group) and len(node.items) == 1:
        node = node.args[0] if isinstance(node, Op) else node.items[0]
    return isinstance(node, Num)
