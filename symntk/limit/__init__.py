"""The infinite-width NTK Θ: exact step-by-step derivation records and the fast float kernel.

``kernel`` (:func:`make_limit_kernel_fn`, blocked float64), ``maps`` (one
layer's Gaussian expectations per activation), ``quadrature`` (those without a
closed form), ``exact`` (the same recursion on exact SymPy values, step by
step, as ``records``), ``render`` and ``export`` (documents and JSON),
``sweep`` (the empirical K of finite networks against Θ).
"""

from .exact import derive_limit
from .export import limit_dict
from .kernel import make_limit_kernel_fn
from .render import render_limit

__all__ = ["make_limit_kernel_fn", "derive_limit", "limit_dict", "render_limit"]
