"""The kernel's own invariants written as terms of its characteristic polynomial: ``det(K − λI) = −λ³ + 46λ² −
66λ + \\det K``, ``λ² − \\operatorname{tr} K\\,λ + 5``. Such a term names a value the checker knows (of the kernel the
claim is about), so the polynomial is judged with it put in; it is not the general formula in letters (a polynomial
whose every coefficient is a letter stays context, see :func:`symntk.check.claim_makers.formula_chain`)."""

from __future__ import annotations

from dataclasses import replace

from .nodes import Func, Group, Node, Op, Sym, Tuple

PLACEHOLDERS = {"det": "detK\u2032", "tr": "trK\u2032"}   # names no learner can write (a prime inside the name)


def _applied(node: Node) -> str | None:
    """``\\det K`` or ``\\operatorname{tr} K`` (the plain K, no index): "det" or "tr"."""
    if isinstance(node, Op) and node.op == "juxt" and len(node.args) == 2:
        f, k = node.args
        if isinstance(f, Func) and f.name in ("det", "tr", "trace") and not f.primes and f.power is None and \
                isinstance(k, Sym) and k.name == "K" and not k.sub and k.layer is None and not k.primes:
            return "tr" if f.name == "trace" else f.name
    return None


def with_placeholders(node: Node, depth: int = 0) -> tuple[Node, set[str]]:
    """The formula with every applied det K and tr K a placeholder symbol, and which of the two were found."""
    which = _applied(node)
    if which is not None:
        return Sym(PLACEHOLDERS[which]), {which}
    if depth > 60:
        return node, set()
    found: set[str] = set()
    if isinstance(node, Op):
        args = []
        for a in node.args:
            new, more = with_placeholders(a, depth + 1)
            args.append(new)
            found |= more
        return (Op(node.op, tuple(args)) if found else node), found
    if isinstance(node, (Group, Tuple)):
        items = []
        for a in node.items:
            new, more = with_placeholders(a, depth + 1)
            items.append(new)
            found |= more
        return (replace(node, items=tuple(items)) if found else node), found
    return node, found
