"""Values given to a letter as a whole for the learner's indexed names of that letter: ``w = (1, 1)``.

A learner who names the parameters with her own indexed letters (``f(x) = v_1 h_1 + v_2 h_2 + c`` with
``h_j = w_j x + b_j``) often gives the sheet's values once per letter: ``w = (1, 1)``, ``b = (0, 1)^T``,
``v = (1, -1)``, ``c = 0``. The network formula says which names carry the letter, so a vector assigned to the
bare letter gives its entries to the names ``w_1, w_2, …`` in order, and a matrix of several rows and columns
gives its rows to ``w_{jk}`` (row j, column k). Read only when every name of the letter in the network has
exactly one entry of the value and every entry one name (a letter that is itself a parameter, a vector of
another length or names with another kind of index leave the letter unread). A capital letter's matrix
(``A = [[1, 2], [0, 1]]``) gives its entries to the small letter's names ``a_{jk}`` (not K, J, I, H).
"""

from __future__ import annotations

import re

from .nodes import Group, Matrix, Op, Sym, Tuple

_NOT_CAPITALS = ("K", "J", "I", "H", "W")   # a kernel, Jacobian, identity, Hessian; W is w already
_INDEX = re.compile(r"^([^_^']+)_(\d{1,2})(?:,(\d{1,2}))?$")   # W_1, W_11, W_1,2 (keys of symbol_keys.key)


def letter_rows(node) -> list[list] | None:
    """The value's rows: a flat list or column as one row (a vector), a matrix written as such or as a list
    of bracketed rows as its rows; None for a single number or anything else."""
    transposed = isinstance(node, Op) and node.op == "transpose"
    if transposed:
        node = node.args[0]
    if isinstance(node, Matrix):
        rows = [list(r) for r in node.rows]
        if len(rows) > 1 and all(len(r) == 1 for r in rows):
            return [[r[0] for r in rows]]   # a column is a vector
        return [list(c) for c in zip(*rows)] if transposed and len(rows) > 1 else rows
    items = getattr(node, "items", None)
    if not isinstance(node, (Group, Tuple)) or not items or len(items) < 2:
        return None
    if all(isinstance(i, Group) and i.kind == "bracket" for i in items):
        rows = [list(i.items) for i in items]
        if len({len(r) for r in rows}) != 1:
            return None
        return [list(c) for c in zip(*rows)] if transposed else rows
    if any(isinstance(i, (Group, Tuple, Matrix)) for i in items):
        return None
    return [list(items)]


def letter_targets(letter: str, rows: list[list], names) -> dict[str, object] | None:
    """Name → entry for the learner's ``names`` (keys such as ``W_1``, ``W_12``, ``W_1,2``) of ``letter``: a
    vector (one row) fills ``letter_i``, a matrix ``letter_{jk}``; None when they do not match one to one.
    ``w`` is also ``W`` (the notation reads an indexed ``w_1`` as ``W_1``)."""
    letters = {letter, "W"} if letter == "w" else {letter}
    indices = {}
    for name in names:
        m = _INDEX.match(name)
        if m and m.group(1) in letters:
            indices[name] = (m.group(2), m.group(3))
    if not indices:
        return None
    out = {}
    if len(rows) == 1:   # a vector: one whole-number index per name
        entries = rows[0]
        for name, (first, second) in indices.items():
            if second is not None or not 1 <= int(first) <= len(entries):
                return None
            out[name] = entries[int(first) - 1]
        return out if len(out) == len(entries) else None
    for name, (first, second) in indices.items():   # a matrix: two indices, row then column
        if second is None and len(first) == 2:
            first, second = first[0], first[1]
        if second is None or not (1 <= int(first) <= len(rows) and 1 <= int(second) <= len(rows[0])):
            return None
        out[name] = rows[int(first) - 1][int(second) - 1]
    return out if len(out) == len(rows) * len(rows[0]) else None


def letter_values(chains, params: dict, values: dict) -> None:
    """Add to ``values`` (name → (entry, line)) what the chains ``letter = vector`` give the network's
    indexed names ``params`` of that letter (see the module doc); a value given by name on an earlier line
    stays."""
    from .meaning import key
    from .problem_parts import is_numeric

    for line, members in chains:
        last = members[-1]
        if len(members) < 2 or not is_numeric(last):
            continue
        rows = letter_rows(last)
        if rows is None:
            continue
        for member in members[:-1]:
            if not (isinstance(member, Sym) and not member.sub and member.layer is None and not member.primes):
                continue
            letter = key(member)
            if letter in params or letter == "w" and "W" in params:
                continue
            found = letter_targets(letter, rows, params)
            small = letter.lower()
            if found is None and len(rows) > 1 and len(letter) == 1 and small != letter and \
                    letter not in _NOT_CAPITALS and small not in params:
                found = letter_targets(small, rows, params)   # A = [[1, 2], [0, 1]] for a_{11} … a_{22}
            for name, entry in (found or {}).items():
                if name not in values or values[name][1] > line:
                    values[name] = (entry, line)
