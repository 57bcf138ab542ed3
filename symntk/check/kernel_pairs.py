"""Entries of the full kernel of a network with several outputs, indexed by (datapoint, output) pairs.

A learner who builds the (N·n_L) × (N·n_L) kernel often names its entries by the pairs themselves:
``K_{(1,1),(1,2)}``, ``K_{(1,2)(2,1)}``, ``Θ_{(x_1,f_2),(x_2,f_1)}``. Which member of a pair is the datapoint
is what the learner says: a member written ``x_i`` / ``f_o`` (or ``y_o``) names its role itself; numbers
follow the order of the pairs the notes state, ``(x_1, f_1), (x_1, f_2), …``, ``(Datenpunkt, Ausgang)``,
``(output, point)``. Pairs of numbers in notes that state no order are read both ways (the judge keeps the
reading their values agree with, as with the other kernel readings), never as one name.

The order in which the notes list the pairs (point-major ``(x_1,f_1), (x_1,f_2), (x_2,f_1), …`` or
output-major ``(x_1,f_1), (x_2,f_1), (x_1,f_2), …``) is the order of the rows of their K.
"""

from __future__ import annotations

import re

from .nodes import Group, Num, Op, Sym

_PAIR = re.compile(r"\(\s?\{?([^(),]{1,40}),\s?\{?([^(),]{1,40})\)")
_POINT_WORDS = ("point", "punkt", "input", "eingabe", "sample", "datum", "gagnapunkt", "inntak", "punto", "dato")
_OUTPUT_WORDS = ("output", "ausgang", "ausgabe", "úttak", "komponente", "component", "salida", "sortie")
_POINT_SYMBOL = re.compile(r"^\\?(?:mathbf\{)?x\}?(?:_|\^)?\{?\(?([1-9])")
_OUTPUT_SYMBOL = re.compile(r"^(?:f|y)(?:_|\^)?\{?\(?([1-9])")


def _role(text: str) -> tuple[str, int | None] | None:
    """``x_1`` → ("point", 1), ``f_2`` → ("output", 2), ``Datenpunkt`` → ("point", None); None otherwise."""
    t = text.strip().strip("{}$ ").lower()
    m = _POINT_SYMBOL.match(t)
    if m:
        return "point", int(m.group(1))
    m = _OUTPUT_SYMBOL.match(t)
    if m:
        return "output", int(m.group(1))
    if any(w in t for w in _POINT_WORDS) and not any(w in t for w in _OUTPUT_WORDS):
        return "point", None
    if any(w in t for w in _OUTPUT_WORDS) and not any(w in t for w in _POINT_WORDS):
        return "output", None
    return None


def pair_order(text: str) -> tuple[str | None, str | None]:
    """What the notes say about the pairs: which member is written first ("point" or "output", None when
    they do not say), and the order of the rows of K ("point" when the output changes fastest, as in
    ``(x_1,f_1), (x_1,f_2), …``; "output" when the datapoint does; None when not listed)."""
    first, listed = None, []
    for line in text.splitlines():
        found = []
        for m in _PAIR.finditer(line):
            a, b = _role(m.group(1)), _role(m.group(2))
            if a and b and a[0] != b[0]:
                found.append((a, b))
        if found and first is None:
            first = found[0][0][0]
        if len(found) >= 2 and not listed and all(a[1] and b[1] for a, b in found):
            listed = [{a[0]: a[1], b[0]: b[1]} for a, b in found]
    rows = None
    if len(listed) >= 2:
        if listed[0]["point"] == listed[1]["point"] and listed[0]["output"] != listed[1]["output"]:
            rows = "point"
        elif listed[0]["output"] == listed[1]["output"] and listed[0]["point"] != listed[1]["point"]:
            rows = "output"
    return first, rows


def _member(node) -> tuple[str | None, int] | None:
    """One member of a pair: a whole number (role unknown), ``x_i`` (a datapoint) or ``f_o`` / ``y_o``."""
    if isinstance(node, Num) and node.decimals is None and node.value.denominator == 1 and node.value > 0:
        return None, int(node.value)
    if isinstance(node, Sym) and node.name in ("x", "f", "y") and len(node.sub) == 1 and not node.primes and \
            node.layer is None and isinstance(node.sub[0], Num) and node.sub[0].decimals is None:
        return ("point" if node.name == "x" else "output"), int(node.sub[0].value)
    return None


def _pair(node):
    if isinstance(node, Group) and node.kind == "tuple" and len(node.items) == 2:
        members = [_member(n) for n in node.items]
        if all(members) and (members[0][0] is None) == (members[1][0] is None) and \
                (members[0][0] is None or members[0][0] != members[1][0]):
            return tuple(members)
    return None


def pair_ref(node) -> tuple | None:
    """``K_{(1,1),(1,2)}``, ``K_{(1,1)(1,2)}``, ``\\Theta_{(x_1,f_2),(x_2,f_1)}`` → the two pairs, each
    ((role or None, n), (role or None, m)); None for anything else."""
    if not isinstance(node, Sym) or node.name not in ("K", "Theta") or node.primes or node.layer is not None:
        return None
    subs = node.sub
    if len(subs) == 1 and isinstance(subs[0], Op) and subs[0].op == "juxt":
        subs = subs[0].args
    if len(subs) != 2:
        return None
    pairs = [_pair(s) for s in subs]
    return tuple(pairs) if all(pairs) else None


def _as_point_output(pair, first: str | None) -> list[tuple[int, int]]:
    """The (datapoint, output) a pair may stand for: one when its members name their roles or the notes say
    which comes first, else both readings."""
    (ra, a), (rb, b) = pair
    if ra is not None:
        return [(a, b) if ra == "point" else (b, a)]
    if first is not None:
        return [(a, b) if first == "point" else (b, a)]
    return [(a, b), (b, a)] if a != b else [(a, b)]


def full_indices(pairs, first: str | None, N: int, n_out: int) -> list[tuple[int, int]]:
    """The 1-based (row, column) of the point-major full kernel each reading of ``pairs`` stands for (readings
    of a pair with a datapoint beyond N or an output beyond n_L dropped); one reading for both pairs at once."""
    out = []
    for reading in range(2):
        chosen = []
        for pair in pairs:
            options = _as_point_output(pair, first)
            chosen.append(options[min(reading, len(options) - 1)])
        if all(1 <= i <= N and 1 <= o <= n_out for i, o in chosen):
            index = [(i - 1) * n_out + o for i, o in chosen]
            if index not in out:
                out.append(index)
    return [tuple(i) for i in out]


def point_major(N: int, n_out: int) -> list[int]:
    """For each row of the point-major K (datapoint i, output o), the 0-based row of the same pair in the
    output-major K the notes list ``(x_1,f_1), (x_2,f_1), …``."""
    return [(o - 1) * N + (i - 1) for i in range(1, N + 1) for o in range(1, n_out + 1)]
