"""The lark parse tree of learners' math turned into syntax nodes: the transformer, which attaches each
script to the atom it follows (a prime, a subscript, a layer or a power), bounded in the number of nodes it
builds."""

from __future__ import annotations

from fractions import Fraction

import lark

from .applied_derivatives import applied
from .nodes import (
    Frac,
    Func,
    Group,
    Matrix,
    Node,
    Num,
    Op,
    Partial,
    Signature,
    Sqrt,
    SumOp,
    Sym,
    Text,
    Tuple,
    UnreadableError,
)

MAX_NODES = 1500   # syntax nodes of one segment


def _number(text: str) -> Num:
    text = text.replace("{,}", ".")
    decimals = len(text.split(".", 1)[1]) if "." in text else None
    return Num(Fraction(text if not text.startswith(".") else "0" + text), decimals, text)


class Build(lark.Transformer):
    """Parse tree → syntax nodes (scripts attached to the atom they follow)."""

    def __init__(self):
        super().__init__()
        self.count = 0

    def _node(self, node: Node) -> Node:
        self.count += 1
        if self.count > MAX_NODES:
            raise UnreadableError(f"more than {MAX_NODES} symbols in one formula")
        return node

    def signature(self, c):
        name, n_in, _arrow, n_out = c
        return Signature(str(name), n_in, n_out)

    def space(self, c):
        if len(c) == 1:
            return 1
        g = c[1]
        if len(g) == 1 and isinstance(g[0], Num) and g[0].decimals is None and 0 < g[0].value <= 10_000:
            return int(g[0].value)
        raise UnreadableError("ℝ^n needs a whole number n")

    def number(self, c):
        return self._node(_number(str(c[0])))

    def name(self, c):
        text = str(c[0])
        return self._node(Sym({"\\top": "T", "\\intercal": "T", "\\prime": "prime"}.get(text, text)))

    def greek(self, c):
        text = str(c[0])
        return self._node(Sym({"θ": "theta", "λ": "lambda"}.get(text, text.lstrip("\\"))))

    def func(self, c):
        return self._node(Func(str(c[0]).lstrip("\\")))

    def opname(self, c):
        return self._node(Func("".join(str(t) for t in c[1:]).lower()))

    def text(self, c):
        raw = str(c[0])
        return self._node(Text(raw[raw.index("{") + 1:-1].strip()))

    def paren(self, c):
        return self._node(Group("paren", (c[0],)))

    def ptuple(self, c):
        return self._node(Group("tuple", tuple(c)))

    def bracket(self, c):
        return self._node(Group("bracket", tuple(c)))

    def frac(self, c):
        return self._node(Frac(c[1], c[2]))

    def partial(self, c):
        parts = [x for x in c[1:] if not isinstance(x, lark.Token)]
        num = parts[0] if len(parts) == 2 else None
        return self._node(Partial(num, parts[-1]))

    def sqrt(self, c):
        return self._node(Sqrt(c[1]))

    def sumop(self, c):
        return self._node(SumOp())

    def matrix(self, c):
        if "vmatrix" in str(c[0]).lower():   # |a b; c d|: the determinant of the matrix
            return self._node(Op("juxt", (Func("det"), Matrix(c[1]))))
        return self._node(Matrix(c[1]))

    def rows(self, c):
        return tuple(r for r in c if isinstance(r, tuple))

    def row(self, c):
        return tuple(c)

    def tuple(self, c):
        return self._node(Tuple(tuple(c)))

    def pm(self, c):
        return self._node(Op("pm" if "pm" in str(c[1]) else "mp", (c[0], c[2])))

    def upm(self, c):
        return self._node(Op("upm" if "pm" in str(c[0]) else "ump", (c[1],)))

    def inner(self, c):
        return self._node(Op("inner", (c[1], c[2])))

    def dots(self, c):
        return self._node(Sym("dots"))

    def norm(self, c):
        return self._node(Op("norm", (c[1],)))

    def reals(self, c):
        return self._node(Sym("R"))

    def nabla(self, c):
        return self._node(Sym("nabla"))

    def add(self, c):
        return self._node(Op("add", (c[0], c[1])))

    def sub(self, c):
        return self._node(Op("sub", (c[0], c[1])))

    def neg(self, c):
        return self._node(Op("neg", (c[0],)))

    def mul(self, c):
        return self._node(Op("mul", (c[0], c[2])))

    def hadamard(self, c):
        return self._node(Op("hadamard", (c[0], c[2])))

    def kron(self, c):
        return self._node(Op("kron", (c[0], c[2])))

    def div(self, c):
        return self._node(Op("div", (c[0], c[1])))

    def juxt(self, c):
        left = c[0]
        while isinstance(left, Op) and left.op == "juxt":
            left = left.args[1]
        if isinstance(left, Num) and isinstance(c[1], Num):
            raise UnreadableError(f"two numbers side by side ({left.text} {c[1].text})")
        at_input = applied(c[0], c[1])   # \frac{∂f}{∂θ_k}(x_i): ∂f(x_i)/∂θ_k
        return self._node(at_input if at_input is not None else Op("juxt", (c[0], c[1])))

    # scripts: each returns ("sub"|"sup"|"prime", payload)
    def group_list(self, c):
        return tuple(c)

    def group_range(self, c):
        return RangeScript((c[0],), c[2] if isinstance(c[2], Num) else None)

    def group_empty(self, c):
        return ()

    def group_atom(self, c):
        tok = c[0]
        if tok.type == "NUMBER":
            return (_number(str(tok)),)
        if tok.type == "GREEK":
            return (Sym(str(tok).lstrip("\\")),)
        if tok.type in ("TOP", "PRIMECMD"):
            return (Sym("T" if tok.type == "TOP" else "prime"),)
        return (Sym(str(tok)),)

    def sub_script(self, c):
        return ("sub", c[0])

    def sup_script(self, c):
        return ("sup", c[0])

    def prime(self, c):
        return ("prime", None)

    def scripted(self, c):
        node, scripts = c[0], c[1:]
        for kind, payload in scripts:
            node = _attach(node, kind, payload)
        return node


