"""Gaussian expectations without a closed form (tanh, sigmoid, softplus), by composite Gauss–Legendre.

For (u, v) ~ N(0, [[s₁, S], [S, s₂]]) write u = p z₁, v = α z₁ + β z₂ with
p = √s₁, α = S/p, β = √D/p (D = s₁s₂ − S²) and z₁, z₂ independent N(0, 1):

    E[g(u)h(v)] = ∫∫ g(p z₁) h(α z₁ + β z₂) ϕ(z₁) ϕ(z₂) dz₁ dz₂,   ϕ(z) = e^{−z²/2}/√(2π),

on [−T, T]² (T = 10: the Gaussian tail beyond is below 1e-22). The
activations are analytic except at poles a distance d from the real axis
(π/2 for tanh, π for σ and softplus), and saturate: beyond |w| > V
(:data:`SATURATION`: 20 for tanh, 40 for σ and softplus) φ′(w) < 1e-17 and φ(w) equals its asymptote (a constant,
or w itself for softplus) to within 1e-17. So the integrand is sharp only in
windows, and panels of the activation's scale are needed only there:

* z₁ axis: |z₁| < V/p (g) with panels of width d/p, and |z₁| < (V + βT)/|α|
  (where the inner mean I(z₁) = E_{z₂}[h(α z₁ + β z₂)] is not yet saturated)
  with panels of width max(d, β)/|α| (I is h smoothed by a Gaussian of width β);
* z₂ axis, for each z₁ node: |α z₁ + β z₂| < V, a window centred at −α z₁/β,
  with panels of width d/β;
* panels no wider than 1 inside every window (the Gaussian's own scale), and
  of width :data:`OUTER` outside them, where the integrand is a Gaussian times
  a constant or linear function.

Each window holds at most 2V/d + 2T panels whatever the scale, so the cost
is bounded for any input (x = 1e40 costs what x = 10 does). Each panel has a
20-point rule; the error estimate is the difference from the same panels
with a 14-point rule (both converge geometrically, so the 20-point value is
far more accurate than the estimate; tests check it against mpmath). Float64
throughout: the stated precision is 1e-13 relative. Variances above
:data:`LARGEST` (where s₁s₂ would overflow) raise :class:`OutOfRangeError`.
"""

from __future__ import annotations

import math
from functools import cache

import numpy as np

POLE = {"tanh": math.pi / 2, "sigmoid": math.pi, "softplus": math.pi}
SATURATION = {"tanh": 20.0, "sigmoid": 40.0, "softplus": 40.0}
TAIL = 10.0
OUTER = 2.5  # panel width where the activation is saturated (the Gaussian alone)
POINTS, CHECK_POINTS = 20, 14
PRECISION = 1e-13
LARGEST = 1e150


class OutOfRangeError(ValueError):
    """A variance too large (or not finite) for float64 quadrature."""


@cache
def _rule(points: int):
    return np.polynomial.legendre.leggauss(points)


def _nodes(edges: np.ndarray, points: int, shift=0.0) -> tuple[np.ndarray, np.ndarray]:
    """Gauss–Legendre nodes t and weights (times ϕ(shift + t)) on the panels between ``edges``
    (last axis; ``shift`` one value per row)."""
    x, w = _rule(points)
    half = (edges[..., 1:] - edges[..., :-1]) / 2
    mid = (edges[..., 1:] + edges[..., :-1]) / 2
    shape = edges.shape[:-1] + (-1,)
    nodes = (mid[..., None] + half[..., None] * x).reshape(shape)
    z = nodes + np.asarray(shift)[..., None] if np.ndim(shift) else nodes + shift
    weights = (half[..., None] * w).reshape(shape) * np.exp(-z * z / 2) / math.sqrt(2 * math.pi)
    return nodes, weights


def _symmetric_edges(windows: list[tuple[float, float]]) -> np.ndarray:
    """Panel edges on [−T, T]: panels no wider than w inside |z| < r for each window (r, w),
    no wider than 1 inside the largest window and :data:`OUTER` outside it."""
    windows = [(min(r, TAIL), min(w, 1.0)) for r, w in windows if r > 0] + [(TAIL, OUTER)]
    edges, start = [np.zeros(1)], 0.0
    for r in sorted({r for r, _ in windows}):
        width = min(w for radius, w in windows if radius >= r)
        edges.append(np.linspace(start, r, max(1, math.ceil((r - start) / width)) + 1)[1:])
        start = r
    half = np.concatenate(edges)
    return np.concatenate([-half[::-1], half[1:]])


