"""The judges of statements in words about the kernel (:class:`~symntk.check.claims.PropertyClaim`) and of the
discriminant Δ of a 2 × 2 kernel's characteristic polynomial.

With λ_1 ≤ … ≤ λ_N the eigenvalues of K (of the kernel read last) and a tolerance
τ = 10⁻⁹ · max(1, |λ_N|): positive semi-definite ⇔ λ_1 ≥ −τ; positive definite and
"all eigenvalues positive" ⇔ λ_1 > τ; "an eigenvalue is 0" / singular ⇔ some |λ_i| ≤ τ;
"the eigenvalues are negative", "I get negative eigenvalues" ⇔ λ_1 < −τ.
A statement false for the true K but true for the learner's own K is carried.
For N = 2, det(K − λI) = λ² − (tr K) λ + det K has the discriminant Δ = (tr K)² − 4 det K.
"""

from __future__ import annotations

import sympy

from .dropped_parameters import PREFIX as DROPPED
from .dropped_parameters import judge_dropped
from .feedback import Feedback
from .judgement import Judgement
from .kernel_choice import PREFIX as CHOICE
from .kernel_choice import judge_choice
from .kernel_columns import PREFIX as COLUMNS
from .kernel_columns import judge_columns
from .other_derivatives import FACT as OTHERS_ZERO
from .other_derivatives import judge_others_zero
from .own_kernel import own_charpolys, own_eigen
from .sign_words import PREFIX as SIGN
from .sign_words import judge_sign


def _numbers(values) -> list[float]:
    return sorted(float(sympy.re(sympy.N(v, 30))) for v in values)


def holds(prop: str, values) -> bool:
    """Whether ``prop`` (psd, pd, eig_pos, eig_zero, eig_neg) holds for a kernel with eigenvalues ``values``."""
    lam = _numbers(values)
    if not lam:
        return False
    tol = 1e-9 * max(1.0, max(abs(v) for v in lam))
    if prop == "psd":
        return lam[0] >= -tol
    if prop in ("pd", "eig_pos"):
        return lam[0] > tol
    if prop == "eig_neg":
        return lam[0] < -tol
    return any(abs(v) <= tol for v in lam)


def judge_property(claim, world, j: Judgement) -> Judgement:
    """K positive (semi-)definite, all eigenvalues positive, or an eigenvalue 0 (see the module doc)."""
    if claim.prop.startswith("relu:"):
        return _judge_relu_rule(claim, world, j)
    if claim.prop == OTHERS_ZERO:   # "the other derivatives are 0"
        return judge_others_zero(claim, world, j)
    if claim.prop.startswith(SIGN):   # "so that entry is negative"
        return judge_sign(claim, world, j)
    if claim.prop.startswith(DROPPED):   # "b2 just shifts f, I'll skip it"
        return judge_dropped(claim, world, j)
    if claim.prop.startswith(CHOICE):   # "I compute the 2×2 kernel of each output"
        return judge_choice(claim, world, j)
    if claim.prop.startswith(COLUMNS):   # K_{·3} = 2K_{·2} − K_{·1}
        return judge_columns(claim, world, j)
    out = world.read_kernel
    true = world.eigen_values(out)
    shown = sympy.Tuple(*[sympy.Float(v, 6) for v in _numbers(true)])
    j.value, j.expected = shown, sympy.latex(shown)
    j.target, j.label = "K", "K"
    j.plain = ", ".join(f"{float(v):.6g}" for v in shown)
    if holds(claim.prop, true) != claim.negated:
        j.verdict = "correct"
        return j
    j.verdict = "wrong"
    if any(holds(claim.prop, own) != claim.negated for own in own_eigen(world, out) if own):
        j.mark_carried(world)
        return j
    j.feedback.append(Feedback("property", {"values": shown}))
    world.last_mistake = (claim.line, "K", "K")
    return j


def _judge_relu_rule(claim, world, j: Judgement) -> Judgement:
    """relu′(z) = 1 for z > 0 and 0 for z < 0 (the value at z = 0 is a convention: not judged)."""
    positive, negative = claim.prop.removeprefix("relu:").split(",")
    j.target, j.label = r"\operatorname{relu}'", "relu′"
    j.value = sympy.Tuple(1, 0)
    j.expected = r"\operatorname{relu}'(z) = 1 \text{ for } z > 0,\ 0 \text{ for } z < 0"
    j.plain = "relu′(z) = 1 for z > 0, 0 for z < 0"
    if (int(positive), int(negative)) == (1, 0):
        j.verdict = "correct"
        return j
    j.mark_wrong(world)
    return j


def discriminant(poly: sympy.Expr) -> sympy.Expr:
    """b² − 4ac of a quadratic a λ² + b λ + c."""
    from ..kernel import LAMBDA

    a, b, c = sympy.Poly(sympy.expand(poly), LAMBDA).all_coeffs()
    return sympy.expand(b * b - 4 * a * c)


def quadratic_part(poly: sympy.Expr) -> sympy.Expr | None:
    """The quadratic left of a characteristic polynomial once its factors λ are divided out (a singular 3 × 3
    K: −λ³ + 43λ² − 36λ → −λ² + 43λ − 36), or None when that is no quadratic."""
    from ..kernel import LAMBDA

    try:
        p = sympy.Poly(sympy.expand(poly), LAMBDA)
    except sympy.PolynomialError:
        return None
    while p.degree() > 2 and p.eval(0) == 0:
        p = sympy.Poly(sympy.quo(p.as_expr(), LAMBDA, LAMBDA), LAMBDA)
    return p.as_expr() if p.degree() == 2 else None


def judge_discriminant(claim, world, j: Judgement) -> Judgement:
    """Δ = (tr K)² − 4 det K for a 2 × 2 kernel (for a larger singular one: of the quadratic left once the
    factors λ are divided out); the learner's own from their polynomial or their K."""
    from .decide import decide, matches
    from .judge import ContextError
    from .values import scalars

    out = world.read_kernel
    quadratic = quadratic_part(world.charpoly(out))
    if quadratic is None:
        raise ContextError("a discriminant of a kernel whose polynomial is no quadratic")
    values = scalars(claim.value, world.scope)
    if len(values) != 1:
        raise ContextError("not one value")
    claimed = values[0]
    j.target, j.label = r"\Delta", "Δ"
    true = discriminant(quadratic)
    owns = []
    for poly in own_charpolys(world, out):
        own = quadratic_part(poly)
        if own is not None:
            owns.append(discriminant(own))
    own_ok = any(matches(world, claim.value, claimed, own) for own in owns)
    if claimed.is_number:   # √Δ later is the root of the learner's own Δ
        from .meaning import key

        world.scope.aliases[key(claim.name)] = claimed
        world.record(("discriminant",), claimed, claim.line)
    return decide(j, world, claim, claimed, matches(world, claim.value, claimed, true), own_ok, true,
                  lambda prev: matches(world, claim.value, claimed, prev))
