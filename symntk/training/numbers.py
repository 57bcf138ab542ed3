"""Numbers as a table or slide shows them: 0 for round-off noise (never −0 or 1.1e-16), a
decimal comma in Icelandic, and words for the e-folding time of a mode that never shrinks
or vanishes in one step."""

from __future__ import annotations

import math

TINY = 1e-12  # |x| ≤ TINY · scale is round-off: shown as 0


def shown(x: float, spec: str = ".4g", lang: str = "en", scale: float = 1.0) -> str:
    """``format(x, spec)``, but 0 when |x| ≤ TINY·max(|scale|, 1) (so never ``-0``), with a
    decimal comma and a true minus sign (−) for ``lang == "is"``."""
    x = float(x)
    if math.isfinite(x) and abs(x) <= TINY * max(abs(float(scale)), 1.0):
        text = format(0.0, spec.replace("+", ""))
    else:
        text = format(x, spec)
    if lang == "is":
        text = text.replace(".", ",").replace("-", "−")
    return text


def e_folding_kind(factor: float, value: float, top: float) -> str:
    """How the error along one eigenvector of K behaves with per-step factor 1 − ηλ:
    ``gone`` (factor 0: it vanishes in one step), ``never`` (λ = 0: it never shrinks),
    ``grows`` (|factor| ≥ 1: gradient descent diverges along it) or ``shrinks`` (an
    e-folding time −1/ln|1 − ηλ| steps)."""
    if abs(value) <= TINY * max(abs(top), 1.0):
        return "never"
    if abs(factor) <= TINY:
        return "gone"
    return "grows" if abs(factor) >= 1 else "shrinks"
