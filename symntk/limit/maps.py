"""One hidden layer of the infinite-width recursion in float64: the Gaussian expectations per activation.

For (u, v) ~ N(0, [[s₁, S], [S, s₂]]) and c = σ_w², b = σ_b², a layer maps

    S′ = c E[φ(u)φ(v)] + b,    Ṡ = c E[φ′(u)φ′(v)],    s′ = c E[φ(u)²] + b  (the diagonal).

Closed forms (θ the angle with cos θ = S/√(s₁s₂), sin θ = √D/√(s₁s₂), D = s₁s₂ − S²):

* identity:  E[uv] = S,  E[1·1] = 1.
* quadratic: E[u²v²] = s₁s₂ + 2S²,  E[2u·2v] = 4S  (Gaussian moments).
* relu:      E = √(s₁s₂)(sin θ + (π − θ) cos θ)/(2π),  E[step step] = (π − θ)/(2π)   (Cho & Saul).
* erf:       E = (2/π) arcsin(2S/√((1+2s₁)(1+2s₂))),  E[erf′ erf′] = (4/π)/√((1+2s₁)(1+2s₂) − 4S²)  (Williams).
* tanh, sigmoid, softplus: no closed form; 2-D quadrature (:mod:`symntk.limit.quadrature`).

Two evaluations: :func:`fast` on a block of the matrix (θ = arccos of the
correlation), and :func:`stable` on selected pairs, which carries D and
E = s₁ + s₂ − 2S computed without cancellation (so that θ = atan2(√D, S) keeps
its digits for nearly parallel inputs, where arccos near 1 loses half of them).
"""

from __future__ import annotations

import math

import numpy as np

from . import quadrature

CLOSED_FORM = ("identity", "quadratic", "relu", "erf")


def diagonal(name: str, s: np.ndarray, c: float, b: float) -> np.ndarray:
    """s′ = c E[φ(u)²] + b for u ~ N(0, s)."""
    if name == "identity":
        return c * s + b
    if name == "quadratic":
        return 3 * c * s * s + b
    if name == "relu":
        return 0.5 * c * s + b
    if name == "erf":
        return c * (2 / math.pi) * np.arctan2(2 * s, np.sqrt(1 + 4 * s)) + b
    e, _ = quadrature.pairwise(name, s, s, s, np.zeros_like(s))
    return c * e + b


def fast(name: str, S: np.ndarray, s1: np.ndarray, s2: np.ndarray, c: float, b: float):
    """(S′, Ṡ, ρ) for a block: s1 a column (b₁ × 1), s2 a row (1 × b₂); ρ is the
    correlation S/√(s₁s₂) where an angle is used (relu), else None. S is overwritten."""
    if name == "identity":
        S *= c
        S += b
        return S, c, None
    if name == "quadratic":
        dot = 4 * c * S
        np.multiply(S, S, out=S)
        S *= 2
        S += s1 * s2
        S *= c
        S += b
        return S, dot, None
    if name == "relu":
        root = np.sqrt(s1) * np.sqrt(s2)
        rho = np.divide(S, root, out=S)
        np.clip(rho, -1.0, 1.0, out=rho)
        theta = np.arccos(rho)
        sin = np.sqrt(np.maximum(1 - rho * rho, 0))
        dot = np.subtract(math.pi, theta, out=theta)          # π − θ
        value = dot * rho
        value += sin
        value *= root
        value *= c / (2 * math.pi)
        value += b
        dot *= c / (2 * math.pi)
        return value, dot, rho
    if name == "erf":
        t1, t2 = 1 + 2 * s1, 1 + 2 * s2
        prod = t1 * t2
        dot = prod - 4 * S * S
        np.maximum(dot, 0, out=dot)
        np.sqrt(dot, out=dot)
        value = np.arctan2(2 * S, dot)
        np.divide(c * 4 / math.pi, dot, out=dot)
        value *= c * 2 / math.pi
        value += b
        return value, dot, None
    s1b, s2b = np.broadcast_arrays(s1, s2)
    D = np.maximum(s1b * s2b - S * S, 0)
    e, d = quadrature.pairwise(name, s1b, s2b, S, D)
    return c * e + b, c * d, None


def stable(name: str, s1, s2, S, D, E, c: float, b: float):
    """(S′, Ṡ, D′, E′) for pairs given as 1-D arrays, with D = s₁s₂ − S² and
    E = s₁ + s₂ − 2S passed in (not recomputed): D′ = c² D_g + b E′, E′ = c E_g for
    the expectation g, whose D_g, E_g are written without cancellation where it matters."""
    if name == "identity":
        g, dot, Dg, Eg = S, np.ones_like(S), D, E
    elif name == "quadratic":
        g = s1 * s2 + 2 * S * S
        dot = 4 * S
        Dg = 2 * D * (4 * s1 * s2 + 2 * S * S)
        Eg = 3 * (s1 - s2) ** 2 + 4 * D
    elif name == "relu":
        p, q = np.sqrt(s1), np.sqrt(s2)
        root = p * q
        theta = np.arctan2(np.sqrt(D), S)
        cos = np.divide(S, root, out=np.ones_like(S), where=root > 0)
        sin = np.divide(np.sqrt(D), root, out=np.zeros_like(S), where=root > 0)
        k = (sin + (math.pi - theta) * cos) / math.pi
        one_minus_k = ((math.pi - theta) * 2 * np.sin(theta / 2) ** 2 + theta_minus_sin(theta)) / math.pi
        g = root * k / 2
        dot = (math.pi - theta) / (2 * math.pi)
        Dg = root * root * one_minus_k * (1 + k) / 4
        gap = np.divide((s1 - s2) ** 2, (p + q) ** 2, out=np.zeros_like(S), where=p + q > 0)
        Eg = (gap + 2 * root * one_minus_k) / 2
    elif name == "erf":
        g = (2 / math.pi) * np.arctan2(2 * S, np.sqrt(1 + 2 * s1 + 2 * s2 + 4 * D))
        dot = (4 / math.pi) / np.sqrt(1 + 2 * s1 + 2 * s2 + 4 * D)
        gi, gj = (diagonal("erf", s, 1.0, 0.0) for s in (s1, s2))
        Dg, Eg = np.maximum(gi * gj - g * g, 0), np.maximum(gi + gj - 2 * g, 0)
    else:
        g, dot = quadrature.pairwise(name, s1, s2, S, D)
        gi, gj = (diagonal(name, s, 1.0, 0.0) for s in (s1, s2))
        Dg, Eg = np.maximum(gi * gj - g * g, 0), np.maximum(gi + gj - 2 * g, 0)
    Eg = c * Eg
    return c * g + b, c * dot, c * c * Dg + b * Eg, Eg


def theta_minus_sin(theta: np.ndarray) -> np.ndarray:
    """θ − sin θ without cancellation: its Taylor series θ³/3! − θ⁵/5! + … below 0.5."""
    small = theta < 0.5
    t = np.where(small, theta, 0.0)
    series = np.zeros_like(t)
    term = t ** 3 / 6
    for n in range(3, 25, 2):
        series += term
        term = -term * t * t / ((n + 1) * (n + 2))
    return np.where(small, series, theta - np.sin(theta))
