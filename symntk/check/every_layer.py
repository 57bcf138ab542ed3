"""One value for a parameter letter in every layer: ``all $W = 1$, all $b = 0$`` beside ``f(x) = W^{[3]}(W^{[2]}(…)…)``.

A learner who gives a network of scalar layers often states its values once for all of them. A value is read this
way only when it cannot mean anything else: the notes give no layer of that letter a value of its own, the
formula names the letter only with a layer (``W^{[l]}``), no such name ever carries an index (``W^{[1]}_{11}``:
then the layers have entries and one number for all of them does not fix their shapes), and the value is one
number (``W = 1``, not ``W = [1, 1]``).
"""

from __future__ import annotations

from .claims import ProblemPart
from .nodes import Num, Op, Sym
from .predicates import walk


def _scalar(node) -> bool:
    return isinstance(node, Num) or isinstance(node, Op) and node.op == "neg" and isinstance(node.args[0], Num)


def every_layer(parts: list, formula, every: dict | None = None) -> dict:
    """Name (``W2``) → (the equation part, its number) for every layer ``W^{[l]}`` / ``b^{[l]}`` that ``formula``
    names, from a bare scalar ``W = w`` / ``b = c`` of the notes, else from ``every`` (kind → (number, line):
    ``all weights are 1`` in words): W^{[l]} = w for every l (see the module doc)."""
    if formula is None:
        return {}
    layered = _layers_named(formula.node, parts)
    bare: dict = {}
    for p in parts:
        if p.kind != "equation":
            continue
        if any(isinstance(n, Sym) and n.name in ("W", "b") and n.layer and n.sub for n in walk(p.node)):
            return {}   # the layers have entries: one number does not fix their shapes
        items = p.node.items
        first, last = items[0], items[-1]
        if len(items) == 2 and isinstance(first, Sym) and first.name in ("W", "b") and not first.layer and \
                not first.sub and not first.primes and _scalar(last):
            bare.setdefault(first.name, (p, last))
    for kind, (number, line) in (every or {}).items():
        bare.setdefault(kind, (ProblemPart(line, "value", kind, number), number))
    return {f"{name}{layer}": bare[name] for name, layer in sorted(layered) if name in bare}


def _layers_named(formula, parts: list) -> set:
    """(letter, layer) of every ``W^{[l]}`` / ``b^{[l]}`` the formula names, directly or through the learner's
    own units it uses (``f = W^{(3)} h_2 + b^{(3)}`` with ``h_2 = W^{(2)} h_1 + b^{(2)}``, ``h_1 = W^{(1)} x + …``)."""
    defs = {}
    for p in parts:
        if p.kind == "equation" and len(p.node.items) >= 2 and isinstance(p.node.items[0], Sym) and \
                p.node.items[0].name not in ("W", "b", "f", "x", "y"):
            defs.setdefault(_unit(p.node.items[0]), p.node.items[1:])
    layered, seen, todo = set(), set(), [formula]
    while todo:
        for n in walk(todo.pop()):
            if isinstance(n, Sym) and n.name in ("W", "b") and n.layer:
                layered.add((n.name, n.layer))
            elif isinstance(n, Sym) and _unit(n) in defs and _unit(n) not in seen:
                seen.add(_unit(n))
                todo.extend(defs[_unit(n)])
    return layered


def _unit(sym: Sym) -> tuple:
    return sym.name, tuple(str(s) for s in sym.sub), sym.layer
