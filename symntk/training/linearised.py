"""The NTK's linearised training dynamics, in closed form.

Loss convention (used throughout :mod:`symntk.training`): the squared loss

    L(θ) = ½ Σ_i Σ_o (f_o(x_i; θ) − y_{i,o})²,

so ∇_θ L = Jᵀ (f − y) and a gradient-descent step with learning rate η is
θ_{t+1} = θ_t − η Jᵀ (f_t − y). Linearising f around θ_0 (J and K = J Jᵀ held
fixed) gives, on the training points,

    discrete:    f_{t+1} = f_t − η K (f_t − y),   f_t = y + (I − ηK)^t (f_0 − y),
    continuous:  d f/dt = −η K (f − y),           f_t = y + e^{−ηKt} (f_0 − y),

and at other inputs x the kernel prediction

    f_t(x) = f_0(x) + K(x, X) K⁺ (I − e^{−ηKt}) (y − f_0(X))

(K⁺ the pseudo-inverse; the discrete form has (I − ηK)^t in place of
e^{−ηKt}). With K = V Λ Vᵀ each eigen-direction v_k of the residual f − y
decays on its own: by the factor (1 − ηλ_k) per step, or e^{−ηλ_k t}.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Spectrum:
    """K = V diag(λ) Vᵀ with λ ascending (negative round-off clipped to 0)."""

    values: np.ndarray
    vectors: np.ndarray

    @classmethod
    def of(cls, K: np.ndarray) -> Spectrum:
        """The eigendecomposition of a symmetric positive semidefinite K."""
        lam, V = np.linalg.eigh((K + K.T) / 2)
        scale = max(1.0, float(np.abs(lam).max(initial=0.0)))
        lam = np.where(np.abs(lam) < 1e-12 * scale, 0.0, lam)
        return cls(lam, V)

    def factors(self, lr: float, t, discrete: bool) -> np.ndarray:
        """Per eigenvalue: (1 − ηλ)^t (discrete) or e^{−ηλt} (continuous); shape (len(t), n)."""
        t = np.atleast_1d(np.asarray(t, dtype=float))[:, None]
        if discrete:
            return (1.0 - lr * self.values)[None, :] ** t
        return np.exp(-lr * self.values[None, :] * t)


def linear_prediction(K: np.ndarray, f0: np.ndarray, y: np.ndarray, lr: float, t,
                     discrete: bool = False) -> np.ndarray:
    """f_t on the training points: y + V F_t Vᵀ (f_0 − y), F_t = (1 − ηλ)^t or e^{−ηλt}.

    ``t`` may be a number or an array of times; the result has one row per time."""
    spec = Spectrum.of(K)
    r0 = spec.vectors.T @ (f0 - y)
    return y[None, :] + (spec.factors(lr, t, discrete) * r0[None, :]) @ spec.vectors.T


def kernel_prediction(K: np.ndarray, K_test: np.ndarray, f0: np.ndarray, f0_test: np.ndarray, y: np.ndarray,
                    lr: float, t, discrete: bool = False) -> np.ndarray:
    """f_t(x) = f_0(x) + K(x, X) K⁺ (I − F_t) (y − f_0(X)) at test inputs (one row per time).

    ``K_test`` is K(x, X) (test rows, training columns). On K's null space
    K(x, X) vanishes too (both are J(X)ᵀ's null space), so K⁺ loses nothing."""
    spec = Spectrum.of(K)
    inv = np.divide(1.0, spec.values, out=np.zeros_like(spec.values), where=spec.values > 0)
    gain = (1.0 - spec.factors(lr, t, discrete)) * inv[None, :]
    coeff = gain * (spec.vectors.T @ (y - f0))[None, :]
    return f0_test[None, :] + coeff @ (K_test @ spec.vectors).T


def mode_residuals(K: np.ndarray, residuals: np.ndarray) -> np.ndarray:
    """The residuals f_t − y (one row per time) in K_0's eigenbasis: row t is Vᵀ (f_t − y)."""
    return residuals @ Spectrum.of(K).vectors


def kernel_drift(K0: np.ndarray, K: np.ndarray) -> float:
    """‖K_t − K_0‖_F / ‖K_0‖_F, the relative change of the empirical NTK."""
    return float(np.linalg.norm(K - K0) / np.linalg.norm(K0))
