"""Sums over units written with their index letter: ``Σ_j (W^{[2]}_j)^2``, ``Σ_i W_i δ_{ij}``, ``Σ_j z_j(x) z_j(x′)``.

Σ_j body = body(j = 1) + body(j = 2) + … : with an upper limit (``Σ_{j=1}^{2}``, ``Σ_j^2``) up to it, else
over the units the body names — the terms are added while every name in them is in the network (the
first term must be); a term without the letter and both limits written, Σ_{k=1}^{6} 1 = 6. A sum over units
that starts from another number than 1 is not read. Kronecker's δ with both indices put in is 1 when they are
equal, else 0.
"""

from __future__ import annotations

import dataclasses

import sympy

from .node_children import map_children
from .nodes import Node, Num, Op, Sym
from .syntax import UnreadableError

MAX_TERMS = 12


def _num(value: int) -> Num:
    return Num(value, None, str(value))


def _index_entries(sub: tuple, letter: str, value: int) -> tuple:
    """A subscript with the letter put in; ``{i1}`` (read as i·1) becomes the two indices (value, 1)."""
    out = []
    for node in sub:
        node = put_index(node, letter, value)
        if isinstance(node, Op) and node.op == "juxt" and all(isinstance(a, Num) for a in node.args):
            out.extend(node.args)
        else:
            out.append(node)
    return tuple(out)


def _bare_input(node: Node, letter: str) -> Node:
    """``node`` with every ``x_{letter}`` written as the bare input ``x``."""
    if isinstance(node, Sym):
        bound = node.name == "x" and node.layer is None and len(node.sub) == 1 and \
            isinstance(node.sub[0], Sym) and node.sub[0].name == letter and not node.sub[0].sub
        return dataclasses.replace(node, sub=()) if bound else node
    return map_children(node, lambda child: _bare_input(child, letter))


def put_index(node: Node, letter: str, value: int) -> Node:
    """``node`` with the index letter replaced by ``value`` in every subscript (Sym ``letter`` itself there)."""
    if isinstance(node, Sym):
        if node.name == letter and not node.sub and node.layer is None and not node.primes:
            return _num(value)
        if not node.sub:
            return node
        sub = _index_entries(node.sub, letter, value)
        if node.name == "delta" and node.layer is None and len(sub) == 2 and all(isinstance(s, Num) for s in sub):
            return _num(1 if sub[0].value == sub[1].value else 0)
        return dataclasses.replace(node, sub=sub)
    return map_children(node, lambda child: put_index(child, letter, value), nested=True)   # a matrix's entries too


def _names_letter(nodes, letter: str) -> bool:
    stack = list(nodes)
    while stack:
        n = stack.pop()
        if isinstance(n, Sym) and any(isinstance(s, Sym) and s.name == letter or not isinstance(s, (Sym, Num))
                                      for s in n.sub):
            return True
        if dataclasses.is_dataclass(n):
            for f in dataclasses.fields(n):
                v = getattr(n, f.name)
                stack.extend([v] if isinstance(v, Node) else [x for x in v if isinstance(x, Node)]
                             if isinstance(v, tuple) else [])
    return False


def sum_over(body: list[Node], letter: str, upper: int | None, evaluate, inputs: int = 0,
             lower: int | None = None) -> sympy.Expr:
    """Σ_{letter} of the product ``body`` (see the module doc); ``evaluate`` reads a list of factors. A sum whose
    terms name the input's entry ``x_j`` runs over the ``inputs`` entries; with one input that entry is the
    input x itself: Σ_j W_{ij} x_j = W_{i1} x. Terms that do not name the letter, with both limits written
    (``Σ_{k=1}^{6} 1``), are the one term times their number."""
    if not _names_letter(body, letter):
        if upper is not None and lower is not None and lower <= upper:
            return (upper - lower + 1) * evaluate(body)
        raise UnreadableError(f"a sum over {letter} whose terms do not name {letter}")
    if lower is not None and lower != 1:   # units count from 1: Σ_{j=0} counts in another way
        raise UnreadableError(f"a sum over {letter} that starts from {lower}")
    bare = [_bare_input(n, letter) for n in body]
    if inputs and bare != body:
        upper = upper or inputs
        body = bare if inputs == 1 else body
    total = sympy.S.Zero
    for value in range(1, (upper or MAX_TERMS) + 1):
        try:
            term = evaluate([put_index(n, letter, value) for n in body])
        except UnreadableError:
            if upper is not None or value == 1:
                raise
            return total
        total += term
    if upper is None:
        raise UnreadableError(f"a sum over {letter} of more than {MAX_TERMS} terms")
    return total
