"""The learner's own names read from their θ listing: ``θ = (w^{(1)}_1, w^{(1)}_2, b_1, b_2, v_1, v_2, c)``.

A listing of θ by names is θ's order: a name the notes give no other meaning (``v_1``, ``c``) stands for the
parameter at its place — but only when every name of the listing that already has a meaning is the parameter at
its own place (the listing is in θ's order), so a listing in another order never renames anything.
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
    """Each unknown name of a θ listing in θ's order stands for θ_k at its place (see the module doc)."""
    params = world.net.parameters()
    for entries in _listings(reading):
        if len(entries) != len(params):
            continue
        unknown, consistent = [], True
        for entry, param in zip(entries, params):
            try:
                meant = to_sympy(entry, world.scope)
            except UnreadableError:
                unknown.append((entry, param))
                continue
            if meant != param:
                consistent = False
                break
        if consistent and len(unknown) < len(entries):
            for entry, param in unknown:
                world.scope.aliases.setdefault(key(entry), param)
