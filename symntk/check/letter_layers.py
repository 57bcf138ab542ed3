"""The learner's letter for a whole layer of the sheet, said once without a θ listing: ``w = W^{[1]}``,
``v = W^{[2]}``, ``c = b^{[2]}`` (Romanian ``Notăm …``, German ``Bezeichnungen: …``). The letter's entries are that
layer's: ``w_{21}`` / ``w_{2,1}`` is W^{[1]}_{21}; with one index, a layer of one column or one row is meant
entry by entry (``w_2`` is W^{[1]}_{21} for a column, ``v_2`` is W^{[2]}_{12} for a row, ``c_2`` is b^{[2]}_2); the
bare letter of a layer of one entry is that entry.

A kind (weights or biases) with every layer but one given a letter of its own leaves the sheet's letter (``W``,
``w``, ``b``) to the remaining layer: after ``c = b^{[2]}`` the learner's ``b_1``, ``b_2`` are b^{[1]}_1, b^{[1]}_2,
not the output bias. Names the notes already give a meaning (a θ listing, ``w_{11} = W^{[1]}_{11}``) keep it.
"""

from __future__ import annotations

import sympy

from .. import notation
from .claims import DefinitionClaim
from .meaning import key
from .nodes import Sym
from .predicates import layer_param
from .syntax import UnreadableError, parse

_SHEET_LETTERS = {"W": ("W", "w"), "b": ("b",)}


def _bare(node) -> bool:
    return isinstance(node, Sym) and not node.sub and node.layer is None and not node.primes


def layer_letters(reading) -> dict[str, str]:
    """The learner's letters for whole layers: ``w = W^{[1]}`` → {``w``: ``W1``} (also written ``W^{[1]} = w``)."""
    out: dict[str, str] = {}
    for item in reading.items:
        if not isinstance(item, DefinitionClaim) or item.previous is not None:
            continue
        for own, layer in ((item.name, item.value), (item.value, item.name)):
            meant = layer_param(layer)
            if _bare(own) and meant is not None and own.name not in ("W", "b", "x", "f", "K"):
                out.setdefault(own.name, meant)
    return out


def _key(text: str) -> str | None:
    try:
        return key(parse(text).members[0].node)
    except (UnreadableError, AttributeError, IndexError, RecursionError):
        return None


def _entries(letter: str, kind: str, layer: int, widths: tuple) -> dict[str, sympy.Symbol]:
    """The names of a letter's entries for ``layer`` (see the module doc) → the sheet's symbols."""
    rows, cols = widths[layer], widths[layer - 1] if kind == "W" else 1
    out: dict[str, sympy.Symbol] = {}
    for j in range(1, rows + 1):
        for i in range(1, cols + 1):
            symbol = notation.weight(layer, j, i) if kind == "W" else notation.bias(layer, j)
            names = [f"{letter}_{{{j}{i}}}", f"{letter}_{{{j},{i}}}"] if kind == "W" and rows < 10 and cols < 10 \
                else []
            if cols == 1:
                names.append(f"{letter}_{{{j}}}")
            elif rows == 1:
                names.append(f"{letter}_{{{i}}}")
            if rows * cols == 1:
                names.append(letter)
            for name in names:
                found = _key(name)
                if found is not None:
                    out.setdefault(found, symbol)
    return out


def letter_aliases(reading, widths: tuple) -> dict[str, sympy.Symbol]:
    """Name key → the sheet's parameter for every entry a layer letter of the learner's names (module doc)."""
    letters = layer_letters(reading)
    if not letters:
        return {}
    depth = len(widths) - 1
    out: dict[str, sympy.Symbol] = {}
    for letter, meant in letters.items():
        kind, layer = meant[0], int(meant[1:])
        if layer <= depth:
            for name, symbol in _entries(letter, kind, layer, widths).items():
                out.setdefault(name, symbol)
    for kind, sheet in _SHEET_LETTERS.items():
        named = {int(m[1:]) for m in letters.values() if m[0] == kind}
        left = [layer for layer in range(1, depth + 1) if layer not in named]
        if named and len(left) == 1 and not set(sheet) & set(letters):   # c = b^{[2]}: the b_j are b^{[1]}_j
            for letter in sheet:
                for name, symbol in _entries(letter, kind, left[0], widths).items():
                    out.setdefault(name, symbol)
    return out
