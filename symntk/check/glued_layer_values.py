"""Values of a whole layer (``W1 = [2, -1]^T``, ``b1 = [1, 0]^T``, ``b2 = 1``) for the learner's names that glue
the layer's digit to the entry's index (``w11, w12`` for W1's entries, ``b11, b12`` for b1's, ``w21, w22`` for W2's).

A calculator that allows no capitals or subscripts makes the learner name a vector layer's entries by gluing
digits: the first is the layer, the second the entry's place in the layer's vector (a column W^{[1]} of a
one-input net, a row W^{[2]} of a one-output net, a bias vector). The notation reads such a name as ``W_11``
(one two-digit index), so the layer given whole with its one-digit name gives its entries to the names
``<letter><l><k>`` in order. Read only for a letter whose network names all have two glued digits, when every such
name of layer l has exactly one entry of that layer's vector and every entry one name; a matrix layer (two rows and
two columns) is left to :mod:`symntk.check.letter_values`. A one-digit name of the same letter (``b2`` beside
``b11, b12``) is then the whole layer l when that layer is one number; an own name set equal to a scalar layer
(``c = b2``) gets that number. A value given by name stays.
"""

from __future__ import annotations

import re

from .letter_values import letter_rows
from .nodes import Sym

_GLUED = re.compile(r"^([Wb])_([1-9])([1-9])$")
_ONE = re.compile(r"^([Wb])_([1-9])$")


def _layer_of(member) -> tuple[str, int] | None:
    """(``W`` or ``b``, l) of a whole layer's name ``W1``, ``b_2``, ``W^{[1]}``, else None."""
    from .named_values import layer_index
    from .problem_parts import layer_param

    if layer_index(member):
        return member.name, int(member.sub[0].value)
    named = layer_param(member)
    return (named[0], int(named[1:])) if named else None


def _layers(chains) -> dict[tuple[str, int], tuple[list, int]]:
    """Whole layers given as numbers: (kind, l) → (the vector's entries, or one number, line)."""
    from .problem_parts import is_numeric

    out: dict = {}
    for line, members in chains:
        last = members[-1]
        if len(members) < 2 or not is_numeric(last):
            continue
        rows = letter_rows(last)
        if rows is None:
            rows = [[last]] if not hasattr(last, "items") and not hasattr(last, "rows") else None
        if rows is None or len(rows) != 1:
            continue
        for member in members[:-1]:
            layer = _layer_of(member)
            if layer is not None:
                out.setdefault(layer, (rows[0], line))
    return out


def glued_layer_values(chains, params: dict, values: dict) -> None:
    """Add to ``values`` (name → (entry, line)) the entries the whole layers give the network's glued names
    ``params`` (see the module doc)."""
    from .meaning import key

    layers = _layers(chains)
    if not layers:
        return
    glued: dict[tuple[str, int], dict[str, int]] = {}
    for name in params:
        m = _GLUED.match(name)
        if m:
            glued.setdefault((m.group(1), int(m.group(2))), {})[name] = int(m.group(3))
    if not glued:
        return
    found: dict = {}
    for layer, names in glued.items():
        given = layers.get(layer)
        if given is None:
            continue
        entries, line = given
        if len(entries) < 2 or sorted(names.values()) != list(range(1, len(entries) + 1)):
            return   # another kind of index: the convention does not hold
        for name, k in names.items():
            found[name] = (entries[k - 1], line)
    if not found:
        return
    letters = {kind for kind, _ in glued}
    for name in params:
        m = _ONE.match(name)
        given = layers.get((m.group(1), int(m.group(2)))) if m and m.group(1) in letters else None
        if given is not None and len(given[0]) == 1 and (m.group(1), int(m.group(2))) not in glued:
            found[name] = (given[0][0], given[1])
    for line, members in chains:   # c = b2: an own name for a scalar layer
        if len(members) == 2 and isinstance(members[0], Sym) and key(members[0]) in params:
            given = layers.get(_layer_of(members[1]) or ("", 0))
            if given is not None and len(given[0]) == 1:
                found.setdefault(key(members[0]), (given[0][0], line))
    for name, value in found.items():
        values.setdefault(name, value)
