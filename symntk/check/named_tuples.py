"""A tuple of named forward quantities and its values: ``for $(z, h, f, f')$ we get $(5, 5, 15, 6)$`` or
``$(z, h, f) = (5, 5, 15)$`` (or ``$(z, h, f)(x_2) = (…)$``, each at x_2) lists z, h, f and f' (each read as
``z = 5``, …), not the gradient ∇f that a bare vector at a datapoint would be. The names are units and outputs
(z, a, h, f, y and their primes, subscripts and layers), never parameters, so a listing of θ's values stays what
it is. Every pattern is bounded."""

from __future__ import annotations

import dataclasses
import re

from .segment import Segment

_NAME = re.compile(r"^(?:[zahfy]|\\hat\{?y\}?)(?:_\{?[0-9a-z,]{1,6}\}?)?(?:\^\{?\[\d\]\}?)?(?:'{1,2}|\^\{?\\prime\}?)?"
                   r"(?:_\{?[0-9a-z,]{1,6}\}?)?(?:\(x(?:_\{?\d{1,2}\}?)?\))?$")
_VECTOR = re.compile(r"^\s{0,3}(?:\\left\s{0,3})?\((.{1,200})(?:\\right\s{0,3})?\)\s{0,3}"
                     r"(?:\^\s{0,3}\{?(?:T|\\top)\}?)?\s{0,3}[.,;:]?\s{0,3}$")


def _items(text: str) -> list[str] | None:
    """The top-level comma-separated items of a parenthesised list, else None."""
    m = _VECTOR.match(text)
    if m is None:
        return None
    items, depth, start, inner = [], 0, 0, m.group(1)
    for i, ch in enumerate(inner):
        depth += ch in "([{"
        depth -= ch in ")]}"
        if depth < 0:
            return None
        if ch == "," and depth == 0:
            items.append(inner[start:i].strip())
            start = i + 1
    items.append(inner[start:].strip())
    return items if depth == 0 and len(items) >= 2 and all(items) else None


def forward_names(text: str) -> list[str] | None:
    """The names of a tuple of forward quantities (``(z, h, f, f')``), else None."""
    items = _items(text)
    if items is None or not all(_NAME.match(i.replace(" ", "")) for i in items):
        return None
    return items if any(i.lstrip("\\hat{").startswith(("f", "y", "z", "h")) for i in items) else None


_AT = re.compile(r"^(.{1,200}?\))\s{0,3}(\(\s{0,2}x(?:_\{?\d{1,2}\}?)?\s{0,2}\))\s{0,3}$")


def _at_point(text: str) -> list[str] | None:
    """The names of a tuple written at a datapoint as a whole (``(z, h, f)(x_2)``), each at it (``z(x_2)``)."""
    m = _AT.match(text)
    names = forward_names(m.group(1)) if m else None
    if not names or any("(" in n for n in names):
        return None
    return [n + m.group(2).replace(" ", "") for n in names]


def _pairs(seg: Segment, names: list[str], values_text: str) -> list[Segment] | None:
    """One segment ``name = value`` per name, when the values are a tuple as long as the names, else None."""
    values = _items(values_text)
    if values is None or len(values) != len(names):
        return None
    return [dataclasses.replace(seg, text=f"{n} = {v}") for n, v in zip(names, values)]


def named_tuples(segments: list[Segment]) -> list[Segment]:
    """The segments with every tuple of named forward quantities and its values read as one segment per name."""
    out: list[Segment] = []
    for seg in segments:
        if seg.fact or seg.error or len(seg.text) > 300:
            out.append(seg)
            continue
        members = seg.text.split("=")
        if 2 <= len(members) <= 4:   # "(z, h, f) = (5, 5, 15)", also after a label a rule put before it
            names = forward_names(members[-2]) or _at_point(members[-2])
            pairs = names and _pairs(seg, names, members[-1])
            if pairs:
                out += pairs
                continue
        before = out[-1] if out else None
        names = before and before.line == seg.line and not before.fact and forward_names(before.text)
        pairs = names and "=" not in seg.text and _pairs(seg, names, seg.text)
        if pairs:
            out[-1:] = pairs
            continue
        out.append(seg)
    return out
