"""The discriminant written as its formula on the left of a claim: ``tr² − 4 det ≈ 24,0594`` is a claim about Δ.

The formula Δ = (tr K)² − 4 det K of the characteristic quadratic, in the spellings learners use for its two terms
(K written or left out, the square on tr or on the bracket, the factor 4 written with or without a dot):
``\\operatorname{tr}^2 - 4\\det``, ``(\\operatorname{tr} K)^2 - 4\\det K``, ``\\operatorname{tr}^2 K - 4 \\cdot
\\det K``, ``\\operatorname{tr}(K)^2 - 4\\det(K)`` (and ``b^2 - 4ac``, which the normaliser spells so). Only the
first member of a chain is read this way: the formula inside ``\\sqrt{…}`` or after ``Δ =`` stays a formula.
"""

from __future__ import annotations

from .nodes import Func, Group, Node, Num, Op, Sym

MAX_ATOMS = 6


def _atoms(node: Node, depth: int = 0) -> list[Node]:
    """The factors of a product written with or without a dot, parentheses of one item opened."""
    if depth > 8:
        return [node]
    if isinstance(node, Op) and node.op in ("juxt", "mul"):
        return [a for arg in node.args for a in _atoms(arg, depth + 1)]
    if isinstance(node, Group) and node.kind == "paren" and len(node.items) == 1:
        return _atoms(node.items[0], depth + 1)
    return [node]


def _is_k(node: Node) -> bool:
    """The plain kernel K (no index, layer or prime)."""
    return isinstance(node, Sym) and node.name == "K" and not node.sub and node.layer is None and not node.primes


def _func(node: Node, name: str, power: int | None) -> bool:
    """``node`` is the function ``name`` (tr also as trace) with no prime and the given power (None: none)."""
    if not isinstance(node, Func) or node.primes or node.name not in ((name, "trace") if name == "tr" else (name,)):
        return False
    if power is None:
        return node.power is None
    return isinstance(node.power, Num) and node.power.value == power


def _two(node: Node) -> bool:
    return isinstance(node, Num) and node.value == 2 and node.decimals is None


def _applied(atoms: list[Node], name: str, power: int | None) -> bool:
    """``atoms`` are the function alone or applied to K: [tr] or [tr, K]."""
    return 1 <= len(atoms) <= 2 and _func(atoms[0], name, power) and all(_is_k(a) for a in atoms[1:])


def _trace_squared(node: Node) -> bool:
    """tr², tr² K, (tr K)², tr(K)²."""
    atoms = _atoms(node)
    if len(atoms) > MAX_ATOMS:
        return False
    if _applied(atoms, "tr", 2):
        return True
    if len(atoms) == 1 and isinstance(atoms[0], Op) and atoms[0].op == "pow" and _two(atoms[0].args[1]):
        return _applied(_atoms(atoms[0].args[0]), "tr", None)
    if len(atoms) == 2 and _func(atoms[0], "tr", None) and isinstance(atoms[1], Op) and atoms[1].op == "pow":
        return _two(atoms[1].args[1]) and [_is_k(a) for a in _atoms(atoms[1].args[0])] == [True]
    return False


def _four_det(node: Node) -> bool:
    """4 det, 4 det K, 4 · det(K)."""
    atoms = _atoms(node)
    return len(atoms) <= MAX_ATOMS and bool(atoms) and isinstance(atoms[0], Num) and atoms[0].value == 4 and \
        atoms[0].decimals is None and _applied(atoms[1:], "det", None)


def is_discriminant_formula(node: Node) -> bool:
    """Whether ``node`` is (tr K)² − 4 det K, in any of the spellings of the module doc."""
    return isinstance(node, Op) and node.op == "sub" and len(node.args) == 2 and _trace_squared(node.args[0]) and \
        _four_det(node.args[1])


DISCRIMINANT = Sym("Delta")
