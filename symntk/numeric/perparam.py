"""The per-parameter path: J from the lambdified symbolic gradients, K = J Jᵀ.

Row (i, o) of J holds ∂f_o(x_i)/∂θ_k for k = 1..P in θ order (the notes'
order), evaluated by the function :func:`symntk.numeric.compile.gradient_function`
compiled from the symbolic chain-rule factors. Then

    K_full = J Jᵀ,   K_o = J_o J_oᵀ,   K_trace = (1/n_L) Σ_o J_o J_oᵀ.

This is the reference the structured path is tested against; it is chosen
for small networks, where one matrix product beats the per-layer sums.
"""

from __future__ import annotations

import numpy as np

from .compile import gradient_function
from .structured import gram


def flatten_params(params) -> np.ndarray:
    """θ as floats in the notes' order: per layer W row-major, then b."""
    return np.concatenate([np.concatenate([W.ravel(), b.ravel()]) for W, b in params])


def _exact_sigmas(sigma_w, sigma_b) -> tuple:
    """σ_w, σ_b as the exact rationals of their float values (1 stays the integer 1)."""
    import sympy

    return tuple(sympy.nsimplify(v, rational=True) if v != 1 else sympy.S.One
                 for v in (float(sigma_w), float(sigma_b)))


class PerParameter:
    """The per-parameter path for one network and its parameters."""

    name = "per-parameter"

    def __init__(self, widths, activations, params, parameterization, sigma_w=1.0, sigma_b=1.0):
        self.compiled = gradient_function(widths, activations, parameterization, *_exact_sigmas(sigma_w, sigma_b))
        self.theta = [float(v) for v in flatten_params(params)]
        self.n_out = widths[-1]
        self.P = self.compiled.parameters

    def bytes_per_point(self) -> int:
        return 8 * 2 * self.n_out * self.P

    def bytes_per_entry(self, kernel_mode: str) -> int:
        k = self.n_out if kernel_mode == "full" else 1
        return 8 * 2 * k * k

    def factors(self, X: np.ndarray) -> np.ndarray:
        """J for the rows of X as a (b, n_L, P) array."""
        b = X.shape[0]
        values = self.compiled.fn(list(X.T), self.theta)
        J = np.empty((b, self.n_out * self.P))
        for k, v in enumerate(values):
            J[:, k] = v
        return J.reshape(b, self.n_out, self.P)

    def combine(self, J1: np.ndarray, J2: np.ndarray, kernel_mode: str, output: int | None) -> np.ndarray:
        b1, b2, no = J1.shape[0], J2.shape[0], self.n_out
        same = J1 is J2
        if kernel_mode == "full" or no == 1:
            return gram(J1.reshape(b1 * no, self.P), J2.reshape(b2 * no, self.P), same)
        if kernel_mode == "output":
            return gram(J1[:, output - 1, :], J2[:, output - 1, :], same)
        return gram(J1.reshape(b1, no * self.P), J2.reshape(b2, no * self.P), same) / no
