"""When are two exercises alike? A canonical signature of a problem and of its answers.

Two exercises are the same exercise when one turns into the other by relabelling
hidden units (a permutation P_l of layer l's units maps W^{[l]} → P_l W^{[l]} P_{l-1}ᵀ,
b^{[l]} → P_l b^{[l]}, and leaves f unchanged) or by listing the datapoints in another
order. :func:`problem_signature` is the smallest parameter listing over all such
relabellings, with the datapoints sorted: equal signatures ⇔ the same exercise.
:func:`answer_signature` is the spectrum of K: two variants with the
same eigenvalues would let students share answers, so a run keeps them distinct too.
"""

from __future__ import annotations

from itertools import permutations, product
from math import factorial, prod

import sympy

from ..problem import Problem

#: Above this many relabellings the hidden units are put in order greedily
#: (by their incoming weights and bias), which is canonical unless two units tie.
BRUTE_FORCE_LIMIT = 40_320


def _key(v: sympy.Expr) -> tuple[int, int]:
    r = sympy.Rational(v)
    return (r.p, r.q)


def _listing(weights, biases, perms) -> tuple:
    """The parameters after relabelling layer l's units by perms[l] (identity on input/output)."""
    out = []
    for l, (W, b) in enumerate(zip(weights, biases), start=1):
        rows, cols = perms[l], perms[l - 1]
        out.append(tuple(tuple(_key(W[i, j]) for j in cols) + (_key(b[i, 0]),) for i in rows))
    return tuple(out)


def _greedy(weights, biases, widths) -> list[tuple[int, ...]]:
    perms = [tuple(range(widths[0]))]
    for l in range(1, len(widths)):
        W, b = weights[l - 1], biases[l - 1]
        units = range(widths[l])
        if l < len(widths) - 1:
            units = sorted(units, key=lambda i: (tuple(_key(W[i, j]) for j in perms[l - 1]), _key(b[i, 0])))
        perms.append(tuple(units))
    return perms


def problem_signature(problem: Problem) -> tuple:
    """The canonical form of an exercise (see module doc); hashable and totally ordered."""
    widths = problem.widths
    hidden = [range(widths[l]) for l in range(1, len(widths) - 1)]
    count = prod(factorial(widths[l]) for l in range(1, len(widths) - 1))
    if count <= BRUTE_FORCE_LIMIT:
        best = None
        for choice in product(*(permutations(h) for h in hidden)):
            perms = [tuple(range(widths[0])), *choice, tuple(range(widths[-1]))]
            listing = _listing(problem.weights, problem.biases, perms)
            best = listing if best is None or listing < best else best
    else:
        best = _listing(problem.weights, problem.biases, _greedy(problem.weights, problem.biases, widths))
    points = tuple(sorted(tuple(_key(c) for c in p) for p in problem.points))
    return (widths, problem.activations, problem.parameterization, best, points)


def answer_signature(solution) -> tuple[str, ...]:
    """The spectrum of K: exactly, as the coefficients of det(K − λI), when K is rational;
    else the eigenvalues, ascending, each to 12 significant digits."""
    K = solution.kernel
    if all(v.is_Rational for v in K):
        return tuple(str(c) for c in K.charpoly().all_coeffs()) if K.rows else ()
    return tuple(format(float(e.value), ".12g") for e in solution.eigenvalues for _ in range(e.multiplicity))
