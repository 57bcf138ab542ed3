"""Running totals written as a row of inline math: ``$2+2 = 4$, $+1 = 5$, $+2 = 7$``, each fragment after the
first starting with an operator that continues the previous fragment's result.

Such a fragment ``$+1 = 5$`` says ``4 + 1 = 5``, not ``+1 = 5``: it is read with the result of the fragment right
before it on the same line (only spaces, commas or semicolons between them). A fragment that starts with ``+``,
``\\cdot`` or ``\\times`` and has no such result before it is no claim of its own and is left as context. A leading
minus is a sign as often as an operator, so it is only read as one right after a numeric result, and only when
that step holds (``$= 7$, $-2 = 5$``); when neither the step nor the sign holds, the fragment is left as context.
"""

from __future__ import annotations

import re
from fractions import Fraction

# the operator, the number it applies and the rest of the fragment (its result and anything after)
_CONTINUED = re.compile(r"\s*(\+|-|−|\\cdot|\\times|·|×|\*)\s*(\d{1,12}(?:\.\d{1,12})?)\s*(=.*)", re.S)
_RESULT = re.compile(r"=\s*(-?\d{1,12}(?:\.\d{1,12})?)[.,;]?$")
_NUMBER_RESULT = re.compile(r"=\s*([-−]?\d{1,12}(?:\.\d{1,12})?)[.,;]?\s*")
_BETWEEN = re.compile(r"[ \t]*[,;]?[ \t]*")
_SIGN_ONLY = ("-", "−")

CONTEXT = ""   # the fragment says nothing of its own


def running_body(body: str, previous: str | None, between: str) -> str | None:
    """The claim a fragment ``body`` of inline math makes when it may continue ``previous`` (the body of the
    fragment before it on the same line, or None) with ``between`` the text between the two: the fragment written
    out in full (``4 + 1 = 5``), :data:`CONTEXT` for an operator-led fragment that continues nothing, or None when
    the fragment is not a continuation and is read as it stands."""
    m = _CONTINUED.fullmatch(body)
    if m is None:
        return None
    op, operand, rest = m.groups()
    result = _RESULT.search(previous.rstrip()) if previous is not None and _BETWEEN.fullmatch(between) else None
    if result is None:
        return None if op in _SIGN_ONLY else CONTEXT
    if op in _SIGN_ONLY:   # -1 = … after a result: read as a step only when that reading holds and the sign does not
        said = _NUMBER_RESULT.fullmatch(rest)
        if said is None:
            return CONTEXT
        value = Fraction(said.group(1).replace("−", "-"))
        if Fraction(result.group(1)) - Fraction(operand) != value:
            return None if -Fraction(operand) == value else CONTEXT
    return f"{result.group(1)} {op} {operand} {rest}"
