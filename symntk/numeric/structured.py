"""The structured NTK: per-layer factors, never the N×P Jacobian.

Over a batch X (one datapoint per row, N × n_0), with c_l = 1, s = 1 (standard) or
c_l = σ_w/√n_{l-1}, s = σ_b (NTK parameterization):

    A_0 = X,   Z_l = c_l A_{l-1} W_lᵀ + s 1 b_lᵀ,   A_l = φ_l(Z_l),
    Δ_L^o = 1 e_oᵀ,   Δ_l^o = φ_l′(Z_l) ⊙ (c_{l+1} Δ_{l+1}^o W_{l+1})     (the δ recursion, row per point).

Since ∂f_o(x_i)/∂W^{[l]}_{p,q} = Δ_l^o[i,p] c_l A_{l-1}[i,q] and
∂f_o(x_i)/∂b^{[l]}_p = s Δ_l^o[i,p], summing over the parameters of layer l
gives, for the (i, o), (j, o') entry,

    K_{(i,o),(j,o')} = Σ_l (Δ_l^o Δ_l^{o'}ᵀ)_{ij} · (c_l² A_{l-1} A_{l-1}ᵀ + s²)_{ij}.

For l = L, Δ_L^o Δ_L^{o'}ᵀ is δ_{oo'} times a matrix of ones. The per-output
kernel takes o = o'; the trace kernel averages the n_L of those, which is
Σ_{l<L} (D̃_l D̃_lᵀ / n_L) ⊙ H_l + H_L with D̃_l = [Δ_l^1 … Δ_l^{n_L}] and
H_l = c_l² A_{l-1} A_{l-1}ᵀ + s².
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .compile import LayerFunctions, layer_functions
from .threads import threads_for_rank


@dataclass
class Factors:
    """The per-layer factors of a block of points: ``inputs[l-1]`` = [c_l A_{l-1}, s]
    (b × (n_{l-1} + 1), so that its Gram matrix is H_l = c_l² A_{l-1} A_{l-1}ᵀ + s²)
    and ``deltas[l-1]`` = Δ_l for l < L as (b, n_L, n_l)."""

    inputs: list
    deltas: list


class Structured:
    """The structured path for one network and its parameters."""

    name = "structured"

    def __init__(self, widths, activations, params, parameterization, sigma_w=1.0, sigma_b=1.0):
        self.widths = widths
        self.depth = len(widths) - 1
        self.n_out = widths[-1]
        self.functions: list[LayerFunctions] = [layer_functions(a) for a in activations]
        ntk = parameterization == "ntk"
        self.scales = [float(sigma_w) / np.sqrt(widths[l - 1]) if ntk else 1.0 for l in range(1, self.depth + 1)]
        self.bias_scale = float(sigma_b) if ntk else 1.0
        # c_l W_l, its transpose (contiguous, for the forward pass) and s b_lᵀ.
        self.scaled = [np.ascontiguousarray(c * W) for c, (W, _) in zip(self.scales, params)]
        self.scaled_t = [np.ascontiguousarray(M.T) for M in self.scaled]
        self.biases = [np.ascontiguousarray(self.bias_scale * b.reshape(1, -1)) for _, b in params]

    def bytes_per_point(self) -> int:
        """Memory of one point's factors (and the forward pass temporaries)."""
        w = self.widths
        hidden = sum(w[1:-1])
        return 8 * (sum(w[:-1]) + self.n_out * hidden + 2 * sum(w[1:]))

    def bytes_per_entry(self, kernel_mode: str) -> int:
        """Working memory per kernel entry of a block (Gram temporaries)."""
        k = self.n_out if kernel_mode == "full" else 1
        return 8 * (3 * k * k + 2)

    def factors(self, X: np.ndarray) -> Factors:
        """Forward pass and δ recursion for the rows of X."""
        L = self.depth
        inputs, slopes = [], []
        a = X
        for l in range(1, L + 1):
            inputs.append(_augmented(a, self.scales[l - 1], self.bias_scale))
            if l == L:
                break
            z = a @ self.scaled_t[l - 1]
            z += self.biases[l - 1]
            fn = self.functions[l - 1]
            if fn.linear:
                a, slope = z, None
            else:
                a = fn.phi(z)
                slope = fn.slope(z, a) if fn.slope_constant is None else fn.slope_constant
            slopes.append(slope)
        b = X.shape[0]
        deltas = [None] * (L - 1)
        if L > 1:
            # Δ_{L-1}^o = φ′(Z_{L-1}) ⊙ c_L W_L[o, :]
            delta = np.broadcast_to(self.scaled[L - 1][None, :, :], (b, self.n_out, self.widths[L - 1]))
            delta = _times_slope(delta, slopes[L - 2])
            deltas[L - 2] = delta
            for l in range(L - 2, 0, -1):
                back = (delta.reshape(b * self.n_out, -1) @ self.scaled[l]).reshape(b, self.n_out, -1)
                delta = _times_slope(back, slopes[l - 1])
                deltas[l - 1] = delta
        return Factors(inputs, deltas)

    def combine(self, F1: Factors, F2: Factors, kernel_mode: str, output: int | None) -> np.ndarray:
        """The kernel block between two blocks of points (see the module doc)."""
        b1, b2 = F1.inputs[0].shape[0], F2.inputs[0].shape[0]
        no, L = self.n_out, self.depth
        same = F1 is F2
        full = kernel_mode == "full" and no > 1
        H = gram(F1.inputs[L - 1], F2.inputs[L - 1], same)     # layer L: Δ_L^o Δ_L^{o'}ᵀ = δ_{oo'} 1 1ᵀ
        if full:
            K = np.zeros((b1, no, b2, no))
            for o in range(no):
                K[:, o, :, o] = H
        else:
            K, H = H, np.empty_like(H)
        G = None if full else np.empty_like(H)   # scratch for every layer (no fresh N² arrays per layer)
        for l in range(1, L):
            gram(F1.inputs[l - 1], F2.inputs[l - 1], same, out=H)
            D1, D2 = F1.deltas[l - 1], F2.deltas[l - 1]
            if full:
                G = gram(D1.reshape(b1 * no, -1), D2.reshape(b2 * no, -1), same).reshape(b1, no, b2, no)
                G *= H[:, None, :, None]
            else:
                if kernel_mode == "output" and no > 1:
                    gram(D1[:, output - 1, :], D2[:, output - 1, :], same, out=G)
                else:
                    gram(D1.reshape(b1, -1), D2.reshape(b2, -1), same, out=G)
                    if no > 1:
                        H *= 1.0 / no
                G *= H
            K += G
        return K.reshape(b1 * no, b2 * no) if full else K


