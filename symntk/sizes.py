"""A problem file's size limits, and its shape read without SymPy (the up-front estimate's input).

The shape is what the estimate of :mod:`symntk.budget` needs: the widths n_0 … n_L, one
activation name per hidden layer and the number of datapoints. :func:`read_shape` reads it
leniently from a problem file with the standard library alone, so that ``symntk derive`` can
refuse a problem that is far too large before importing SymPy (about 0.8 s of the 1.5 s a
refusal used to take). Anything unusual in those fields gives ``None``: the full loader,
:func:`symntk.problem.load_problem`, then reads the file and names the defect.
"""

from __future__ import annotations

import os
import stat
import tomllib
from dataclasses import dataclass
from pathlib import Path

MAX_WIDTH = 100_000
MAX_DEPTH = 64
MAX_POINTS = 50_000
MAX_PARAMETERS = 20_000_000  # a width-4096 net of three layers (16.8 M) fits; its weights take 160 MB
MAX_FILE_BYTES = 16 * 2**20
ACTIVATION_NAMES = ("identity", "relu", "tanh", "sigmoid", "softplus", "quadratic", "erf")


@dataclass(frozen=True)
class Shape:
    """The size of a problem: widths n_0 … n_L, hidden activations φ_1 … φ_{L−1}, datapoints N."""

    source: str
    widths: tuple[int, ...]
    activations: tuple[str, ...]
    points: int


def read_shape(path: str | Path) -> Shape | None:
    """The shape of a problem file, or None when the file or those fields are anything but
    plainly valid (the full loader reports what is wrong)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # a FIFO must not block: the loader names it
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            return None
        with os.fdopen(fd, "rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
        if len(raw) > MAX_FILE_BYTES:
            return None
        data = tomllib.loads(raw.decode("utf-8").removeprefix("\ufeff"), parse_float=str)
    except (OSError, ValueError, RecursionError):  # TOMLDecodeError and UnicodeDecodeError are ValueErrors
        return None
    return shape_of(data, str(path))


def shape_of(data: object, source: str) -> Shape | None:
    """The shape of a parsed problem mapping (see :func:`read_shape`), or None."""
    net = data.get("network") if isinstance(data, dict) else None
    points = data.get("data", {}).get("x") if isinstance(data, dict) and isinstance(data.get("data"), dict) else None
    if not isinstance(net, dict) or not isinstance(points, list) or not 1 <= len(points) <= MAX_POINTS:
        return None
    widths = net.get("widths")
    if not isinstance(widths, list) or not 2 <= len(widths) <= MAX_DEPTH + 1 or not all(
            type(w) is int and 1 <= w <= MAX_WIDTH for w in widths):
        return None
    if sum(widths[l] * (widths[l - 1] + 1) for l in range(1, len(widths))) > MAX_PARAMETERS:
        return None
    hidden = len(widths) - 2
    activation = net.get("activation", "identity")
    names = (activation,) * hidden if isinstance(activation, str) else activation
    if not isinstance(names, (list, tuple)) or len(names) != hidden or not all(
            isinstance(a, str) and a in ACTIVATION_NAMES for a in names):
        return None
    return Shape(source, tuple(widths), tuple(names), len(points))
