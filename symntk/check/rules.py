"""Rules a learner writes for every z: functions without their argument (``tanh′ = 1 − tanh²``) and the cases
of a piecewise rule (``relu′(z) = 1`` for ``z > 0``)."""

from __future__ import annotations

from .nodes import Func, Group, Member, Num, Op, Sym
from .predicates import factor_list


def sign_condition(members: list[Member], rel: str) -> tuple[str, int] | None:
    """``z > 0`` → ("z", 1), ``z < 0`` → ("z", −1) (a free name against zero); else None."""
    left, right = members[0].node, members[1].node
    if not (isinstance(left, Sym) and not left.sub and left.layer is None and isinstance(right, Num)
            and right.value == 0 and rel in ("<", ">")):
        return None
    return left.name, 1 if rel == ">" else -1


_FREE = Group("paren", (Sym("z"),))


def with_argument(node):
    """Every function written without its argument (``\\tanh'``, ``\\tanh^2``, the σ's of ``σ(1 − σ)``)
    applied to a free z; a function followed by something holding such a function multiplies it."""
    if isinstance(node, Func):
        return Op("juxt", (node, _FREE))
    if isinstance(node, Op) and node.op in ("mul", "juxt"):
        items, out, i = factor_list(node), [], 0
        while i < len(items):
            item = items[i]
            if isinstance(item, Func) and i + 1 < len(items) and not _has_bare(items[i + 1]):
                out.append(Op("juxt", (item, with_argument(items[i + 1]))))
                i += 2
                continue
            out.append(with_argument(item))
            i += 1
        node = out[0]
        for item in out[1:]:
            node = Op("juxt", (node, item))
        return node
    if isinstance(node, Op):
        return Op(node.op, tuple(with_argument(a) for a in node.args))
    if isinstance(node, Group):
        return Group(node.kind, tuple(with_argument(a) for a in node.items))
    return node


def _has_bare(node) -> bool:
    """Whether a function without its argument occurs in ``node``."""
    if isinstance(node, Func):
        return True
    if isinstance(node, Op) and node.op in ("mul", "juxt"):
        items = factor_list(node)
        return any(isinstance(item, Func) and n == len(items) - 1 or not isinstance(item, Func) and _has_bare(item)
                   for n, item in enumerate(items))
    if isinstance(node, Op):
        return any(_has_bare(a) for a in node.args)
    if isinstance(node, Group):
        return any(_has_bare(a) for a in node.items)
    return False
