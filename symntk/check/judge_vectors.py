"""Judges of the vectors the learner names: the plain norm of a gradient, ‖∇_θ f(x_i)‖ = √K_{ii}, and an
eigenvector of K.

An eigenvector v ≠ 0 is right when K v = μ v for a true eigenvalue μ of K: the one it is stated for (the true
eigenvalue nearest the number written, or the learner's λ_i), or any when none is said. Any nonzero multiple
is right; a vector of decimals is compared with the true eigenvector scaled to agree at its largest written
entry, each entry to the digits written (a unit vector, ‖v‖ ≈ 1, with the normalised eigenvector, up to sign).
It is carried when it is such an eigenvector of the learner's own K (for their eigenvalue), wrong otherwise.
"""

from __future__ import annotations

from decimal import Decimal

import mpmath
import sympy

from .decide import decide
from .eigen_forms import form_of, from_form, judge_form
from .eigen_order import eigen_index, numbered
from .judgement import Judgement
from .own_kernel import own_kernels, own_sum
from .syntax import UnreadableError
from .values import agrees, agrees_own, decimals_in, items, scalars

MAX_SIZE = 8   # the largest K whose eigenvectors are worked out
DIGITS = 40
_TINY = mpmath.mpf(10) ** -25


def judge_gradient_norm(claim, world, j: Judgement) -> Judgement:
    """‖∇_θ f_o(x_i)‖ = value: against √K_{ii} (true), and √ of the learner's own Σ_k (∂f(x_i)/∂θ_k)²."""
    claimed = scalars(claim.value, world.scope)
    if len(claimed) != 1:
        raise UnreadableError("± in a norm")
    claimed = claimed[0]
    i, o = claim.point, claim.output
    if not (1 <= i <= world.N and 1 <= o <= world.n_out):
        raise UnreadableError(f"no datapoint x_{i} here")
    row = world.jacobian_row(i, o)
    true = sympy.sqrt(sympy.expand(sum(v ** 2 for v in world.solution.jacobian.row(row))))
    out = None if world.n_out > 1 else world.reading
    labels = world.labels(out)
    own = []
    if (i, o) in labels:
        r = labels.index((i, o)) + 1
        own.append(sympy.sqrt(own_sum(world, out, r, r)))
    ok = agrees(claim.value, claimed, true)
    own_ok = any(agrees_own(claim.value, claimed, v) for v in own)
    j.target = f"\\|\\nabla_\\theta f(x_{{{i}}})\\|"
    j.label = f"‖∇θ f(x{_SUB[i] if i < 10 else i})‖"
    return decide(j, world, claim, claimed, ok, own_ok, true,
                  lambda prev: agrees(claim.value, claimed, prev))


_SUB = "₀₁₂₃₄₅₆₇₈₉"


def _entries(node, world) -> tuple[list, list[sympy.Expr]]:
    from .judge import ContextError

    try:
        nodes = items(node)
    except UnreadableError:
        raise ContextError("no vector of numbers") from None
    values = []
    for n in nodes:
        found = scalars(n, world.scope)
        if len(found) != 1 or found[0].free_symbols or not found[0].is_real:
            raise ContextError("an eigenvector in letters")
        values.append(found[0])
    if all(v == 0 for v in values):
        raise UnreadableError("the zero vector is no eigenvector")
    return nodes, values


def _eigenspaces(k: sympy.Matrix) -> list[tuple[mpmath.mpf, mpmath.matrix]]:
    """(μ, an orthonormal basis of its eigenspace as columns) for each eigenvalue μ of the symmetric ``k``,
    worked out to :data:`DIGITS` digits."""
    a = mpmath.matrix([[mpmath.mpf(sympy.N(k[r, c], DIGITS)) for c in range(k.cols)] for r in range(k.rows)])
    values, vectors = mpmath.eigsy(a)
    out: list[tuple[mpmath.mpf, list[int]]] = []
    for n in range(k.rows):
        near = next((group for group in out if abs(group[0] - values[n]) < _TINY * (1 + abs(values[n]))), None)
        if near is None:
            out.append((values[n], [n]))
        else:
            near[1].append(n)
    return [(mu, mpmath.matrix([[vectors[r, n] for n in cols] for r in range(k.rows)])) for mu, cols in out]


def _near(mu, stated) -> bool:
    return stated is None or abs(mu - mpmath.mpf(sympy.N(stated, DIGITS))) <= mpmath.mpf(1) / 20 * (
        1 + abs(mpmath.mpf(sympy.N(stated, DIGITS))))


