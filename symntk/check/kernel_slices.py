"""A whole column (or row) of K given as a vector: ``K_{:,2} = (43, 71)``, ``K_{\\cdot 2} = (43, 71)^T``,
``K_{2,:} = [43, 71]``: read as its entries ``K_{12} = 43, K_{22} = 71`` (as many as the vector has), each
judged as the kernel entry it is. Every pattern is bounded (linear time)."""

from __future__ import annotations

import dataclasses
import re

from .kernel_columns import _COLUMN, _ROW
from .source import Segment

_OPEN = r"(?:\\left\s{0,3})?[(\[]|\\begin\{[pb]matrix\}"
_CLOSE = r"(?:\\right\s{0,3})?[)\]]|\\end\{[pb]matrix\}"
_SLICE = re.compile(r"^\s{0,3}(K_\{[^{}=]{1,30}\})\s{0,3}=\s{0,3}(?:" + _OPEN + r")([^=()\[\]{}]{1,200}?)(?:"
                    + _CLOSE + r")\s{0,3}(?:\^\s{0,3}(?:T|\{\s{0,3}(?:T|\\top)\s{0,3}\}|\\top|\\intercal))?"
                    r"\s{0,3}[.,;]?\s{0,3}$")
_SEPARATOR = re.compile(r"\s{0,3}(?:,|\\\\|&|;)\s{0,3}")


def _entries(text: str) -> list[str] | None:
    """``[K_{12} = 43, K_{22} = 71]`` for a column or row of K written as one vector, else None."""
    if len(text) > 300:
        return None
    m = _SLICE.match(text)
    if m is None:
        return None
    column, row = _COLUMN.match(m.group(1)), _ROW.match(m.group(1))
    if not (column or row):
        return None
    fixed = int((column or row).group(1))
    values = [v.strip() for v in _SEPARATOR.split(m.group(2).strip())]
    if len(values) < 2 or not all(values):
        return None
    if fixed > 9 or len(values) > 9:   # K_{1,2} reads as one entry only alone; K_{12} does in a list
        return None
    entries = [f"K_{{{i}{fixed}}}" if column else f"K_{{{fixed}{i}}}" for i in range(1, len(values) + 1)]
    return [f"{e} = {v}" for e, v in zip(entries, values)]


def slice_entries(segments: list[Segment]) -> list[Segment]:
    """The segments with each column or row of K written as one vector replaced by one segment per entry."""
    out = []
    for seg in segments:
        entries = None if seg.fact or seg.error else _entries(seg.text)
        out += [dataclasses.replace(seg, text=e) for e in entries] if entries else [seg]
    return out
