"""The numeric NTK: the symbolic derivation compiled for float64 arrays.

See :func:`make_kernel_fn`. Modules: ``inputs`` (argument checks), ``compile``
(lambdified φ, φ′ and gradients, cached per structure), ``perparam`` (J Jᵀ),
``structured`` (per-layer factors), ``blocking`` (memory cap, progress), ``api``.
"""

from .api import empirical_ntk, init_params, make_kernel_fn, problem_kernel

__all__ = ["make_kernel_fn", "empirical_ntk", "init_params", "problem_kernel"]
