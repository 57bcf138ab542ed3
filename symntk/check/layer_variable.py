"""Values and names written once with a layer variable: ``W^{[l]} = 1``, ``b^{(l)} = 0``, ``w_l = W^{[l]}``.

A learner who gives a network of scalar layers often states its data once for every layer, with the layer as a
letter: ``W^{[l]} = 1, b^{[l]} = 0`` (for l = 1, 2, 3), and names the layers the same way: ``w_l = W^{[l]}``,
``b_l = b^{[l]}``. The reading keeps such formulas as context (a general formula); here they are read as

* a value for every layer of a kind (the same as ``all weights are 1`` in words): a chain whose members are a
  weight or bias with the layer letter ``l`` and no entry index (``W^{[l]}``, ``W^{(l)}``, ``w_l``), ending in one
  number (``W^{[l]} = 1``, ``W^{[l]} = w_l = 1``). ``L`` is the last layer, not every layer, and is never read so;
* a name for every layer: ``w_l = W^{[l]}`` / ``W^{[l]} = w_l``: the learner's ``w_1``, ``w_2``, … are the layers
  W^{[1]}, W^{[2]}, … (the letter of the name may be any letter, its index the same layer letter).
"""

from __future__ import annotations

from .meaning import key
from .nodes import Group, Num, Op, Sym
from .syntax import UnreadableError, parse

GENERAL = "a general formula (layer l)"   # what the reading calls such a formula (symntk.check.reading)
_LETTERS = ("l",)   # the layer variable; L is the last layer
_KINDS = {"W": "W", "w": "W", "b": "b"}


def _layer_letter(node) -> bool:
    return isinstance(node, Sym) and node.name in _LETTERS and not node.sub and not node.primes


def layer_kind(node) -> str | None:
    """``W`` or ``b`` for a weight or bias written with the layer letter and nothing else: ``W^{[l]}``,
    ``W^{(l)}``, ``b^{[l]}``, ``W_l``, ``w_l`` (the grammar reads ``w`` as ``W``); else None."""
    if isinstance(node, Op) and node.op == "pow":
        base, exp = node.args
        if isinstance(base, Sym) and base.name in _KINDS and not base.sub and base.layer is None and \
                not base.primes and isinstance(exp, Group) and exp.kind in ("bracket", "paren") and \
                len(exp.items) == 1 and _layer_letter(exp.items[0]):
            return _KINDS[base.name]
        return None
    if isinstance(node, Sym) and node.name in _KINDS and node.layer is None and not node.primes and \
            len(node.sub) == 1 and _layer_letter(node.sub[0]):
        return _KINDS[node.name]
    return None


def _scalar(node) -> bool:
    return isinstance(node, Num) or isinstance(node, Op) and node.op == "neg" and isinstance(node.args[0], Num)


def _chains(reading):
    """(line, members) of every general formula (layer l) of the reading that the grammar reads, and of every
    chain of the notes that starts with a weight or bias indexed by the layer letter (``w_l = 2``)."""
    from .claims import Context

    for p in reading.parts:
        items = getattr(p.node, "items", ())
        if p.kind == "equation" and len(items) >= 2 and layer_kind(items[0]):
            yield p.line, list(items)
    for item in reading.items:
        if not (isinstance(item, Context) and item.why == GENERAL):
            continue
        try:
            chain = parse(item.text)
        except (UnreadableError, RecursionError):
            continue
        members = getattr(chain, "members", None)
        if members and len(members) >= 2 and all(r == "=" for r in chain.rels) and not chain.open_end:
            yield item.line, [m.node for m in members]


def every_layer_values(reading) -> dict[str, tuple[Num | Op, int]]:
    """kind (``W`` / ``b``) → (its number, line) from ``W^{[l]} = 1``-style formulas (see the module doc);
    the first one given for a kind is the exercise's."""
    out: dict[str, tuple[Num | Op, int]] = {}
    for line, members in _chains(reading):
        *names, value = members
        kinds = {layer_kind(n) for n in names}
        if len(kinds) == 1 and None not in kinds and _scalar(value):
            out.setdefault(kinds.pop(), (value, line))
    return out


def layer_names(reading, widths: list[int]) -> dict[str, tuple[str, int]]:
    """The learner's name of each scalar layer (``v_1`` → (``W``, 1), ``c_2`` → (``b``, 2)) from ``v_l =
    W^{[l]}`` / ``W^{[l]} = v_l``: a name with the layer letter as its only index beside the layer. A layer with
    several entries has no such name here (``v_1`` would be a matrix)."""
    out: dict[str, tuple[str, int]] = {}
    for letter, kind in _letters(reading).items():
        for layer in range(1, len(widths)):
            if widths[layer] == 1 and (kind == "b" or widths[layer - 1] == 1):
                try:
                    name = parse(f"{letter}_{{{layer}}}").members[0].node
                except (UnreadableError, AttributeError):
                    continue
                out.setdefault(key(name), (kind, layer))
    return out


def _letters(reading) -> dict[str, str]:
    """The learner's letter for each kind of layer (``w`` → ``W``, ``v`` → ``W``, ``c`` → ``b``)."""
    out: dict[str, str] = {}
    for _, members in _chains(reading):
        if len(members) != 2:
            continue
        for own, layer in (members, members[::-1]):
            if isinstance(layer, Op) and layer_kind(layer) and isinstance(own, Sym) and not own.primes and \
                    own.layer is None and len(own.sub) == 1 and _layer_letter(own.sub[0]):
                out.setdefault(own.name, layer_kind(layer))
    return out
