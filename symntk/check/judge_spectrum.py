"""Judges of the kernel's spectrum: det(K − λI) as a polynomial in λ, tr K, det K and the eigenvalues, each of the
kernel a claim is about (K^{[o]} when written, else the reading taken last; see :mod:`symntk.check.judge_kernel`)."""

from __future__ import annotations

import re

import sympy

from ..kernel import LAMBDA
from .compare import at_precision, rounds_to, written_number
from .decide import approximation, decide
from .eigen_order import note_order
from .feedback import Feedback
from .invariant_entries import entry_formula, judge_entry_formula
from .invariant_terms import PLACEHOLDERS, with_placeholders
from .judgement import Judgement
from .nodes import Num
from .own_kernel import own_charpolys, own_eigen, own_invariants
from .syntax import UnreadableError
from .values import agrees, agrees_own, decimals_in, items, scalars
from .wrong_numbers import set_follows


def _poly_agrees(node, claimed: sympy.Expr, true: sympy.Expr, proportional: bool) -> bool:
    """Two polynomials in λ are the same (or, for an equation p(λ) = 0, proportional, or p an exact factor:
    λ² − 46λ + 66 = 0 for the non-zero eigenvalues of −λ³ + 46λ² − 66λ)."""
    try:
        a, b = sympy.Poly(sympy.expand(claimed), LAMBDA), sympy.Poly(sympy.expand(true), LAMBDA)
    except sympy.PolynomialError:
        return False
    if claimed.free_symbols - {LAMBDA}:
        return False
    if proportional and 1 <= a.degree() < b.degree() and all(v.is_Rational for v in a.all_coeffs() + b.all_coeffs()):
        return b.rem(a).is_zero
    if a.degree() != b.degree():
        return False
    ca, cb = a.all_coeffs(), b.all_coeffs()
    if proportional and ca[0] != 0:
        ca = [v * cb[0] / ca[0] for v in ca]
    places = decimals_in(node)
    if places is None and all(v.is_Rational for v in ca + cb):
        return ca == cb
    tol = sympy.Float(10) ** (1 - (places if places is not None else 12))
    return all(abs(sympy.N(x - y, 30)) <= tol * max(1, abs(sympy.N(y, 30))) for x, y in zip(ca, cb))


def judge_charpoly(claim, world, j: Judgement) -> Judgement:
    """det(K − λI) (or det(λI − K), or p(λ) = 0) as a polynomial in λ; one written with det K or tr K as a term
    is judged with the kernel's true values put in, and only found correct (else it is unread: those values are
    not the learner's own)."""
    out = _current(world, claim.output)
    bare, found = with_placeholders(claim.value)
    if found:
        return _judge_with_invariants(claim, world, j, bare, out)
    claimed = scalars(claim.value, world.scope)[0]
    sign = _sign(claim.sign, claimed, len(world.labels(out)))
    true = sign * world.charpoly(out)
    ok = _poly_agrees(claim.value, claimed, true, claim.equation)
    own_ok = any(_poly_agrees(claim.value, claimed, sign * own, claim.equation) for own in own_charpolys(world, out))
    world.record(("charpoly",), sign * claimed, claim.line)
    return decide(j, world, claim, claimed, ok, own_ok, true,
                  lambda prev: _poly_agrees(claim.value, claimed, prev, claim.equation))


def _sign(sign: int, claimed, n: int) -> int:
    """The factor (±1) from det(K − λI) of n×n K to the polynomial the learner means: (−1)^n for det(λI − K); for
    a named p(λ) (sign 0) the convention its leading coefficient shows: positive → det(λI − K), monic."""
    if sign:
        return sign ** n
    try:
        lead = sympy.Poly(sympy.expand(claimed), LAMBDA).LC()
    except (sympy.PolynomialError, sympy.GeneratorsNeeded, TypeError, ValueError):
        return 1
    return (-1) ** n if lead.is_number and lead > 0 else 1


def _judge_with_invariants(claim, world, j: Judgement, bare, out) -> Judgement:
    """The polynomial with the kernel's det K and tr K put in for the terms that name them."""
    kernel = world.kernel(out)
    values = {PLACEHOLDERS["det"]: world.det(out, exact=True), PLACEHOLDERS["tr"]: kernel.trace()}
    scope = world.scope
    saved = dict(scope.aliases)
    try:
        scope.aliases.update(values)
        claimed = scalars(bare, scope)[0]
    finally:
        scope.aliases.clear()
        scope.aliases.update(saved)
    sign = _sign(claim.sign, claimed, len(world.labels(out)))
    true = sign * world.charpoly(out)
    if not _poly_agrees(claim.value, claimed, true, claim.equation):
        raise UnreadableError("the characteristic polynomial writes det K or tr K as a term and is not right with "
                              "their true values")
    world.record(("charpoly",), sign * claimed, claim.line)
    return decide(j, world, claim, claimed, True, True, true, lambda prev: _poly_agrees(claim.value, claimed, prev,
                                                                                        claim.equation))


