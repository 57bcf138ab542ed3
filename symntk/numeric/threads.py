"""BLAS threads for the Gram products.

A product A Bᵀ of small rank k (a few columns) is bound by writing its
N1 × N2 result, not by arithmetic: extra BLAS threads do not speed it up, and
on a busy machine OpenBLAS threads waiting for a core make it many times
slower. Such products run on one BLAS thread (through ``threadpoolctl``, when
it is installed); products of rank ≥ :data:`PARALLEL_MIN_RANK` use the BLAS
library's default threads.
"""

from __future__ import annotations

from contextlib import nullcontext
from functools import cache

PARALLEL_MIN_RANK = 32


@cache
def _blas():
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:
        return None
    controller = ThreadpoolController().select(user_api="blas")
    return controller if controller.lib_controllers else None


def threads_for_rank(rank: int):
    """A context in which a product of inner dimension ``rank`` runs (see module doc)."""
    if rank >= PARALLEL_MIN_RANK:
        return nullcontext()
    blas = _blas()
    return nullcontext() if blas is None else blas.limit(limits=1)
