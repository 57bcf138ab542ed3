"""The learner's own names for the parameters, read from the structure of their network formula.

A network written unit by unit, ``f(x) = v_1 φ(w_1 x + b_1) + v_2 φ(w_2 x + b_2) + c`` (units inline, or named
by their own definitions ``h_i = w_i x + b_i``, ``z_j = …``, ``a_j = φ(z_j)``; nested layers; one formula per
output ``f_1``, ``f_2``), is read as affine maps: every unit is φ(Σ_t name_t · input_t + bias), an input being
a unit of the layer below or an input coordinate (``x``, ``x_1``, or the learner's ``x = (p, q)``). Layer l's
units are the distinct units its sums use (in the order they first appear), so the name multiplying input i in
unit j of layer l is W^{[l]}_{j,i} and the bias of unit j is b^{[l]}_j — by the formula's structure, never by
the letters (``b_2`` is b^{[1]}_2 in ``v_1(w_1 x + b_1) + v_2(w_2 x + b_2) + c`` and b^{[2]} in
``w_2(w_1 x + b_1) + b_2``). Names given to a matrix's entries, ``W^{[1]} = (w_1, w_2)^T``, are read too.
"""

from __future__ import annotations

from dataclasses import dataclass

from .meaning import factors, key
from .nodes import Func, Group, Matrix, Op, Sym, Tuple

ACTIVATIONS = {"tanh": "tanh", "sigma": "sigmoid", "relu": "relu", "softplus": "softplus"}
MAX_DEPTH = 6


@dataclass(frozen=True)
class Param:
    """What a learner's name stands for: W^{[layer]}_{row,col} or b^{[layer]}_row (col 1)."""

    kind: str
    layer: int
    row: int
    col: int = 1


@dataclass(frozen=True)
class Unit:
    """One unit: φ(Σ_t name_t · input_t + bias); an input is a :class:`Unit` or ``("input", key)``."""

    act: str
    terms: tuple
    bias: str


@dataclass
class LearnerNet:
    """The network the learner's formula describes: widths n_0 … n_L, hidden activations, what each of
    their parameter names stands for, and their unit names → ("z" or "a", layer, unit)."""

    widths: list[int]
    activations: list[str]
    params: dict[str, Param]
    units: dict[str, tuple[str, int, int]]


def _summands(node) -> list | None:
    if isinstance(node, Op) and node.op == "add":
        left, right = _summands(node.args[0]), _summands(node.args[1])
        return None if left is None or right is None else left + right
    if isinstance(node, Op) and node.op in ("sub", "neg"):
        return None
    return [node]


