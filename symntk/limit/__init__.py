"""The infinite-width NTK Θ: exact step-by-step derivation records and the fast float kernel.

``kernel`` (:func:`make_limit_kernel_fn`, blocked float64), ``maps`` (one
layer's Gaussian expectations per activation), ``exact`` (the same recursion
on exact SymPy values, step by step), ``sweep`` (empirical K of finite
networks against Θ).
"""

from .kernel import make_limit_kernel_fn

__all__ = ["make_limit_kernel_fn"]
