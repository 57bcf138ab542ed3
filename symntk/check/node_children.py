"""Mapping a function over the children of a syntax node: the one walk that rebuilds a node from its children."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from .nodes import Node


def _mapped(items: tuple, change: Callable[[Node], Node], nested: bool) -> tuple:
    """``items`` with ``change`` applied to each node among them; with ``nested`` also to each node of a tuple
    among them (a matrix's rows); ``items`` itself when nothing changes."""
    out = tuple(change(x) if isinstance(x, Node) else
                _mapped(x, change, False) if nested and isinstance(x, tuple) else x for x in items)
    return items if all(a is b for a, b in zip(out, items)) else out


def map_children(node, change: Callable[[Node], Node], nested: bool = False):
    """``node`` with ``change`` applied to each child: a field that is a node, and each node in a field that is a
    tuple (other entries are kept, and so are tuples inside the tuple unless ``nested``: then the nodes in them,
    a matrix's entries, are children too); ``node`` itself when no child changes, and anything that is no
    dataclass as it is."""
    if not dataclasses.is_dataclass(node):
        return node
    changes = {}
    for f in dataclasses.fields(node):
        v = getattr(node, f.name)
        if isinstance(v, Node):
            w = change(v)
            if w is not v:
                changes[f.name] = w
        elif isinstance(v, tuple) and any(isinstance(x, Node) or nested and isinstance(x, tuple) for x in v):
            w = _mapped(v, change, nested)
            if w is not v:
                changes[f.name] = w
    return dataclasses.replace(node, **changes) if changes else node
