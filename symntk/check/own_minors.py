"""The learner's own principal 2 × 2 minors of a 3 × 3 kernel, worked out wrong (``12 · 31 − 361 = 1``).

For a 3 × 3 K, det(K − λI) = −λ³ + (tr K)λ² − c₂λ + det K with c₂ the sum of the three principal 2 × 2 minors
K_ii K_jj − K_ij². A learner who works the minors out one by one (``3 · 31 − 49 = 34``, true 44) and slips in
one goes on with their sum, so their polynomial has c₂ off by exactly their slip. Every arithmetic step whose
first member is the value of a principal minor of one of the learner's kernels and whose result is not is
remembered (true value → their value); :func:`minor_offset` is the sum of their slips.
"""

from __future__ import annotations

import sympy

from .world import World


def principal_minors(K: sympy.Matrix) -> list[sympy.Expr]:
    """K_11 K_22 − K_12², K_11 K_33 − K_13², K_22 K_33 − K_23² of a 3 × 3 matrix."""
    return [sympy.expand(K[a, a] * K[b, b] - K[a, b] * K[b, a]) for a, b in ((0, 1), (0, 2), (1, 2))]


def remember_minor(world: World, left: sympy.Expr, claimed: sympy.Expr, line: int) -> None:
    """``left = claimed`` with ``left`` a number that is a principal minor of one of the learner's 3 × 3 kernels
    and ``claimed`` another number: their value of that minor."""
    from .own_kernel import own_kernels

    if world.n_out != 1 or not (left.is_Rational and claimed.is_Rational) or left == claimed:
        return
    kernels = [K for K in own_kernels(world, None) if K.shape == (3, 3) and K.is_symmetric()]
    if any(left in principal_minors(K) for K in kernels):
        world.record(("minor", left), claimed, line)


def minor_offset(world: World) -> sympy.Expr:
    """Σ (their value − the true value) over the minors they worked out wrong (0 when none)."""
    offset = sympy.S.Zero
    for key, entries in world.own.items():
        if key[0] == "minor":
            offset += max(entries, key=lambda e: e[0])[1] - key[1]
    return offset
