"""What a member names in vectorised notes: a layer's δ or ∂f/∂W^{[l]}, formulas of layer quantities, f at a
number, and the characteristic polynomial by a name of its own (p(λ), χ_K(λ))."""

from __future__ import annotations

from .kernel_targets import is_matrix_name
from .nodes import Group, Num, Op, Partial, Sym
from .predicates import bare, factor_list, walk
from .targets import f_call, point_of


def layer_of(node) -> tuple[str, int, int, int | None] | None:
    """``δ^{[l]}`` / ``δ^{[l]}(x_i)`` / ``∂f/∂z^{[l]}`` → ("delta", l, 1, point) (``∂f/∂z`` with no layer: l = 0,
    the hidden layer of a network that has only one); ``∂f_o/∂W^{[l]}``, ``∂f_o(x_i)/∂b^{[l]}``,
    ``∂f/∂W^{[l]}(x_i)`` (a whole layer's matrix, no indices) → ("W" or "b", l, o, point)."""
    parts = factor_list(node)
    point = None
    if len(parts) == 2 and isinstance(parts[1], Group) and len(parts[1].items) == 1:
        point = point_of(parts[1])
        if point == "bad":
            return None
        parts = parts[:1]
    if len(parts) == 2 and _is_vec(parts[0]) and isinstance(parts[1], Partial):   # vec ∂f/∂W^{[l]}
        parts = parts[1:]
    if len(parts) != 1:
        return None
    head = parts[0]
    if isinstance(head, Sym) and head.name == "delta" and head.layer is not None and not head.sub and \
            not head.primes:
        return "delta", head.layer, 1, point
    if not isinstance(head, Partial):
        return None
    den = head.denominator.args[0] if isinstance(head.denominator, Op) and head.denominator.op == "transpose" \
        else head.denominator
    vec = factor_list(den)
    if len(vec) == 2 and _is_vec(vec[0]):   # ∂f/∂ vec W^{[l]}, ∂f/∂ vec(W^{[l]})
        den = vec[1].items[0] if isinstance(vec[1], Group) and len(vec[1].items) == 1 else vec[1]
    if isinstance(den, Sym) and den.name == "z" and den.layer is None and not den.sub and not den.primes and \
            head.numerator is not None and f_call(head.numerator) == (1, None):
        return "delta", 0, 1, point   # ∂f/∂z with no layer: δ of the only hidden layer (0 until judged)
    if isinstance(den, Sym) and den.name == "z" and den.layer is not None and not den.sub and not den.primes and \
            head.numerator is not None and f_call(head.numerator) == (1, None):
        return "delta", den.layer, 1, point   # ∂f/∂z^{[l]}: δ^{[l]}
    if not (isinstance(den, Sym) and den.name in ("W", "b") and den.layer is not None and not den.sub
            and not den.primes):
        return None
    output = 1
    if head.numerator is not None:
        called = f_call(head.numerator)
        if called is None or (called[1] is not None and point is not None):
            return None
        output, point = called[0], called[1] if called[1] is not None else point
    return den.name, den.layer, output, point


def unindexed_output(node) -> bool:
    """``∂f/∂W^{[l]}``, ``∂\\mathbf{f}/∂b^{[l]}``: a derivative of f written without an output's index."""
    head = factor_list(node)[-1]
    return isinstance(head, Partial) and isinstance(head.numerator, Sym) and head.numerator.name in ("f", "y") \
        and not head.numerator.sub


def _is_vec(node) -> bool:
    from .nodes import Func

    return isinstance(node, Func) and node.name == "vec" and not node.primes and node.power is None


def vectorised(node) -> bool:
    """``vec ∂f/∂W^{[l]}``, ``∂f/∂ vec W^{[l]}``: the matrix stacked into one column (column by column)."""
    parts = factor_list(node)
    if len(parts) == 2 and _is_vec(parts[0]):
        return True
    head = parts[0]
    return isinstance(head, Partial) and len(factor_list(head.denominator)) == 2 and \
        _is_vec(factor_list(head.denominator)[0])


LAYER_NAMES = ("W", "b", "z", "a", "h", "delta")


def names_layer(node) -> bool:
    """Whether a formula holds a whole layer's quantity (``W^{[2]}``, ``z^{[1]}``, ``δ^{[1]}`` without indices)."""
    return any(isinstance(n, Sym) and n.name in LAYER_NAMES and n.layer is not None and not n.sub
               for n in walk(node))


def names_hidden_layer(node) -> bool:
    """Whether a formula holds a unit name alone (``z``, ``a``, ``h``: with several hidden units, a layer)."""
    return any(isinstance(n, Sym) and n.name in ("z", "a", "h") and n.layer is None and not n.sub
               for n in walk(node))


def signed_number(node) -> bool:
    """``3``, ``-1``, ``0{,}5``: a number with or without its sign."""
    if isinstance(node, Op) and node.op == "neg" and len(node.args) == 1:
        node = node.args[0]
    return isinstance(node, Num)


def output_at_number(node) -> bool:
    """``f(3)``, ``f(-1)``, ``f_1(1, 0)``: the output at an input written as numbers (not as a datapoint x_i)."""
    parts = factor_list(node)
    return len(parts) == 2 and isinstance(parts[0], Sym) and parts[0].name == "f" and parts[0].layer is None \
        and not parts[0].primes and isinstance(parts[1], Group) and parts[1].kind in ("paren", "tuple") \
        and all(signed_number(n) for n in parts[1].items)


POLYNOMIAL_NAMES = ("p", "P", "chi", "c", "q")


def polynomial_name(parts) -> tuple[str, int, int | None] | None:
    """``p(λ)``, ``P(λ)``, ``χ(λ)``, ``χ_K(λ)``, ``c_K(λ)``: the characteristic polynomial named as a function of λ
    → ("poly", 0, output of K^{[o]} in the subscript or None): sign 0, as a name says neither det(K − λI) nor
    det(λI − K)."""
    if len(parts) != 2 or not (isinstance(parts[0], Sym) and parts[0].name in POLYNOMIAL_NAMES):
        return None
    head, arg = parts
    if head.primes or head.layer is not None or not (isinstance(arg, Group) and arg.kind == "paren"
                                                      and len(arg.items) == 1 and bare(arg.items[0], "lambda")):
        return None
    if not head.sub:
        return "poly", 0, None
    if len(head.sub) == 1 and is_matrix_name(head.sub[0], "K", "Theta") != "no":
        return "poly", 0, is_matrix_name(head.sub[0], "K", "Theta")
    return None
