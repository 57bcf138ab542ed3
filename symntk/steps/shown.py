"""How values are shown in a derivation: exactly, as decimals, or (``auto``) exactly while short.

``auto`` keeps an exact value when it is short (a rational, a surd, tanh(1),
1 − tanh²(1): at most :data:`SHORT_NODES` nodes in SymPy's tree) and shows a
step's values as decimals (≈ 0.41997) as soon as one of them is long, so a
step is consistent. Decimals come from the high-precision numeric values
(the exact formulas evaluated on 60-digit numbers), never from simplifying
exact transcendental expressions.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal

import mpmath
import sympy

from ..derivatives import fits
from ..errors import InputError

VALUES = ("exact", "decimal", "auto")
SHORT_NODES = 10


@dataclass(frozen=True)
class Shown:
    """The presentation choice: ``values`` (exact, decimal or auto) and ``decimals`` k."""

    values: str = "auto"
    decimals: int = 5

    def __post_init__(self):
        if self.values not in VALUES:
            raise InputError("<options>", "--values", "exact, decimal or auto", repr(self.values))
        if not isinstance(self.decimals, int) or not 1 <= self.decimals <= 10:
            raise InputError("<options>", "--decimals", "a whole number from 1 to 10", repr(self.decimals))

    def exact(self, values) -> bool:
        """Whether a step holding these exact values shows them exactly."""
        if self.values == "exact":
            return True
        if self.values == "decimal":
            return all(v.is_Rational and v.q == 1 for v in values)
        return all(short(v) for v in values)

    def decimal(self, value) -> sympy.Float:
        """``value`` rounded to k decimals, as a Float that prints exactly those digits."""
        return decimal(value, self.decimals)


def short(value: sympy.Expr) -> bool:
    """Whether an exact value is short enough to read: rational, or a small exact tree
    (√697, tanh(1), 1 − tanh²(1)); never a CRootOf."""
    if value.is_Rational:
        return True
    if value.has(sympy.CRootOf) or value.has(sympy.Float):
        return False
    return fits(value, SHORT_NODES)


def decimal(value, digits: int) -> sympy.Float:
    """``value`` rounded to ``digits`` decimals: a Float whose precision is exactly the
    digits shown (0.41997 prints as 0.41997, 3.1 as 3.10000 for 5 decimals)."""
    if isinstance(value, mpmath.mpf):
        with mpmath.workdps(40):
            text = mpmath.nstr(value, 40, strip_zeros=False)
    else:
        text = str(sympy.N(value, 40))
    number = Decimal(text.replace("e", "E"))
    if abs(number) >= Decimal(10) ** 15:
        return sympy.Float(text, digits + 1)
    rounded = number.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_EVEN)
    if rounded == 0:
        return sympy.Float(0)
    shown = f"{rounded:f}"
    significant = len(shown.lstrip("-").replace(".", "").lstrip("0"))
    return sympy.Float(shown, max(significant, 1))