def _current(world, output: int | None) -> int | None:
    """The kernel a claim is about: K^{[o]} when written, else the reading taken last."""
    if output is not None and world.n_out > 1:
        world.reading = output
        return output
    return world.read_kernel


def _unnamed_output(world, output: int | None, fits) -> int | None:
    """The kernel a trace, determinant or eigenvalue claim is about (:func:`_current`); when the notes say they
    compute each output's kernel but none was read yet (``K1 = …`` in words or names not read), the output whose
    kernel (true or the learner's own) ``fits(out)`` the claim; unreadable when none does: which kernel it
    is about is not known, so it is no mistake."""
    if output is not None or world.n_out == 1 or not world.per_output or world.reading != "unset":
        return _current(world, output)
    for out in range(1, world.n_out + 1):
        if fits(out):
            return out
    raise UnreadableError(f"f has {world.n_out} outputs and the notes compute each one's kernel: "
                          "name the kernel (K^{[o]})")


def judge_trace(claim, world, j: Judgement) -> Judgement:
    """tr K."""
    formula = entry_formula(claim.value)
    if formula is not None:   # tr K = K_{11} + K_{22}: a formula in the entries
        return judge_entry_formula(claim, world, j, formula, _current(world, claim.output))
    claimed = scalars(claim.value, world.scope)[0]
    out = _unnamed_output(world, claim.output, lambda o: agrees(claim.value, claimed, world.kernel(o).trace()) or
                          any(agrees_own(claim.value, claimed, v) for v in own_invariants(world, o)[0]))
    true, own = world.kernel(out).trace(), own_invariants(world, out)[0]
    if claimed.is_number:
        world.record(("trace", out), claimed, claim.line, approximation(claim))
    return decide(j, world, claim, claimed, agrees(claim.value, claimed, true),
                  any(agrees_own(claim.value, claimed, v) for v in own), true,
                  lambda prev: agrees(claim.value, claimed, prev))


def judge_det(claim, world, j: Judgement) -> Judgement:
    """det K."""
    formula = entry_formula(claim.value)
    if formula is not None:   # det K = K_{11} K_{22} − K_{12}²: a formula in the entries
        return judge_entry_formula(claim, world, j, formula, _current(world, claim.output))
    claimed = scalars(claim.value, world.scope)[0]

    def fits(o):
        return agrees(claim.value, claimed, world.det(o)) or \
            any(agrees_own(claim.value, claimed, v) for v in own_invariants(world, o)[1])

    out = _unnamed_output(world, claim.output, fits)
    true, own = world.det(out), own_invariants(world, out)[1]
    if claimed.is_number:
        world.record(("det", out), claimed, claim.line, approximation(claim))
    return decide(j, world, claim, claimed, agrees(claim.value, claimed, true),
                  any(agrees_own(claim.value, claimed, v) for v in own), true,
                  lambda prev: agrees_own(claim.value, claimed, prev))


def _eigen_values(node, world) -> tuple[list, list]:
    """The eigenvalues written: a list (matrix, tuple), or one value, or the two of ±; with their nodes."""
    try:
        nodes = items(node)
    except UnreadableError:
        nodes = [node]
    values, owners = [], []
    for n in nodes:
        for v in scalars(n, world.scope):
            values.append(v)
            owners.append(n)
    return values, owners


_APPROX = re.compile(r"\\approx|≈|\\simeq|≃")


def _whole_rounded(node):
    """A whole number after ≈ (``λ_1 ≈ 27``) is the eigenvalue given to no decimals: a decimal of 0 places,
    right when it is the true value rounded or truncated to a whole number (26.70… ≈ 27, 0.2996… ≈ 0)."""
    number = written_number(node)
    if number is None or number.decimals is not None:
        return node
    return Num(number.value, 0, number.text)


def _eigen_match(which, nodes, values, reference) -> bool:
    if not reference:
        return False
    if which in ("min", "max") and len(reference) == 2:
        target = reference[0] if which == "min" else reference[-1]
        return len(values) == 1 and agrees(nodes[0], values[0], target)
    if which in ("min", "max"):  # λ_± of a larger K name the roots of a quadratic factor: any eigenvalue
        return len(values) == 1 and any(agrees(nodes[0], values[0], r) for r in reference)
    if len(values) == 1:
        return any(agrees(nodes[0], values[0], r) for r in reference)
    if len(values) > len(reference):
        return False
    left = list(reference)
    for n, v in zip(nodes, values):
        hit = next((r for r in left if agrees(n, v, r)), None)
        if hit is None:
            return False
        left.remove(hit)
    return True


