"""Short unicode names of claim targets for the terminal (θ₅, K₁,₂, λ₁)."""

from __future__ import annotations

_SUB = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")

LABELS = {"parameter_count": "P", "theta": "θ", "expansion": "f", "kernel_matrix": "K", "eigenvalues": "eig(K)"}


def sub(n) -> str:
    """Subscript digits: 12 → ₁₂."""
    return str(n).translate(_SUB)