class _Reader:
    """Reads affine maps and units (see the module doc) with the learner's definitions ``defs``."""

    def __init__(self, defs: dict[str, list], inputs: list[str], own: frozenset = frozenset()):
        self.defs = defs
        self.inputs = inputs
        self.own = own   # letters that are otherwise constants (e) but the notes give a value of their own
        self.named: dict[str, tuple[Unit, str]] = {}
        self.open: set[str] = set()

    def affine(self, node):
        """(((weight name, input), …), bias name) for Σ_t name_t · input_t + bias, else None."""
        terms = _summands(node)
        if terms is None:
            return None
        weighted, biases = [], []
        for term in terms:
            pieces = self.pieces(factors(term))
            if pieces is None:
                return None
            names = [p for kind, p in pieces if kind == "name"]
            refs = [p for kind, p in pieces if kind == "ref"]
            if len(names) == 1 and len(refs) == 1:
                weighted.append((names[0], refs[0]))
            elif len(names) == 1 and not refs:
                biases.append(names[0])
            else:
                return self.expanded(terms)
        if len(biases) != 1 or not weighted:
            return None
        return tuple(weighted), biases[0]

    def expanded(self, terms):
        """A linear network multiplied out, ``v_1 w_1 x + v_1 b_1 + v_2 w_2 x + v_2 b_2 + c``, as affine maps."""
        monomials = []
        for term in terms:
            pieces = self.pieces(factors(term))
            if pieces is None or any(kind == "ref" and not isinstance(p, tuple) for kind, p in pieces):
                return None   # only names and input coordinates: units written inline are read by affine
            monomials.append(([p for kind, p in pieces if kind == "name"], [p for kind, p in pieces if kind == "ref"]))
        return _regroup(monomials)

    def unit(self, act: str, inner):
        """The unit φ(inner): inner is an affine map or a name the learner defined as one."""
        if isinstance(inner, Sym) and key(inner) in self.defs:
            return self._named(key(inner), act, "z")
        while isinstance(inner, Group) and inner.kind == "paren" and len(inner.items) == 1:
            inner = inner.items[0]
        found = self.affine(inner)
        return None if found is None else Unit(act, *found)

    def _named(self, name: str, act: str | None, role: str):
        """A unit the learner named: role "z" (its affine map, under ``act``) or "a" (its output)."""
        if name in self.open:
            return None
        self.open.add(name)
        try:
            for node in self.defs[name]:
                parts = factors(node)
                if role == "a" and len(parts) == 2 and isinstance(parts[0], Func):
                    found = self._applied(parts[0], parts[1])
                    role_here = "a"
                else:
                    found = self.unit(act or "identity", node)
                    role_here = role if act else "a"
                if found is not None:
                    self.named.setdefault(name, (found, role_here))
                    return found
            return None
        finally:
            self.open.discard(name)

    def _applied(self, func: Func, arg):
        if func.primes or func.power is not None or func.name not in ACTIVATIONS:
            return None
        if isinstance(arg, Group) and arg.kind == "paren" and len(arg.items) == 1:
            arg = arg.items[0]
        return self.unit(ACTIVATIONS[func.name], arg)

    def pieces(self, parts) -> list | None:
        """The factors of one summand as ("name", key) and ("ref", unit or input)."""
        out, n = [], 0
        while n < len(parts):
            part = parts[n]
            if isinstance(part, Func) and n + 1 < len(parts):
                found = self._applied(part, parts[n + 1])
                n += 2
            elif isinstance(part, Group) and part.kind == "paren" and len(part.items) == 1:
                found = self.unit("identity", part.items[0])
                n += 1
            elif isinstance(part, Sym) and not part.primes and not (part.layer and part.name in ("W", "b")
                                                                    and not part.sub):
                name = key(part)
                n += 1
                if name in self.inputs:
                    found = ("input", name)
                elif name in self.defs and self._named(name, None, "a") is not None:
                    found = self._named(name, None, "a")
                elif part.name in ("f", "y", "x", "K", "theta", "lambda", "e", "J", "nabla") and name not in self.own:
                    return None
                else:  # a parameter's name (``b_1 = b_2 = 0`` and ``w = W^{[1]}`` define no unit)
                    out.append(("name", name))
                    continue
            else:
                return None
            if found is None:
                return None
            out.append(("ref", found))
        return out


def _regroup(monomials: list, depth: int = 1):
    """The sum of ``monomials`` (names, input refs) as (((name, unit or input), …), bias name): the bias is the
    one lone name; every other monomial's outer weight is its name that the most monomials share (the weight of
    a unit multiplies all of that unit's inner terms), and what each outer weight multiplies is read the same
    way, one layer down, as an identity unit. None unless every step is unambiguous."""
    if depth > MAX_DEPTH or any(len(refs) > 1 for _, refs in monomials):
        return None
    biases = [names[0] for names, refs in monomials if len(names) == 1 and not refs]
    rest = [(names, refs) for names, refs in monomials if not (len(names) == 1 and not refs)]
    if len(biases) != 1 or not rest or any(not names for names, _ in rest):
        return None
    if all(len(names) == 1 for names, _ in rest):
        return tuple((names[0], refs[0]) for names, refs in rest), biases[0]
    if any(len(names) < 2 or len(set(names)) != len(names) for names, _ in rest):
        return None   # a weight on an input beside weights on units: not a layered network
    counts: dict[str, int] = {}
    for names, _ in rest:
        for name in set(names):
            counts[name] = counts.get(name, 0) + 1
    groups: dict[str, list] = {}
    for names, refs in rest:
        ranked = sorted(set(names), key=lambda n: -counts[n])
        if counts[ranked[0]] == counts[ranked[1]] or names.count(ranked[0]) != 1:
            return None
        groups.setdefault(ranked[0], []).append(([n for n in names if n != ranked[0]], refs))
    weighted = []
    for outer, inner in groups.items():
        found = _regroup(inner, depth + 1)
        if found is None:
            return None
        weighted.append((outer, Unit("identity", *found)))
    return tuple(weighted), biases[0]


