"""The syntax nodes of learners' math (plain frozen dataclasses, no behaviour)
and the error for math that cannot be read."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction


class UnreadableError(Exception):
    """Math that the grammar cannot read (or that is too large); ``str()`` says why."""


@dataclass(frozen=True)
class Node:
    """Base of every syntax node."""


@dataclass(frozen=True)
class Num(Node):
    """A number as written: exact value, and how many decimals were written (None: an integer)."""

    value: Fraction
    decimals: int | None
    text: str


@dataclass(frozen=True)
class Sym(Node):
    """A letter or Greek name with its subscripts, layer ``[l]``, primes and power."""

    name: str
    sub: tuple[Node, ...] = ()
    layer: int | None = None
    primes: int = 0


@dataclass(frozen=True)
class Func(Node):
    """A function name waiting for its argument (the next factor): tanh, σ, φ, relu, …"""

    name: str
    primes: int = 0
    power: Node | None = None


@dataclass(frozen=True)
class Text(Node):
    """``\\text{…}``: prose inside math."""

    text: str


@dataclass(frozen=True)
class Op(Node):
    """add, sub, neg, mul (written ·, ×), juxt (no sign), div, pow, transpose."""

    op: str
    args: tuple[Node, ...]


@dataclass(frozen=True)
class Group(Node):
    """Parentheses ``( )`` / braces ``{ }`` (kind ``paren``), square brackets ``[ ]`` (kind ``bracket``),
    or a parenthesised list ``(a, b)`` (kind ``tuple``)."""

    kind: str
    items: tuple[Node, ...]


@dataclass(frozen=True)
class Matrix(Node):
    """``\\begin{bmatrix} … \\end{bmatrix}`` as rows of entries."""

    rows: tuple[tuple[Node, ...], ...]


@dataclass(frozen=True)
class Frac(Node):
    numerator: Node
    denominator: Node


@dataclass(frozen=True)
class Partial(Node):
    """``\\frac{\\partial num}{\\partial den}`` (num may be None)."""

    numerator: Node | None
    denominator: Node


@dataclass(frozen=True)
class Sqrt(Node):
    inner: Node


@dataclass(frozen=True)
class SumOp(Node):
    """``\\sum_k``: the sum sign; its body is the rest of the product. ``index``: a unit's index letter it binds
    (i, j, k), ``upper``: its upper limit when written as a number, ``lower``: its lower limit (``Σ_{k=1}``)
    when written as a number."""

    index: str | None = None
    upper: int | None = None
    lower: int | None = None


@dataclass(frozen=True)
class Tuple(Node):
    """Several expressions separated by commas."""

    items: tuple[Node, ...]


@dataclass(frozen=True)
class Member:
    """One side of a chain ``a = b = c``: the node and the text it came from."""

    node: Node
    text: str


@dataclass(frozen=True)
class Chain:
    """Expressions joined by relations (=, ⇒, ≈); ``open_end`` when it ends in a relation."""

    members: tuple[Member, ...]
    open_end: bool
    rels: tuple[str, ...] = ()


@dataclass(frozen=True)
class Signature:
    """``f: ℝ^{n} → ℝ^{m}``."""

    name: str
    n_in: int
    n_out: int
