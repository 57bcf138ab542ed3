"""Blocked evaluation: K is filled block by block over rows of X1 and X2, so
N points need O(N² + block) memory.

A block of b points needs ``bytes_per_point · b`` for its factors (Δ_l and
A_{l-1}, or its rows of J) and a block pair b1 × b2 needs
``bytes_per_entry · b1 · b2`` for the Gram temporaries. The block size is the
largest that keeps two blocks' factors and one pair's temporaries under the
memory cap; when every block's factors fit as well they are computed once and
kept, otherwise those of X2 are recomputed for each pair. With X2 omitted
(K(X, X)) only blocks on and above the diagonal are computed and K is
mirrored. K can be written straight into a caller's array (``out``, e.g. a
memory-mapped ``.npy`` file), so a K larger than memory is never held whole;
:func:`kernel_bytes` is what K itself takes, for estimates made before any work.
"""

from __future__ import annotations

import math
import sys
from contextlib import nullcontext

import numpy as np

from ..errors import InputError, describe

DEFAULT_MEMORY = 2 * 1024**3
MIN_BLOCK = 16


def parse_memory(value) -> int:
    """Bytes from an int or a string like ``"512MB"``, ``"2GiB"``."""
    if value is None:
        return DEFAULT_MEMORY
    if isinstance(value, (int, np.integer)) and not isinstance(value, bool) and value > 0:
        return int(value)
    if isinstance(value, str):
        text = value.strip().upper().replace("IB", "B")
        units = {"KB": 1024, "MB": 1024**2, "GB": 1024**3, "TB": 1024**4, "B": 1}
        for unit, factor in units.items():
            if text.endswith(unit):
                number = text[: -len(unit)].strip()
                try:
                    amount = float(number)
                except ValueError:
                    break
                if amount > 0 and math.isfinite(amount):
                    return int(amount * factor)
    raise InputError("<numeric>", "memory_limit", 'a positive number of bytes or a size like "512MB"',
                     describe(value))


def plan(n1: int, n2: int, per_point: int, per_entry: int, memory: int, block_size: int | None
         ) -> tuple[int, bool]:
    """(block size, keep every block's factors)."""
    if block_size is not None:
        b = max(1, int(block_size))
    elif (n1 + n2) * per_point + n1 * n2 * per_entry <= memory:
        return max(n1, n2), True
    else:
        # 2 b per_point + b² per_entry ≤ memory
        p, e = per_point, per_entry
        b = int((-2 * p + math.sqrt(4 * p * p + 4 * e * memory)) / (2 * e))
        b = max(MIN_BLOCK, b)
    keep = (n1 + n2) * per_point + b * b * per_entry <= memory
    return b, keep


def kernel_bytes(n1: int, n2: int, n_out: int, kernel_mode: str) -> int:
    """Bytes of K in float64: (n1·k) × (n2·k) × 8 with k = n_L for the full kernel, else 1."""
    k = n_out if kernel_mode == "full" else 1
    return n1 * k * n2 * k * 8


def _bar(total: int, show: bool | None):
    if show is None:
        show = sys.stderr.isatty() and total > 1
    if not show:
        return nullcontext(None)
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    return Progress(TextColumn("kernel blocks"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
                    TimeElapsedColumn(), TimeRemainingColumn(), console=Console(stderr=True), transient=False)


def evaluate(path, X1: np.ndarray, X2: np.ndarray | None, kernel_mode: str, output: int | None,
             memory: int, block_size: int | None = None, progress: bool | None = None,
             out: np.ndarray | None = None) -> np.ndarray:
    """K(X1, X2) (X2 = None: K(X1, X1)) by blocks of rows; ``path`` is a
    :class:`~symntk.numeric.structured.Structured` or
    :class:`~symntk.numeric.perparam.PerParameter`. With ``out`` (a float64 array
    of K's shape) every block is written into it and ``out`` is returned."""
    symmetric = X2 is None
    n1, n2 = X1.shape[0], (X1 if symmetric else X2).shape[0]
    k = path.n_out if kernel_mode == "full" else 1
    # K(X, X) has n1² entries too: planning it as n1 × n1 keeps one whole-K block inside the cap
    b, keep = plan(n1, n2, path.bytes_per_point(), path.bytes_per_entry(kernel_mode), memory, block_size)
    rows = [(s, min(s + b, n1)) for s in range(0, n1, b)]
    cols = rows if symmetric else [(s, min(s + b, n2)) for s in range(0, n2, b)]
    if out is not None and out.shape != (n1 * k, n2 * k):
        raise ValueError(f"out has shape {out.shape}, K has {(n1 * k, n2 * k)}")
    if symmetric and len(rows) == 1 and out is None:
        F = path.factors(X1)
        return path.combine(F, F, kernel_mode, output)
    K = np.empty((n1 * k, n2 * k)) if out is None else out
    other = X1 if symmetric else X2
    cache: dict = {}

    def col_factors(j):
        if j in cache:
            return cache[j]
        s, e = cols[j]
        F = path.factors(other[s:e])
        if keep:
            cache[j] = F
        return F

    pairs = [(i, j) for i in range(len(rows)) for j in range(len(cols)) if not symmetric or j >= i]
    with _bar(len(pairs), progress) as bar:
        task = bar.add_task("kernel", total=len(pairs)) if bar is not None else None
        current, F1 = None, None
        for i, j in pairs:
            if i != current:
                s, e = rows[i]
                F1 = cache[i] if symmetric and i in cache else path.factors(X1[s:e])
                if symmetric and keep:
                    cache[i] = F1
                current = i
            F2 = F1 if symmetric and i == j else col_factors(j)
            block = path.combine(F1, F2, kernel_mode, output)
            (r0, r1), (c0, c1) = rows[i], cols[j]
            K[r0 * k:r1 * k, c0 * k:c1 * k] = block
            if symmetric and j != i:
                K[c0 * k:c1 * k, r0 * k:r1 * k] = block.T
            if bar is not None:
                bar.advance(task)
    return K