def read_network(outputs: list, defs: dict[str, list], inputs: list[str],
                 own: frozenset = frozenset()) -> LearnerNet | None:
    """The network of the learner's formulas ``outputs`` (one node per output, in order), or None when they
    are not a network of affine units written with the learner's own names (see the module doc). ``own``:
    a letter that else is a constant (``e``) but is the learner's name here (the notes give it a number)."""
    reader = _Reader(defs, inputs, own)
    top = []
    for node in outputs:
        found = reader.affine(node)
        if found is None:
            return None
        top.append(Unit("output", *found))
    layers = [top]
    while True:
        order: list = []
        for unit in layers[-1]:
            refs = [ref for _, ref in unit.terms]
            if len(set(refs)) != len(refs):
                return None
            order += [ref for ref in refs if ref not in order]
        if any({ref for _, ref in unit.terms} != set(order) for unit in layers[-1]):
            return None
        if all(isinstance(ref, tuple) for ref in order):
            break
        if not all(isinstance(ref, Unit) for ref in order) or len({u.act for u in order}) != 1:
            return None
        layers.append(order)
        if len(layers) > MAX_DEPTH:
            return None
    used = sorted(order, key=lambda ref: inputs.index(ref[1]))
    layers.reverse()
    params: dict[str, Param] = {}
    below: list = used
    for layer, units in enumerate(layers, start=1):
        for row, unit in enumerate(units, start=1):
            entries = [(name, Param("W", layer, row, below.index(ref) + 1)) for name, ref in unit.terms]
            for name, param in entries + [(unit.bias, Param("b", layer, row))]:
                if name in params or name in inputs:
                    return None
                params[name] = param
        below = units
    units = {}
    for name, (unit, role) in reader.named.items():
        for layer, members in enumerate(layers[:-1], start=1):
            if unit in members:
                units[name] = (role, layer, members.index(unit) + 1)
    widths = [len(used)] + [len(units_) for units_ in layers]
    return LearnerNet(widths, [layer[0].act for layer in layers[:-1]], params, units)


def entry_names(node) -> list[list] | None:
    """Rows of a matrix or list of the learner's names (``[w_1, w_2]^T``, ``[[w_11, w_12], …]``, ``c``), or None."""
    transposed = isinstance(node, Op) and node.op == "transpose"
    if transposed:
        node = node.args[0]
    if isinstance(node, Matrix):
        rows = [list(row) for row in node.rows]
    elif isinstance(node, (Group, Tuple)) and node.items and all(
            isinstance(i, Group) and i.kind == "bracket" for i in node.items):
        rows = [list(i.items) for i in node.items]
    elif isinstance(node, (Group, Tuple)) and (isinstance(node, Tuple) or node.kind in ("bracket", "tuple")):
        rows = [list(node.items)]
    elif isinstance(node, Sym):
        rows = [[node]]
    else:
        return None
    if not all(isinstance(v, Sym) and not v.primes and v.layer is None for row in rows for v in row):
        return None
    if len({len(r) for r in rows}) != 1:
        return None
    return [list(col) for col in zip(*rows)] if transposed else rows
