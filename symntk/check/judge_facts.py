"""The judge of statements in words about the kernel (:class:`~symntk.check.claims.PropertyClaim`).

With λ_1 ≤ … ≤ λ_N the eigenvalues of K (of the kernel read last) and a tolerance
τ = 10⁻⁹ · max(1, |λ_N|): positive semi-definite ⇔ λ_1 ≥ −τ; positive definite and
"all eigenvalues positive" ⇔ λ_1 > τ; "an eigenvalue is 0" / singular ⇔ some |λ_i| ≤ τ.
A statement false for the true K but true for the learner's own K is carried.
"""

from __future__ import annotations

import sympy

from .feedback import Feedback
from .judgement import Judgement


def _numbers(values) -> list[float]:
    return sorted(float(sympy.re(sympy.N(v, 30))) for v in values)


def holds(prop: str, values) -> bool:
    """Whether ``prop`` (psd, pd, eig_pos, eig_zero) holds for a kernel with eigenvalues ``values``."""
    lam = _numbers(values)
    if not lam:
        return False
    tol = 1e-9 * max(1.0, max(abs(v) for v in lam))
    if prop == "psd":
        return lam[0] >= -tol
    if prop in ("pd", "eig_pos"):
        return lam[0] > tol
    return any(abs(v) <= tol for v in lam)


def judge_property(claim, world, j: Judgement) -> Judgement:
    """K positive (semi-)definite, all eigenvalues positive, or an eigenvalue 0 (see the module doc)."""
    out = world.reading if world.reading != "unset" else None
    true = [e.exact if e.exact is not None and not e.exact.atoms(sympy.Function) else e.value
            for e in world.eigen(out)]
    shown = sympy.Tuple(*[sympy.Float(v, 6) for v in _numbers(true)])
    j.value, j.expected = shown, sympy.latex(shown)
    j.target, j.label = "K", "K"
    j.plain = ", ".join(f"{float(v):.6g}" for v in shown)
    if holds(claim.prop, true) != claim.negated:
        j.verdict = "correct"
        return j
    j.verdict = "wrong"
    if any(holds(claim.prop, own) != claim.negated for own in world.own_eigen(out) if own):
        j.carried = True
        line, target, label = world.last_mistake
        sources = [(line, ("as", target or "…", label or target or "…"))] if line else []
        j.feedback.append(Feedback("carried", {"sources": sources}))
        return j
    j.feedback.append(Feedback("property", {"values": shown}))
    world.last_mistake = (claim.line, "K", "K")
    return j
