"""The learner's own names made aliases in the world's scope: a name the notes give a parameter
(``W^{[1]}_{j,i}``, ``b^{[l]}_j``), a unit's z or a, a layer's letter (``v_1 = W^{[1]}``), θ's entries, and the
input's coordinates (``x = (p, q)``), each standing for what the notes make it."""

from __future__ import annotations

import re

from .claims import Reading
from .meaning import key
from .nodes import Sym
from .syntax import UnreadableError
from .world import World

_ENTRY_NAME = re.compile(r"^W_\{?([1-9]),?([1-9])\}?\^\{?\[?([1-9])\]?\}?$")


def _indexed_otherwise(name: str, meant) -> bool:
    """Whether a weight's name spells out its layer and both indices (``w1_{21}``, ``W^{[1]}_{21}``) and the notes'
    formulas put it where another entry of that layer belongs: the letters say which entry it is, and the formula
    that puts it elsewhere is the learner's mistake (indices transposed), not a definition."""
    m = _ENTRY_NAME.match(name)
    return m is not None and meant.kind == "W" and int(m.group(3)) == meant.layer and \
        (int(m.group(1)), int(m.group(2))) != (meant.row, meant.col)


def learner_names(reading: Reading, world: World) -> None:
    """The learner's own names stand for what their notes make them (see :mod:`symntk.check.named_values`):
    a parameter W^{[l]}_{j,i} / b^{[l]}_j, a unit's z or a, or (``x = (p, q)``) an input coordinate."""
    from .. import notation
    from .named_values import gather
    from .names import Param

    net = world.net
    if not reading.names:   # the problem came from a file: the notes still say what the names stand for
        found = gather(reading)
        reading.names = {**found.params, **(found.net.units if found.net else {})}
    names = reading.names
    forward = net.forward()
    for name, meant in names.items():
        if isinstance(meant, Param) and _indexed_otherwise(name, meant):
            continue   # w1_{21} used where W^{[1]}_{1,2} belongs: the name is the entry its indices say
        if isinstance(meant, Param):
            if not (1 <= meant.layer <= net.depth and meant.row <= net.widths[meant.layer]
                    and meant.col <= (net.widths[meant.layer - 1] if meant.kind == "W" else 1)):
                continue
            world.scope.aliases[name] = (notation.weight(meant.layer, meant.row, meant.col) if meant.kind == "W"
                                         else notation.bias(meant.layer, meant.row))
        elif isinstance(meant, tuple) and len(meant) == 3 and meant[1] < net.depth and \
                meant[2] <= net.widths[meant[1]]:
            table = forward.z if meant[0] == "z" else forward.a
            world.scope.aliases[name] = table[meant[1]][meant[2] - 1]
    from .layer_variable import layer_names
    for name, (kind, layer) in layer_names(reading, list(net.widths)).items():   # v_l = W^{[l]}: v_1 is W^{[1]}
        if name not in world.scope.aliases and name not in names:
            world.scope.aliases[name] = notation.weight(layer, 1, 1) if kind == "W" else notation.bias(layer, 1)
    from .letter_layers import letter_aliases
    for name, symbol in letter_aliases(reading, tuple(net.widths)).items():   # w = W^{[1]}: w_{21} is W^{[1]}_{21}
        if name not in names:
            world.scope.aliases.setdefault(name, symbol)
    _letter_vectors(names, world)   # a = (1, 1) for the learner's a_1, a_2: the bare letter is their vector
    from .theta_names import theta_aliases
    from .values import items

    theta_aliases(reading, world)
    for part in reading.parts:
        if part.kind == "names" and part.name == "x":
            try:
                entries = items(part.node)
            except UnreadableError:
                continue
            if len(entries) == len(world.net.x):
                for node, symbol in zip(entries, world.net.x):
                    if isinstance(node, Sym) and node.name != "x":
                        world.scope.aliases[key(node)] = symbol


_INDEXED = re.compile(r"^([a-zA-Z])_([1-9])(?:,?([1-9]))?$")   # a_1; a_12 or a_1,2 (row, column)
_NOT_CAPITALS = ("K", "J", "I", "H")   # a kernel, Jacobian, identity, Hessian


def _letter_vectors(names: dict, world: World) -> None:
    """A letter whose indexed names ``a_1 … a_n`` are all parameter names of the learner's network stands bare
    for their vector (``a = (1, -1)``, ``a = (a_1, a_2)``: about a_1, a_2, not the sheet's activations), and
    the capital of a letter with two indices for their matrix (``A = (a_{ij})``, ``A = [[1, 2], [0, 1]]``);
    such a line is the learner's naming, read as context. Not when the bare letter is itself a name of theirs."""
    from .names import Param

    by_letter: dict[str, list[tuple]] = {}
    for name, meant in names.items():
        m = _INDEXED.match(name)
        if m and isinstance(meant, Param) and name in world.scope.aliases:
            by_letter.setdefault(m.group(1), []).append(m.groups()[1:])
    for letter, indices in by_letter.items():
        two = all(second is not None for _, second in indices)
        if two or len(indices) < 2:
            bare = letter.upper() if two and letter.islower() and letter.upper() not in _NOT_CAPITALS else None
        else:
            bare = {"W": "w"}.get(letter, letter)
        if bare and len(indices) >= 2 and bare not in names and bare not in world.scope.aliases:
            world.scope.letters.add(bare)