def _expected(which, values, true: list):
    """What one written eigenvalue stands for: λ_min / λ_max their end of the sorted spectrum, another single
    number the eigenvalue nearest to it; several numbers (or one the notes leave symbolic) the whole spectrum."""
    if len(true) == 1:
        return true[0]
    if len(values) != 1:
        return true
    if which in ("min", "max"):
        return true[0] if which == "min" else true[-1]
    if not values[0].is_number:
        return true
    return min(true, key=lambda r: abs(sympy.N(r - values[0], 30)))


def _far(values: list, true: list) -> bool:
    """Every value written is a number more than 1 % away from every true eigenvalue (not a rounding of one)."""
    if not all(v.is_number for v in values + list(true)):
        return False
    return all(min(abs(sympy.N(v - t, 30)) for t in true) > sympy.Float("0.01") * max(1, abs(sympy.N(v, 30)))
               for v in values)


def _right_kernel_since_mistake(world, out) -> bool:
    """The learner wrote K after their last mistake and it is the true K up to rounding (each entry within 0.5 % of
    the largest): that mistake never reached the spectrum (a sign slip in a derivative, its values right)."""
    line = world.last_mistake[0]
    entry = world.latest(("K", out))
    if line is None or entry is None or entry[2] is None or entry[2] <= line:
        return False
    true = world.kernel(out)
    mine = entry[1]
    if not isinstance(mine, sympy.MatrixBase) or mine.shape != true.shape or \
            not all(v.is_number for v in list(mine) + list(true)):
        return False
    scale = max(abs(sympy.N(t, 30)) for t in true)
    return scale > 0 and all(abs(sympy.N(m - t, 30)) <= sympy.Float("0.005") * scale for m, t in zip(mine, true))


def _rounding_only(own: list, true: list, spectrum: bool = False) -> bool:
    """The learner's own eigenvalues are the true ones but for the rounding of their intermediate values (each
    within 0.1 % of one): a value that follows them and not the truth at the places written (``λ_2 ≈ 0,0935``
    from their rounded tr and det, for 0.09344) is wrong, not carried: carried needs an earlier wrong value that
    reaches the spectrum. ``spectrum``: the learner's K is right after their last mistake, so the rounding of
    their tr and det may move a small eigenvalue by more: each within 0.1 % of the largest."""
    if len(own) != len(true) or not all(v.is_number for v in list(own) + list(true)):
        return False
    scale = max(abs(sympy.N(t, 30)) for t in true) if spectrum and true else None   # of the largest, K right
    floor = sympy.Float("0.001")
    return all(abs(sympy.N(o - t, 30)) <= floor * max(floor, scale or abs(sympy.N(t, 30)))
               for o, t in zip(sorted(own, key=lambda v: sympy.N(v, 30)), true))


def judge_eigenvalues(claim, world, j: Judgement) -> Judgement:
    """λ = one or all eigenvalues (λ_{min}, λ_{max} the smallest and largest)."""
    values, nodes = _eigen_values(claim.value, world)
    if _APPROX.search(claim.source):
        nodes = [_whole_rounded(n) for n in nodes]
    out = _unnamed_output(world, claim.output,
                          lambda o: _eigen_match(claim.which, nodes, values, world.eigen_values(o)) or
                          any(_eigen_match(claim.which, nodes, values, own) for own in own_eigen(world, o)))
    true = world.eigen_values(out)
    ok = _eigen_match(claim.which, nodes, values, true)
    note_order(world, claim.index, nodes, values, true)
    right_k = _right_kernel_since_mistake(world, out)
    own_ok = any(_eigen_match(claim.which, nodes, values, own) for own in own_eigen(world, out)
                 if not (world.last_mistake[0] is None or right_k) or not _rounding_only(own, true, right_k))
    if not ok and not own_ok and len(values) > 1:   # a recap repeating a wrong eigenvalue written before
        own_ok = set_follows(world, nodes, values, true)
    claimed = values[0] if len(values) == 1 else values
    decide(j, world, claim, claimed, ok, own_ok, _expected(claim.which, values, true),
           lambda prev: _eigen_match(None, nodes, values, prev if isinstance(prev, list) else [prev]))
    exact = decimals_in(claim.value) is None and all(v.is_number and not v.atoms(sympy.Float) for v in values)
    if not ok and len(values) > 1 and (exact or not own_ok and _far(values, true)):
        # λ = (25 ± √560)/2, not (43 ± 41.29)/2 — unless the decimals are a new mistake of their own
        # (21.5 ± √(462.25 + 29) for 21.5 ± √(462.25 − 29)), which the values after them follow
        world.record(("eigenvalues", out), sorted(values, key=lambda v: sympy.N(v, 30)), claim.line)
    references = [true] + own_eigen(world, out)
    for node in nodes:
        number = written_number(node)
        if number is None or not number.decimals:
            continue
        for ref in (r for refs in references for r in refs):
            if at_precision(number, ref) == "truncated" and not rounds_to(number, ref):
                j.feedback.append(Feedback("precision", {"written": number.text, "value": sympy.N(ref, 12),
                                                         "decimals": number.decimals}))
                break
    return j