def _window_edges(centres: np.ndarray, radius: float, width: float) -> np.ndarray:
    """Per centre c (one row each), edges on [−T, T] as offsets from c: panels no wider than
    ``min(width, 1)`` in [c − radius, c + radius], of :data:`OUTER` outside. (Offsets, so that
    β·offset = α z₁ + β z₂ is computed without cancellation.)"""
    lo = np.clip(centres - radius, -TAIL, TAIL) - centres
    hi = np.clip(centres + radius, -TAIL, TAIL) - centres
    start, end = -TAIL - centres, TAIL - centres
    inner = max(1, math.ceil(min(2 * radius, 2 * TAIL) / min(width, 1.0)))
    left = math.ceil(float(np.max(lo - start)) / OUTER)
    right = math.ceil(float(np.max(end - hi)) / OUTER)
    parts = []
    if left:
        parts.append(start[:, None] + (lo - start)[:, None] * (np.arange(left) / left))
    parts.append(lo[:, None] + (hi - lo)[:, None] * (np.arange(inner) / inner))
    if right:
        parts.append(hi[:, None] + (end - hi)[:, None] * (np.arange(right) / right))
    parts.append(end[:, None])
    return np.concatenate(parts, axis=1)


def _sech2(z):
    """sech² z = 4e^{−2|z|}/(1 + e^{−2|z|})², without overflow."""
    e = np.exp(-2 * np.abs(z))
    return 4 * e / (1 + e) ** 2


def _sigmoid(z):
    return 0.5 * (1 + np.tanh(0.5 * z))


def _functions(name: str):
    if name == "tanh":
        return np.tanh, _sech2
    if name == "sigmoid":
        return _sigmoid, lambda z: 0.25 * _sech2(0.5 * z)
    if name == "softplus":
        return lambda z: np.logaddexp(0.0, z), _sigmoid
    raise ValueError(f"no quadrature rule for {name}")


def _rule_pair(name: str, s1: float, S: float, D: float, points: int) -> tuple[float, float]:
    phi, slope = _functions(name)
    if not (math.isfinite(D) and max(s1, abs(S)) <= LARGEST):  # also catches NaN
        raise OutOfRangeError(f"variance {max(s1, abs(S)):.3g} beyond the quadrature's range ({LARGEST:.0e})")
    p = math.sqrt(max(s1, 0.0))
    alpha, beta = (S / p, math.sqrt(max(D, 0.0)) / p) if p > 0 else (0.0, math.sqrt(max(D, 0.0)))
    d, V = POLE[name], SATURATION[name]
    windows = [(V / p, d / p)] if p > 0 else []
    if alpha:
        windows.append(((V + beta * TAIL) / abs(alpha), max(d, beta) / abs(alpha)))
    z1, a1 = _nodes(_symmetric_edges(windows), points)
    if beta > 0:
        centres = -alpha * z1 / beta
        t, a2 = _nodes(_window_edges(centres, V / beta, d / beta), points, centres)
        v = beta * t                      # = α z₁ + β z₂ with z₂ = centre + t
    else:
        t, a2 = _nodes(_window_edges(np.zeros_like(z1), math.inf, 1.0), points)
        v = alpha * z1[:, None] + 0 * t
    u = p * z1
    value = float(a1 @ (phi(u) * np.einsum("ij,ij->i", phi(v), a2)))
    dot = float(a1 @ (slope(u) * np.einsum("ij,ij->i", slope(v), a2)))
    return value, dot


def expectations(name: str, s1: float, s2: float, S: float, D: float | None = None) -> tuple[float, float, float]:
    """(E[φ(u)φ(v)], E[φ′(u)φ′(v)], error estimate) for (u, v) ~ N(0, [[s₁, S], [S, s₂]]);
    D = s₁s₂ − S² (computed if not given, clipped at 0)."""
    D = max(s1 * s2 - S * S, 0.0) if D is None else max(D, 0.0)
    fine = _rule_pair(name, s1, S, D, POINTS)
    coarse = _rule_pair(name, s1, S, D, CHECK_POINTS)
    error = max(abs(fine[0] - coarse[0]), abs(fine[1] - coarse[1]))
    return fine[0], fine[1], error


def pairwise(name: str, s1, s2, S, D):
    """:func:`expectations` over arrays of pairs (one quadrature per pair)."""
    s1, s2, S, D = np.broadcast_arrays(*(np.asarray(a, dtype=np.float64) for a in (s1, s2, S, D)))
    value, dot = np.empty(S.shape), np.empty(S.shape)
    for idx in np.ndindex(S.shape):
        value[idx], dot[idx] = _rule_pair(name, float(s1[idx]), float(S[idx]), float(D[idx]), POINTS)
    return value, dot
