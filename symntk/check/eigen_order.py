"""The learner's order of numbered eigenvalues: λ_1, λ_2, … count up from the smallest unless a numbered
eigenvalue the learner states sits at its place counting down from the largest and not counting up (``λ_3 = 0``
for the smallest of three, ``λ_1 ≈ 44.5`` for the largest), after which λ_k names the k-th largest."""

from __future__ import annotations

from .nodes import Func, Num, Sym


def eigen_index(node) -> int | None:
    """k of a numbered eigenvalue ``λ_k`` (one whole-number subscript), else None."""
    if not (isinstance(node, Sym) and node.name == "lambda" and len(node.sub) == 1):
        return None
    sub = node.sub[0]
    if not isinstance(sub, Num) or sub.decimals is not None or sub.value.denominator != 1:
        return None
    return int(sub.value)


def note_order(world, index: int | None, nodes: list, values: list, true: list) -> None:
    """Record the order of the first numbered eigenvalue ``λ_index`` that tells it: "down" when its value is the
    index-th largest of ``true`` (ascending) and not the index-th smallest, "up" the other way round."""
    from .values import agrees

    n = len(true)
    if world.eigen_order or index is None or len(values) != 1 or not 1 <= index <= n or n < 2:
        return
    up = agrees(nodes[0], values[0], true[index - 1])
    down = agrees(nodes[0], values[0], true[n - index])
    if up != down:
        world.eigen_order = "down" if down else "up"


def numbered(world, ascending: list) -> list:
    """``ascending`` eigenvalues in the order the learner numbers them (λ_1 first)."""
    return list(reversed(ascending)) if world.eigen_order == "down" else list(ascending)


def eigen_names(world, ascending: list) -> list[tuple[str, object]]:
    """(alias key, value) for λ_1, λ_2, … in the learner's order, and λ_min, λ_max (smallest and largest)."""
    from .meaning import key

    names = [(key(Sym("lambda", (Num(m, None, str(m)),))), e)
             for m, e in enumerate(numbered(world, ascending), start=1)]
    if ascending:
        names += [(key(Sym("lambda", (Func(end, 0, None),))), e) for end, e in (("min", ascending[0]),
                                                                              ("max", ascending[-1]))]
    return names


def name_eigenvalues(world) -> None:
    """Let λ_1, λ_2, …, λ_min and λ_max name the true eigenvalues, in the learner's order, until the learner gives
    them values of their own (a name this function set before is renamed when the order became known since)."""
    given = world.eigen_defaults
    aliases = world.scope.aliases
    for name, value in eigen_names(world, world.compared_eigen(world.read_kernel)):
        if name not in aliases or (name in given and aliases[name] is given[name]):
            aliases[name] = value
            given[name] = value
