"""The learner's own names read from their θ listing: ``θ = (w^{(1)}_1, w^{(1)}_2, b_1, b_2, v_1, v_2, c)``.

A listing of θ by names is θ's order: a name the notes give no other meaning (``v_1``, ``c``) stands for the
parameter at its place — but only when every name of the listing that already has a meaning is the parameter at
its own place (the listing is in θ's order), so a listing in another order never renames anything. A listing of
names none of which has a meaning yet (``θ = (w_1, w_2, b_1, b_2, v_1, v_2, c)``) is θ's order when its runs of one
letter are θ's blocks (W^{[1]}, b^{[1]}, W^{[2]}, …) and each run's letter fits its block: w, v, u for weights,
b, c for biases.
"""

from __future__ import annotations

from .meaning import key, to_sympy
from .nodes import Sym, Tuple
from .syntax import UnreadableError
from .values import items


def _listings(reading) -> list[list]:
    """The entries of every chain ``θ = (…)`` whose entries are all plain names."""
    out = []
    for part in reading.parts:
        if part.kind != "equation" or not isinstance(part.node, Tuple) or len(part.node.items) < 2:
            continue
        head = part.node.items[0]
        if not (isinstance(head, Sym) and head.name == "theta" and not head.sub):
            continue
        for member in part.node.items[1:]:
            try:
                entries = items(member)
            except UnreadableError:
                continue
            if entries and all(isinstance(e, Sym) for e in entries):
                out.append(entries)
    return out


def theta_aliases(reading, world) -> None:
    """Each unknown name of a θ listing in θ's order stands for θ_k at its place; every name of a listing whose
    runs of one letter are θ's blocks does (see the module doc)."""
    params = world.net.parameters()
    for entries in _listings(reading):
        if len(entries) != len(params):
            continue
        unknown, consistent, meanings = [], True, []
        for entry, param in zip(entries, params):
            try:
                meant = to_sympy(entry, world.scope)
            except UnreadableError:
                unknown.append((entry, param))
                meanings.append(None)
                continue
            meanings.append(meant)
            consistent = consistent and meant == param
        fresh = len(unknown) == len(entries)   # (W_{1,1}, W_{1,2}, c_1, c_2, w_1, w_2, b): no name means anything yet
        if _runs_are_blocks(entries, params, 2 if fresh else 1):   # (w_1, …, v_1, v_2, c): b_2 is b^{[1]}_2 here
            for entry, param, meant in zip(entries, params, meanings):
                if meant != param:
                    world.scope.aliases[key(entry)] = param
        elif consistent and len(unknown) < len(entries):
            for entry, param in unknown:
                world.scope.aliases.setdefault(key(entry), param)


_WEIGHT_LETTERS, _BIAS_LETTERS = ("w", "v", "u"), ("b", "c")


def _runs_are_blocks(entries: list, params: list, indices: int = 1) -> bool:
    """Whether the runs of one letter in a listing of names are θ's blocks, each with a letter that fits it
    (w, v, u: a layer's weights; b, c: its biases), every name with at most ``indices`` indices (``w_1``, ``c``;
    ``W_{1,2}`` when no name of the listing has a meaning of its own)."""
    def block(param) -> tuple[str, str]:
        kind, layer = str(param).split("_")[:2]
        return kind, layer

    if any(len(e.sub) > indices or e.layer is not None or e.primes or len(e.name) != 1 for e in entries):
        return False
    for n, (entry, param) in enumerate(zip(entries, params)):
        letter = entry.name.lower()
        kind = block(param)[0]
        if letter not in (_WEIGHT_LETTERS if kind == "W" else _BIAS_LETTERS):
            return False
        if n and (entry.name == entries[n - 1].name) != (block(param) == block(params[n - 1])):
            return False
    return True
