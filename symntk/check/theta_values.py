"""Layers left out of the notes' data, taken from θ written with its values.

``θ = (1, 2, 0, 1, 0, 1, 1, −1, 0)`` beside ``f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}`` with b^{[1]}, W^{[2]},
b^{[2]} given and W^{[1]} described only in words: θ's order is the sheet's (layer by layer, each W^{[l]} row by
row, then b^{[l]}), so the missing layer is its slice. The widths come from the layers given and the input and
output dimensions; a listing fills anything only when its length is the parameter count of those widths and every
layer given agrees with its slice, so a θ in another order, or with a slip, fills nothing.
"""

from __future__ import annotations

from fractions import Fraction

from .claims import ProblemPart
from .nodes import Sym
from .predicates import walk


def _listing(parts: list, numbers) -> tuple[ProblemPart, list[str]] | None:
    """The first ``θ = (numbers…)`` equation of the notes, flattened (None when there is none)."""
    for p in parts:
        if p.kind != "equation" or len(p.node.items) != 2:
            continue
        name, value = p.node.items
        if isinstance(name, Sym) and name.name == "theta" and not name.sub and not name.layer:
            try:
                flat = [v for row in numbers(value, "", p.line) for v in row]
            except Exception:   # not numbers: θ listed by name
                continue
            if len(flat) > 1:
                return p, flat
    return None


def _widths(values: dict, depth: int, n_in: int | None, n_out: int | None) -> list[int] | None:
    """n_0 … n_L from the layers given (None when they do not fix every width)."""
    widths: list[int | None] = [n_in] + [None] * (depth - 1) + [n_out]
    for _ in range(depth):
        for l in range(1, depth + 1):
            if f"b{l}" in values:
                widths[l] = widths[l] or sum(len(r) for r in values[f"b{l}"][1])
            if f"W{l}" in values:
                rows = values[f"W{l}"][1]
                count = sum(len(r) for r in rows)
                if len(rows) > 1 and len(rows[0]) > 1:
                    widths[l], widths[l - 1] = widths[l] or len(rows), widths[l - 1] or len(rows[0])
                elif widths[l] and not widths[l - 1] and count % widths[l] == 0:
                    widths[l - 1] = count // widths[l]
                elif widths[l - 1] and not widths[l] and count % widths[l - 1] == 0:
                    widths[l] = count // widths[l - 1]
    return None if any(w is None for w in widths) else [int(w) for w in widths]


def fill_from_theta(values: dict, parts: list, formula, n_in: int | None, n_out: int | None, numbers) -> None:
    """Add to ``values`` (name → (part, rows)) every W^{[l]} / b^{[l]} the network ``formula`` names and the notes
    do not give, from the θ listing of values (see the module doc); ``numbers`` reads a node's rows."""
    named = sorted({(n.name, n.layer) for n in walk(formula) if isinstance(n, Sym) and n.name in ("W", "b")
                    and n.layer}, key=lambda t: (t[1], t[0] != "W"))
    if not named or all(f"{k}{l}" in values for k, l in named):
        return
    found = _listing(parts, numbers)
    if found is None:
        return
    part, flat = found
    depth = max(l for _, l in named)
    widths = _widths(values, depth, n_in, n_out)
    if widths is None:
        return
    shapes = {f"{k}{l}": (widths[l], widths[l - 1] if k == "W" else 1) for k, l in named}
    if sum(r * c for r, c in shapes.values()) != len(flat):
        return
    slices, at = {}, 0
    for name, (r, c) in shapes.items():
        slices[name] = [flat[at + i * c:at + (i + 1) * c] for i in range(r)]
        at += r * c
    for name, (_, rows) in values.items():
        given = [Fraction(v) for row in rows for v in row]
        if name in slices and given != [Fraction(v) for row in slices[name] for v in row] and \
                given != [Fraction(v) for col in zip(*slices[name]) for v in col]:
            return   # the listing disagrees with a layer the notes give: not θ in the sheet's order
    for name, rows in slices.items():
        values.setdefault(name, (ProblemPart(part.line, "value", name, part.node, part.text), rows))
