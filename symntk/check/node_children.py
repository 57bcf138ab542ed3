"""Mapping a function over the children of a syntax node: the one walk that rebuilds a node from its children."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from .nodes import Node


def map_children(node, change: Callable[[Node], Node]):
    """``node`` with ``change`` applied to each child: a field that is a node, and each node in a field that is a
    tuple (other entries, and tuples inside the tuple, are kept); ``node`` itself when no child changes, and
    anything that is no dataclass as it is."""
    if not dataclasses.is_dataclass(node):
        return node
    changes = {}
    for f in dataclasses.fields(node):
        v = getattr(node, f.name)
        if isinstance(v, Node):
            w = change(v)
            if w is not v:
                changes[f.name] = w
        elif isinstance(v, tuple) and any(isinstance(x, Node) for x in v):
            w = tuple(change(x) if isinstance(x, Node) else x for x in v)
            if any(a is not b for a, b in zip(w, v)):
                changes[f.name] = w
    return dataclasses.replace(node, **changes) if changes else node
