"""Checking what callers of the numeric path pass in: widths, activations,
parameters and datapoints. Every defect raises :class:`~symntk.errors.InputError`
naming the argument, what was expected and what was found."""

from __future__ import annotations

import math

import numpy as np

from ..activations import get_activation
from ..errors import InputError, describe

SOURCE = "<numeric>"
PARAMETERIZATIONS = ("standard", "ntk")
KERNEL_MODES = ("full", "output", "trace")


def check_widths(widths) -> tuple[int, ...]:
    """n_0 … n_L: at least two positive integers, under the limits of a problem file's
    ``network.widths`` (at most MAX_DEPTH layers of at most MAX_WIDTH units, and at most
    MAX_PARAMETERS parameters Σ_l n_l (n_{l−1} + 1)), the same for every way of giving them."""
    from ..problem import MAX_DEPTH, MAX_PARAMETERS, MAX_WIDTH

    expected = "a list of at least two positive integers n_0 … n_L"
    try:
        values = list(widths)
    except TypeError:
        raise InputError(SOURCE, "widths", expected, describe(widths)) from None
    if len(values) < 2:
        raise InputError(SOURCE, "widths", expected, describe(widths))
    out = []
    for k, w in enumerate(values):
        if isinstance(w, bool) or not isinstance(w, (int, np.integer)) or w < 1:
            raise InputError(SOURCE, f"widths[{k}]", "a positive integer", describe(w))
        if w > MAX_WIDTH:
            raise InputError(SOURCE, f"widths[{k}]", f"an integer from 1 to {MAX_WIDTH}", describe(w))
        out.append(int(w))
    if len(out) > MAX_DEPTH + 1:
        raise InputError(SOURCE, "widths", f"at most {MAX_DEPTH} layers", f"{len(out) - 1} layers")
    count = sum(out[l] * (out[l - 1] + 1) for l in range(1, len(out)))
    if count > MAX_PARAMETERS:
        raise InputError(SOURCE, "widths", f"a network of at most {MAX_PARAMETERS:,} parameters (the limit of "
                         "problem files)", f"{count:,} parameters")
    return tuple(out)


def check_activations(activation, depth: int) -> tuple[str, ...]:
    """One activation name per hidden layer (a single name is used for all)."""
    hidden = depth - 1
    if isinstance(activation, str):
        get_activation(activation, SOURCE, "activation")
        return (activation,) * hidden
    if isinstance(activation, (list, tuple)):
        if len(activation) != hidden:
            raise InputError(SOURCE, "activation", f"one activation per hidden layer ({hidden})",
                             f"a list of {len(activation)}")
        for k, name in enumerate(activation):
            get_activation(name, SOURCE, f"activation[{k}]")
        return tuple(activation)
    raise InputError(SOURCE, "activation", "an activation name or a list of them", describe(activation))


def check_parameterization(value) -> str:
    if value not in PARAMETERIZATIONS:
        raise InputError(SOURCE, "parameterization", '"standard" or "ntk"', describe(value))
    return value


def check_sigmas(sigma_w, sigma_b, parameterization: str) -> tuple[float, float]:
    """σ_w, σ_b: positive finite numbers; other than 1 only in the NTK parameterization."""
    out = []
    for name, value in (("sigma_w", sigma_w), ("sigma_b", sigma_b)):
        if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)) \
                or not math.isfinite(value) or value <= 0:
            raise InputError(SOURCE, name, "a positive number", describe(value))
        if value != 1 and parameterization != "ntk":
            raise InputError(SOURCE, name, "1 unless parameterization='ntk'", describe(value))
        out.append(float(value))
    return out[0], out[1]


def check_mode(kernel_mode, output, n_out: int) -> tuple[str, int | None]:
    """The kernel mode and, for ``output``, the 1-based output number."""
    if kernel_mode not in KERNEL_MODES:
        raise InputError(SOURCE, "kernel_mode", "full, output or trace", describe(kernel_mode))
    if kernel_mode == "output":
        if output is None and n_out == 1:
            return kernel_mode, 1
        if isinstance(output, bool) or not isinstance(output, (int, np.integer)) or not 1 <= output <= n_out:
            raise InputError(SOURCE, "output", f"an output number from 1 to {n_out} with kernel_mode='output'",
                             describe(output))
        return kernel_mode, int(output)
    return kernel_mode, None


def _array(value, name: str, shape: tuple[int, int], allow_flat: bool) -> np.ndarray:
    rows, cols = shape
    try:
        arr = np.array(value, dtype=np.float64)
    except (TypeError, ValueError):
        raise InputError(SOURCE, name, f"a {rows}×{cols} array of numbers", describe(value)) from None
    if allow_flat and arr.shape == (rows,) and cols == 1:
        arr = arr.reshape(rows, 1)
    if arr.shape != (rows, cols):
        raise InputError(SOURCE, name, f"a {rows}×{cols} array", f"shape {arr.shape}")
    if not np.all(np.isfinite(arr)):
        raise InputError(SOURCE, name, "finite numbers", "NaN or infinity")
    return arr


def check_params(params, widths: tuple[int, ...]) -> tuple[tuple[np.ndarray, np.ndarray], ...]:
    """[(W^{[1]}, b^{[1]}), …]: W^{[l]} of shape (n_l, n_{l-1}), b^{[l]} of shape (n_l, 1), as float64."""
    depth = len(widths) - 1
    try:
        layers = list(params)
    except TypeError:
        raise InputError(SOURCE, "params", f"a list of {depth} (W, b) pairs", describe(params)) from None
    if len(layers) != depth:
        raise InputError(SOURCE, "params", f"{depth} (W, b) pairs, one per layer", f"{len(layers)}")
    out = []
    for l, layer in enumerate(layers, start=1):
        try:
            W, b = layer
        except (TypeError, ValueError):
            raise InputError(SOURCE, f"params[{l - 1}]", "a pair (W, b)", describe(layer)) from None
        out.append((_array(W, f"params[{l - 1}].W", (widths[l], widths[l - 1]), False),
                    _array(b, f"params[{l - 1}].b", (widths[l], 1), True)))
    return tuple(out)


def check_points(X, n0: int, name: str) -> np.ndarray:
    """Datapoints as an (N, n_0) float64 array, one per row (a flat array when n_0 = 1)."""
    try:
        arr = np.array(X, dtype=np.float64)
    except (TypeError, ValueError):
        raise InputError(SOURCE, name, f"an N×{n0} array of numbers (one datapoint per row)", describe(X)) from None
    if arr.ndim == 1 and n0 == 1:
        arr = arr.reshape(-1, 1)
    if arr.ndim != 2 or arr.shape[1] != n0 or arr.shape[0] == 0:
        raise InputError(SOURCE, name, f"an N×{n0} array (one datapoint per row, N ≥ 1)", f"shape {arr.shape}")
    if not np.all(np.isfinite(arr)):
        raise InputError(SOURCE, name, "finite numbers", "NaN or infinity")
    return np.ascontiguousarray(arr)
