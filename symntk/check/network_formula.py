"""The network's formula read as layers ``W^{[l]} φ(… W^{[1]} x + b^{[1]} …) + b^{[l]}``: the activation of each
hidden layer, and whether a formula in whole layers named by their index is the sheet's statement of the network."""

from __future__ import annotations

from dataclasses import replace

from ..errors import InputError
from .claims import ProblemPart
from .meaning import factors
from .node_children import map_children
from .predicates import walk
from .spectrum_rules import SPECTRUM_OF_K
from .syntax import Func, Group, Num, Op, Sym

_ACTIVATIONS = {"tanh": "tanh", "sigma": "sigmoid", "relu": "relu", "softplus": "softplus"}


def _named_activation(text: str) -> str:
    """The activation the notes name in words or symbols (identity when none)."""
    text = SPECTRUM_OF_K.sub(" ", text)   # σ(K): the spectrum of the kernel, not the sigmoid
    low = text.lower()
    for needle, name in (("tanh", "tanh"), ("sigmoid", "sigmoid"), ("\\sigma(", "sigmoid"), ("σ(", "sigmoid"),
                         ("relu", "relu"), ("softplus", "softplus")):
        if needle in low:
            return name
    return "identity"


def layer_activations(formula: ProblemPart | None, depth: int, source: str, text: str = "") -> list[str]:
    """The activation of each of the ``depth - 1`` hidden layers: from the network formula, else the one the notes'
    ``text`` names; InputError when neither says."""
    if depth == 1:
        return []
    if formula is not None:
        found = _layer(formula.node, depth)
        if found is not None:
            return found
    if formula is not None and _plain(formula.node):
        return ["identity"] * (depth - 1)
    if text:
        return [_named_activation(text)] * (depth - 1)
    if formula is None:
        raise InputError(source, "", "the network formula (y = W^{[2]} φ(W^{[1]} x + b^{[1]}) + b^{[2]}) "
                         "or --problem PROBLEM.toml", "none")
    found = _layer(formula.node, depth)
    if found is None:
        raise InputError(source, f"line {formula.line}", "a network formula of the form "
                         "W^{[L]} φ(… W^{[1]} x + b^{[1]} …) + b^{[L]}", formula.text[:60])
    return found


def _plain(node) -> bool:
    """``θ_3(θ_1 x + θ_2) + θ_4``: a formula in x that writes its hidden layer inside plain parentheses, with no
    function, power, fraction or exponential anywhere (nor a bare letter applied to it, :func:`_applied`): the
    activation is the identity, whatever the prose names."""
    nodes = list(walk(node))
    kinds = all(isinstance(n, (Sym, Num, Group)) or isinstance(n, Op) and n.op in ("add", "sub", "neg", "mul", "juxt")
                for n in nodes)
    names = all(n.name not in ("e", "exp", "sigma", "phi", "relu", "tanh", "max") for n in nodes if isinstance(n, Sym))
    grouped = any(isinstance(n, Group) and n.kind == "paren" and any(isinstance(m, Sym) and m.name == "x"
                                                                     for m in walk(n)) for n in nodes)
    return kinds and names and grouped and not any(_applied(n) for n in nodes)


def _applied(node) -> bool:
    """``θ_3 g(θ_1 x + θ_2)``: a bare letter after a coefficient, right before parentheses that hold x: a function
    (the activation, named in the prose: ``g = tanh``) applied, not a parameter multiplying a plain layer."""
    if not (isinstance(node, Op) and node.op in ("juxt", "mul")):
        return False
    for before, group in zip(node.args, node.args[1:]):
        if not (isinstance(group, Group) and group.kind == "paren" and
                any(isinstance(m, Sym) and m.name == "x" for m in walk(group))):
            continue
        if isinstance(before, Op) and before.op in ("juxt", "mul"):   # θ_3 g, the letter last after a coefficient
            last = before.args[-1]
            if isinstance(last, Sym) and not last.sub and last.layer is None and last.name != "x":
                return True
    return False


def plain_formula(parts: list[ProblemPart]) -> ProblemPart | None:
    """The notes' ``f(x) = θ_3(θ_1 x + θ_2) + θ_4`` in names that are not layers (an equation, not a formula part):
    a network formula in plain parentheses, which says the activation is the identity."""
    from .targets import f_call

    for p in parts:
        if p.kind == "equation" and len(p.node.items) >= 2:
            called = f_call(p.node.items[0])
            if called is not None and called[1] is None and _plain(p.node.items[1]):
                return ProblemPart(p.line, "formula", "f", p.node.items[1], p.text)
    return None


def is_architecture(node, widths: list[int]) -> bool:
    """``W2(W1 x + b1) + b2``: the network's formula in whole layers named by their index, the sheet's statement of
    the network (context), not a claim about the values of a learner's entries b_1, b_2 of the same spelling. (With
    its layers written ``W^{[l]}`` a scalar network's formula is f written out, and is judged.)"""
    depth = len(widths) - 1
    if depth < 1 or max(widths) == 1:   # scalar layers: W1 is W^{[1]}, and the formula is f written out
        return False
    layered = _as_layers(node)
    whole = not any(isinstance(n, Sym) and n.name in ("W", "b") and n.sub for n in walk(layered))
    return whole and layered != node and _layer(layered, depth) is not None


def _as_layers(node):
    if isinstance(node, Sym) and node.name in ("W", "b") and node.layer is None and len(node.sub) == 1 and \
            isinstance(node.sub[0], Num) and node.sub[0].decimals is None and not node.primes:
        return replace(node, sub=(), layer=int(node.sub[0].value))
    return map_children(node, _as_layers)


def _layer(node, l: int) -> list[str] | None:
    """Match z^{[l]} = W^{[l]} a^{[l-1]} + b^{[l]}; the activations of layers 1 … l-1, or None."""
    if not (isinstance(node, Op) and node.op == "add"):
        return None
    product, bias = node.args
    if not (isinstance(bias, Sym) and bias.name == "b" and bias.layer == l):
        return None
    parts = factors(product)
    if not (isinstance(parts[0], Sym) and parts[0].name == "W" and parts[0].layer == l):
        return None
    rest = parts[1:]
    if l == 1:
        return [] if len(rest) == 1 and isinstance(rest[0], Sym) and rest[0].name == "x" else None
    name, inner = None, None
    if len(rest) == 1 and isinstance(rest[0], Group) and len(rest[0].items) == 1:
        name, inner = "identity", rest[0].items[0]
    elif len(rest) == 1 and isinstance(rest[0], Op) and rest[0].op == "pow":
        base, exp = rest[0].args
        if isinstance(base, Group) and isinstance(exp, Num) and exp.value == 2:
            name, inner = "quadratic", base.items[0]
    elif len(rest) == 2 and isinstance(rest[0], Func) and rest[0].name in _ACTIVATIONS and not rest[0].primes \
            and isinstance(rest[1], Group) and len(rest[1].items) == 1:
        name, inner = _ACTIVATIONS[rest[0].name], rest[1].items[0]
    if name is None:
        return None
    below = _layer(inner, l - 1)
    return None if below is None else below + [name]
