"""Whether a written decimal is a value to its last digit, rounded or cut (``σ(1) ≈ 0.7311`` and ``0.7310`` are
σ(1) = 0.731059… to four places; ``0.7312`` is not)."""

from __future__ import annotations

import sympy


def near(decimal, value) -> bool:
    """Whether a written decimal d = p/q (q = 2^a 5^b, n = max(a, b) places) is within 10^−n of ``value``:
    |d − v| ≤ 10^−n, rounded or cut (True when either is not a number)."""
    if not isinstance(decimal, sympy.Rational) or not isinstance(value, sympy.Expr) or value.free_symbols:
        return True
    q, twos, fives = decimal.q, 0, 0
    while q % 2 == 0:
        q, twos = q // 2, twos + 1
    while q % 5 == 0:
        q, fives = q // 5, fives + 1
    if q != 1:
        return True
    try:
        return bool(abs(sympy.N(decimal - value, 30)) <= sympy.Rational(1, 10 ** max(twos, fives)))
    except TypeError:
        return True