def _augmented(a: np.ndarray, c: float, s: float) -> np.ndarray:
    """[c·a, s]: the layer input scaled by c_l, with a column of s for the bias."""
    out = np.empty((a.shape[0], a.shape[1] + 1))
    np.multiply(a, c, out=out[:, :-1])
    out[:, -1] = s
    return out


def _times_slope(values: np.ndarray, slope) -> np.ndarray:
    """φ′(Z) ⊙ values, with φ′ broadcast over the outputs axis (b, n_L, n)."""
    if slope is None:
        return np.array(values)
    if np.isscalar(slope):
        return values * slope
    return values * slope[:, None, :]


SYRK_MIN_RANK = 32


def gram(A: np.ndarray, B: np.ndarray, same: bool, out: np.ndarray | None = None) -> np.ndarray:
    """A Bᵀ (into ``out`` when given, so that callers reuse one buffer). For the same
    points (A = B), NumPy turns ``A @ A.T`` into a symmetric rank-k update (half the
    multiplications, then a mirror copy); below rank :data:`SYRK_MIN_RANK` the mirror
    copy costs more than it saves, so a general product on a copy is used. BLAS
    threads: see :mod:`.threads`."""
    k = A.shape[1]
    with threads_for_rank(k):
        if same:
            A = np.ascontiguousarray(A)
            return np.matmul(A, A.T if k >= SYRK_MIN_RANK else A.copy().T, out=out)
        return np.matmul(A, B.T, out=out)