class RangeScript(tuple):
    """The payload of a script ``{k=1}``: the letter, with the number it starts from (``lower``, or None)."""

    lower: Num | None

    def __new__(cls, items: tuple, lower: Num | None):
        out = super().__new__(cls, items)
        out.lower = lower
        return out


def _layer(payload: tuple) -> int | None:
    """``[2]`` or ``(2)`` in a superscript: a layer number (``[0]``: the input, a^{[0]} = x)."""
    if len(payload) != 1 or not isinstance(payload[0], Group) or len(payload[0].items) != 1:
        return None
    inner = payload[0].items[0]
    if isinstance(inner, Num) and inner.decimals is None and 0 <= inner.value <= 64:
        return int(inner.value)
    return None


def _attach(node: Node, kind: str, payload) -> Node:
    if kind == "prime":
        if isinstance(node, (Sym, Func)):
            return _with(node, primes=node.primes + 1)
        raise UnreadableError("a prime ′ after something that is not a function")
    if isinstance(node, SumOp):   # Σ_j, Σ_j^2: a unit's index letter and a numeric upper limit are kept
        first = payload[0] if payload else None
        if kind == "sub" and isinstance(first, Sym) and first.name in ("i", "j", "k") and not first.sub:
            lower = getattr(payload, "lower", None)
            whole = lower is not None and lower.decimals is None and 0 <= lower.value <= 12
            return SumOp(first.name, node.upper, int(lower.value) if whole else None)
        if kind == "sup" and len(payload) == 1 and isinstance(first, Num) and first.decimals is None \
                and 1 <= first.value <= 12:
            return SumOp(node.index, int(first.value), node.lower)
        return node
    if kind == "sub":
        if isinstance(node, Sym) and not node.sub and not payload == ():
            return _with(node, sub=payload)
        inner = _bracketed_name(node)
        if inner is not None and payload != ():   # (g_i)_k, [W^{[1]}]_{12}: an entry of a named vector or matrix
            return _with(inner, sub=inner.sub + tuple(payload))
        raise UnreadableError("a subscript in an unexpected place")
    # superscript
    if len(payload) == 1 and isinstance(payload[0], Sym) and payload[0].name == "prime":
        return _attach(node, "prime", None)
    if len(payload) == 1 and isinstance(payload[0], Sym) and payload[0].name == "T" and not payload[0].sub:
        return Op("transpose", (node,))
    layer = _layer(payload)
    if layer is not None and isinstance(node, Sym) and node.layer is None and (
            payload[0].kind == "bracket" or node.name in ("W", "b", "z", "a")):
        return _with(node, layer=layer)
    if len(payload) != 1:
        raise UnreadableError("a superscript with several parts")
    if isinstance(node, Func) and node.power is None:
        return _with(node, power=payload[0])
    return Op("pow", (node, payload[0]))


def _bracketed_name(node: Node) -> Sym | None:
    """The name alone in parentheses or brackets (``(g_i)``, ``[W^{[1]}]``), else None."""
    if isinstance(node, Group) and node.kind in ("paren", "bracket") and len(node.items) == 1:
        inner = node.items[0]
        if isinstance(inner, Sym) and not inner.primes:
            return inner
    return None


def _with(node, **changes):
    fields = {k: getattr(node, k) for k in node.__dataclass_fields__}
    fields.update(changes)
    return type(node)(**fields)
