"""The infinite-width NTK Θ in float64, blocked: :func:`make_limit_kernel_fn`.

NTK parameterization, hidden widths → ∞ (Jacot et al. 2018), for L layers:

    Σ^{[1]}(x, x′) = σ_w² x·x′/n₀ + σ_b²,      Θ^{[1]} = Σ^{[1]},
    Σ^{[l+1]} = σ_w² E[φ_l(u)φ_l(v)] + σ_b²,   Σ̇^{[l+1]} = σ_w² E[φ_l′(u)φ_l′(v)],
    Θ^{[l+1]} = Θ^{[l]} Σ̇^{[l+1]} + Σ^{[l+1]},  (u, v) ~ N(0, Σ^{[l]} on the pair),   Θ = Θ^{[L]}.

Θ is filled block by block (so N points need O(N² + threads · block²) memory;
K(X, X) computes the blocks on and above the diagonal and mirrors them), the
blocks on :data:`THREADS` threads. Each block
runs the matrix recursion of :func:`symntk.limit.maps.fast`; where a relu
layer sees a correlation within :data:`PARALLEL` of 1 (the diagonal, nearly
parallel inputs), those entries are recomputed pair by pair with
:func:`symntk.limit.maps.stable`, starting from the exact Lagrange form of
Σ^{[1]}'s determinant, |x|²|d|² − (x·d)² with d = x′ − x.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from ..errors import InputError, describe
from ..numeric import inputs
from . import maps, quadrature

SOURCE = "<limit>"
PARALLEL = 1e-4
BLOCK = 128
THREADS = min(4, os.cpu_count() or 1)  # blocks computed at once (NumPy releases the GIL in its loops)


def check_depth(depth) -> int:
    """L: an integer from 1 to 64."""
    if isinstance(depth, bool) or not isinstance(depth, (int, np.integer)) or not 1 <= depth <= 64:
        raise InputError(SOURCE, "depth", "the number of layers L, an integer from 1 to 64", describe(depth))
    return int(depth)


def make_limit_kernel_fn(depth, activation, sigma_w=1.0, sigma_b=1.0, block_size=None):
    """Θ of the infinite-width network with L = ``depth`` layers (L − 1 hidden, each with
    ``activation``, a name or one per hidden layer) in the NTK parameterization with σ_w, σ_b.

    Returns ``kfn(X1, X2=None)`` → Θ(X1, X2) as a float64 array N₁ × N₂ (X one datapoint per row;
    X2 omitted: Θ(X1, X1)). ``block_size`` bounds the rows and columns computed at once."""
    L = check_depth(depth)
    acts = inputs.check_activations(activation, L)
    sw, sb = inputs.check_sigmas(sigma_w, sigma_b, "ntk")
    c, b = sw * sw, sb * sb
    block = BLOCK if block_size is None else max(1, int(block_size))

    def kfn(X1, X2=None):
        A = _points(X1, "X1")
        B = A if X2 is None else _points(X2, "X2", A.shape[1])
        n0 = A.shape[1]
        dA = _diagonals(A, acts, c, b, n0, "X1")
        dB = dA if X2 is None else _diagonals(B, acts, c, b, n0, "X2")
        n1, n2 = A.shape[0], B.shape[0]
        out = np.empty((n1, n2))

        def fill(r0: int, q0: int) -> None:
            r1, q1 = min(r0 + block, n1), min(q0 + block, n2)
            with np.errstate(over="ignore", invalid="ignore"):  # an overflow is reported below, once
                part = _block(A[r0:r1], B[q0:q1], [d[r0:r1] for d in dA], [d[q0:q1] for d in dB],
                              acts, c, b, n0, X2 is None and r0 == q0)
            out[r0:r1, q0:q1] = part
            if X2 is None and q0 != r0:
                out[q0:q1, r0:r1] = part.T

        tasks = [(r0, q0) for r0 in range(0, n1, block) for q0 in range(r0 if X2 is None else 0, n2, block)]
        workers = min(len(tasks), THREADS)
        if workers <= 1:
            for task in tasks:
                fill(*task)
        else:
            with ThreadPoolExecutor(workers) as pool:
                list(pool.map(lambda task: fill(*task), tasks))
        if not np.all(np.isfinite(out)):
            raise InputError(inputs.SOURCE, "X1" if X2 is None else "X1, X2",
                             "datapoints for which Θ stays within float64", "an overflow (Θ beyond 1e308)")
        return out

    kfn.depth, kfn.activations, kfn.sigmas = L, acts, (sw, sb)
    kfn.__doc__ = "Θ(X1, X2) of the infinite-width network (see symntk.make_limit_kernel_fn)."
    return kfn


def _points(X, name: str, n0: int | None = None) -> np.ndarray:
    """X as an (N, n_0) float64 array, N at most the point limit of problem files."""
    from ..problem import MAX_POINTS

    try:
        arr = np.asarray(X, dtype=np.float64) if not isinstance(X, np.ndarray) else X
    except (TypeError, ValueError):
        raise InputError(inputs.SOURCE, name, "an N×n_0 array of numbers (one datapoint per row)",
                         describe(X)) from None
    if arr.ndim >= 1 and arr.shape[0] > MAX_POINTS:
        raise InputError(inputs.SOURCE, name, f"at most {MAX_POINTS:,} datapoints (the limit of problem files; "
                         "Θ is N₁ × N₂ float64)", f"{arr.shape[0]:,}")
    if arr.ndim == 1:
        arr = arr.reshape(-1, 1)
    return inputs.check_points(arr, arr.shape[1] if n0 is None else n0, name)


def _diagonals(X: np.ndarray, acts, c: float, b: float, n0: int, field: str) -> list[np.ndarray]:
    """Σ^{[l]}(x, x) for l = 1..L, per point; each at most :data:`quadrature.LARGEST` (beyond it
    products Σ_ii Σ_jj overflow float64), else :class:`InputError` naming ``field``."""
    with np.errstate(over="ignore", invalid="ignore"):
        s = c * np.einsum("ij,ij->i", X, X) / n0 + b
    out = [s]
    for l, name in enumerate((*acts, None), start=1):
        bad = ~(s <= quadrature.LARGEST)
        if bad.any():
            row = int(np.argmax(bad))
            raise InputError(inputs.SOURCE, f"{field}[{row + 1}]", f"a datapoint small enough for float64 (every "
                             f"Σ^{{[l]}}(x, x) at most {quadrature.LARGEST:.0e}; with σ_w = {c ** 0.5:g} that is "
                             f"|x| up to about {(quadrature.LARGEST * n0 / c) ** 0.5:.0e} at layer 1)",
                             f"Σ^{{[{l}]}}(x, x) = {s[row]:.3g}")
        if name is None:
            break
        with np.errstate(over="ignore", invalid="ignore"):
            s = maps.diagonal(name, s, c, b)
        out.append(s)
    return out


def _block(A, B, dA, dB, acts, c, b, n0, diagonal_block) -> np.ndarray:
    S = A @ B.T
    S *= c / n0
    S += b
    if diagonal_block:
        np.fill_diagonal(S, dA[0])
    theta = S.copy()
    flag = None
    for l, name in enumerate(acts):
        S, dot, rho = maps.fast(name, S, dA[l][:, None], dB[l][None, :], c, b)
        if rho is not None:
            near = rho > 1 - PARALLEL
            flag = near if flag is None else flag | near
        theta *= dot
        theta += S
    if flag is not None and flag.any():
        i, j = np.nonzero(flag)
        theta[i, j] = _pairs(A[i], B[j], [d[i] for d in dA], [d[j] for d in dB], acts, c, b, n0)
    return theta


def _pairs(x, y, dx, dy, acts, c, b, n0) -> np.ndarray:
    """Θ for pairs (rows of x and y) by the stable recursion."""
    d = y - x
    xx, dd, xd = (np.einsum("ij,ij->i", p, q) for p, q in ((x, x), (d, d), (x, d)))
    a = c / n0
    wedge = np.maximum(xx * dd - xd * xd, 0)
    S = a * np.einsum("ij,ij->i", x, y) + b
    D, E = a * a * wedge + a * b * dd, a * dd
    theta = S
    for l, name in enumerate(acts):
        S, dot, D, E = maps.stable(name, dx[l], dy[l], S, D, E, c, b)
        theta = theta * dot + S
    return theta