def _is_eigenvector(nodes, values, k: sympy.Matrix, stated, own: bool) -> tuple[bool, list | None]:
    """Whether the written vector is an eigenvector of ``k`` for an eigenvalue near ``stated`` (any when None),
    with the true eigenvector it was compared with (see the module doc)."""
    if k.shape != (len(values), len(values)) or k.free_symbols or not k.is_symmetric():
        return False, None
    best = None
    with mpmath.workdps(DIGITS):
        v = mpmath.matrix([mpmath.mpf(sympy.N(x, DIGITS)) for x in values])
        exact = all(decimals_in(n) is None for n in nodes)
        spaces = sorted(_eigenspaces(k), key=lambda p: abs(p[0] - mpmath.mpf(sympy.N(stated, DIGITS)))
                        if stated is not None else 0)
        for mu, basis in spaces:
            if not _near(mu, stated):
                continue
            along = basis * (basis.T * v)   # v's part in the eigenspace
            if mpmath.norm(along) < _TINY * (1 + mpmath.norm(v)):
                continue
            if exact:
                if mpmath.norm(v - along) < _TINY * (1 + mpmath.norm(v)):
                    return True, list(values)
                pivot = max(range(len(values)), key=lambda n: abs(v[n]))
                best = best or _shown(along * (v[pivot] / along[pivot]) if along[pivot] else along, values, pivot)
                continue
            pivots = [n for n in range(len(values)) if decimals_in(nodes[n]) is None and values[n] != 0]
            if abs(mpmath.norm(v) - 1) < mpmath.mpf(1) / 100:   # a unit vector: the normalised one, up to sign
                scaled, pivot = along / mpmath.norm(along), None
            elif pivots:   # (12, 18.70): scaled to agree with the exact entry 12
                pivot = max(pivots, key=lambda n: abs(v[n]))
                scaled = along * (v[pivot] / along[pivot]) if along[pivot] else along
            else:
                scaled, pivot = along, None
            shown = _shown(scaled, values, pivot)
            best = best or shown
            check = agrees_own if own or (pivot is None and not abs(mpmath.norm(v) - 1) < mpmath.mpf(1) / 100) \
                else agrees
            if all(check(n, c, t) for n, c, t in zip(nodes, values, shown)):
                return True, shown
    return False, best


def _shown(vector, values, pivot) -> list:
    """The true eigenvector's entries as numbers (the pivot's exactly as written)."""
    return [values[n] if n == pivot else sympy.Float(mpmath.nstr(vector[n], DIGITS - 5), DIGITS - 5)
            for n in range(len(values))]


def _stated(node, world):
    if node is None:
        return None
    try:
        found = scalars(node, world.scope)
    except UnreadableError:
        return None
    return found[0] if len(found) == 1 and not found[0].free_symbols and found[0].is_real else None


def _own_stated(world, k: sympy.Matrix, node, stated):
    """The eigenvalue of the learner's own ``k`` a vector is stated for: their λ_i (numbered in their order) for
    a numbered λ, else the number written."""
    index = eigen_index(node)
    if index is None or k.free_symbols or not k.is_symmetric():
        return stated
    with mpmath.workdps(DIGITS):
        ascending = sorted(mu for mu, _ in _eigenspaces(k))
    mine = numbered(world, ascending)
    return sympy.Float(mpmath.nstr(mine[index - 1], DIGITS - 5), DIGITS - 5) if 1 <= index <= len(mine) else None


def judge_eigenvector(claim, world, j: Judgement) -> Judgement:
    """An eigenvector of K (see the module doc)."""
    from .judge import ContextError

    vector, eigenvalue = claim.value, claim.eigenvalue
    out = claim.output if claim.output is not None else world.reading
    form = form_of(vector, world.scope) if eigenvalue is None else None
    if form is not None:   # v = (12, λ − 8)^T: the general eigenvector in λ
        if world.kernel(out).shape[0] > MAX_SIZE:
            raise ContextError("K too large for its eigenvectors")
        return judge_form(claim, world, j, form, out)
    nodes, values = _entries(vector, world)
    true_k = world.kernel(out)
    if true_k.shape[0] > MAX_SIZE or true_k.shape[0] != len(values):
        raise ContextError(f"a vector of {len(values)} entries, not one per row of K")
    stated = _stated(eigenvalue, world)
    ok, expected = _is_eigenvector(nodes, values, true_k, stated, False)
    own_ok = False
    if not ok:
        own_ok = any(_is_eigenvector(nodes, values, k, _own_stated(world, k, eigenvalue, stated), True)[0]
                     for k in own_kernels(world, out) if k != true_k and k.shape == true_k.shape) or \
            from_form(world, out, nodes, values, stated)
    j.target, j.label, j.about = "v", "v", "eigenvector"
    return decide(j, world, claim, values, ok, own_ok, _display(expected, nodes), None)


def _display(expected: list | None, nodes) -> list | None:
    """The true eigenvector to two decimals more than the learner wrote (four at least)."""
    if expected is None:
        return None
    places = max((decimals_in(n) or 0 for n in nodes), default=0) + 2
    step = Decimal(10) ** -max(places, 4)
    return [sympy.Float(str(Decimal(str(e)).quantize(step)), "") if isinstance(e, sympy.Float) else e
            for e in expected]
