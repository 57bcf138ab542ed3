"""The linear path: networks whose hidden activations are all the identity, where K has rank n_0 + 1.

With φ_l(z) = z every layer is affine, so (with x̃ = [x, 1] and the factors of
:mod:`.structured`)

    A_l(x) = x̃ T_l,   T_0 = [I; 0],   T_l = T_{l-1} (c_l W_l)ᵀ + e_b s b_lᵀ   (e_b the last unit row),
    Δ_l = c_L W_L ⋯ c_{l+1} W_{l+1}   (independent of x: φ′ = 1),

and K = Σ_l (Δ_l Δ_lᵀ) ⊙ (c_l² A_{l-1} A_{l-1}ᵀ + s²) collapses to one small quadratic form:

    K_{(i,o),(j,o')} = x̃_i M_{oo'} x̃_jᵀ,
    M_{oo'} = Σ_{l<L} (Δ_l Δ_lᵀ)_{oo'} M_l + δ_{oo'} M_L,   M_l = c_l² T_{l-1} T_{l-1}ᵀ + s² e_bᵀ e_b.

The kernel of N points is then (X̃ M) X̃ᵀ: one product of rank n_0 + 1, whatever
the widths (the per-parameter path's J Jᵀ has rank P). Used for one output
row per point: n_L = 1, or the ``output`` and ``trace`` kernels
(trace: M = (1/n_L) Σ_o M_oo).
"""

from __future__ import annotations

import numpy as np

from .structured import Structured, gram


class Linear:
    """The linear path for one all-identity network and its parameters."""

    name = "linear"

    def __init__(self, widths, activations, params, parameterization, sigma_w=1.0, sigma_b=1.0):
        if any(a != "identity" for a in activations):
            raise ValueError("the linear path needs identity activations")
        net = Structured(widths, activations, params, parameterization, sigma_w, sigma_b)
        n0, L, s = widths[0], net.depth, net.bias_scale
        self.n_out = widths[-1]
        self.n0 = n0
        T = np.vstack([np.eye(n0), np.zeros((1, n0))])
        layers = []
        for l in range(1, L + 1):
            scaled = net.scales[l - 1] * T
            M = scaled @ scaled.T
            M[n0, n0] += s * s
            layers.append(M)
            if l < L:
                T = T @ net.scaled_t[l - 1]
                T[n0] += net.biases[l - 1][0]
        deltas = net.factors(np.zeros((1, n0))).deltas      # Δ_l, the same for every point
        self._layers = layers
        self._couplings = [d[0] @ d[0].T for d in deltas]    # Δ_l Δ_lᵀ, n_L × n_L
        self._forms: dict = {}

    def form(self, kernel_mode: str, output: int | None) -> np.ndarray:
        """M for the ``output`` kernel of output o (or n_L = 1), or for the trace kernel."""
        key = (kernel_mode, output if kernel_mode == "output" else None)
        if key not in self._forms:
            if kernel_mode == "trace" and self.n_out > 1:
                weights = [np.trace(g) / self.n_out for g in self._couplings]
            else:
                o = (output or 1) - 1
                weights = [g[o, o] for g in self._couplings]
            M = self._layers[-1].copy()
            for w, Ml in zip(weights, self._layers):
                M += w * Ml
            self._forms[key] = M
        return self._forms[key]

    def bytes_per_point(self) -> int:
        return 8 * 2 * (self.n0 + 1)

    def bytes_per_entry(self, kernel_mode: str) -> int:
        return 8

    def factors(self, X: np.ndarray) -> np.ndarray:
        """X̃ = [X, 1] for the rows of X."""
        out = np.empty((X.shape[0], self.n0 + 1))
        out[:, :-1] = X
        out[:, -1] = 1.0
        return out

    def combine(self, Z1: np.ndarray, Z2: np.ndarray, kernel_mode: str, output: int | None) -> np.ndarray:
        """(Z₁ M) Z₂ᵀ."""
        return gram(Z1 @ self.form(kernel_mode, output), Z2, False)
