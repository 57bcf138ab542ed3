"""The exercise's true values and the learner's own values (what their earlier claims give, for carry-forward).

Truth comes from the exact engine (:class:`symntk.solution.Solution`). The
learner's own value of a quantity is computed from the most recent of their
own claims it depends on, the true value standing in where they claimed
nothing: ∂f(x_i)/∂θ_k from their per-point values, gradient vectors, J,
symbolic derivatives or expansion (or the factors of a term-by-term kernel
sum); K_{ij} = Σ_k ∂f(x_i)/∂θ_k ∂f(x_j)/∂θ_k from those; K from their entries;
det(K − λI), tr K, det K and the eigenvalues from their K or polynomial.
"""

from __future__ import annotations

import dataclasses
import itertools

import mpmath
import sympy

from .. import derivatives
from ..kernel import LAMBDA, characteristic_polynomial, eigenvalues, kernel_matrix
from ..solution import Solution
from .meaning import Scope

_SEQ = itertools.count()


class World:
    """True and own values of one exercise (see the module doc); ``reading`` is the kernel read:
    None for the full kernel, o for the kernel of output o."""

    def __init__(self, solution: Solution):
        self.solution = solution
        self.net = solution.network
        self.P = self.net.parameter_count
        self.N = len(solution.problem.points)
        self.n_out = self.net.widths[-1]
        self.scope = Scope(self.net, solution.problem.points)
        self.reading: int | None | str = "unset"
        self.own: dict = {}            # (kind, …) → [(seq, value, line)]
        self.claimed: dict = {}        # id(node) → (value, verdict) of members already judged
        self._kernels: dict = {}
        self._eigen: dict = {}
        self._slopes: dict = {}
        self.last_mistake: tuple[int | None, str, str] = (None, "", "")
        self.current_point: int | None = None
        self.current_point_line: int | None = None   # the line where the notes named that datapoint
        self.per_output = False   # the notes say they compute each output's kernel

    def name_eigenvalues(self) -> None:
        """λ_1, λ_2, … name the eigenvalues (ascending) until the learner gives them values of their own."""
        from .meaning import key
        from .nodes import Num, Sym

        out = self.reading if self.reading != "unset" else None
        for m, e in enumerate(self.eigen(out), start=1):
            name = key(Sym("lambda", (Num(m, None, str(m)),)))
            if name not in self.scope.aliases:
                self.scope.aliases[name] = e.exact if e.exact is not None else e.value

    # ---- truth ---------------------------------------------------------------------------------------
    def at_values(self, expr: sympy.Expr) -> sympy.Expr:
        """``expr`` with every parameter replaced by its value (x stays)."""
        return sympy.expand(expr.xreplace(self.solution.values)) if expr.free_symbols else expr

    def at_point(self, expr: sympy.Expr, i: int) -> sympy.Expr:
        """``expr`` at the parameter values and datapoint i."""
        point = dict(zip(self.net.x, self.solution.problem.points[i - 1]))
        return sympy.expand(self.at_values(expr).xreplace(point))

    def own_values(self) -> dict:
        """θ → the value the learner used: their own statements of parameter values, else the true ones."""
        values = dict(self.solution.values)
        for key, entries in self.own.items():
            if key[0] == "param":
                values[key[1]] = max(entries, key=lambda e: e[0])[1]
        theta = self.latest(("theta_values",))
        if theta is not None and len(theta[1]) == self.P:
            values.update({t.symbol: v for t, v in zip(self.net.theta, theta[1])})
        return values

    def at_values_own(self, expr: sympy.Expr) -> sympy.Expr:
        """``expr`` at the learner's own parameter values."""
        return sympy.expand(expr.xreplace(self.own_values())) if expr.free_symbols else expr

    def at_point_own(self, expr: sympy.Expr, i: int) -> sympy.Expr:
        """``expr`` at the learner's own parameter values and datapoint i."""
        point = dict(zip(self.net.x, self.solution.problem.points[i - 1]))
        return sympy.expand(self.at_values_own(expr).xreplace(point))

    def match_all(self, nodes, claimed: list, true: list) -> bool:
        """A written list equals ``true`` entry by entry: as written or with the values put in, and when it
        holds no x where the truth does, all at one and the same datapoint."""
        from .values import agrees

        if len(claimed) != len(true):
            return False
        if all(agrees(n, c, t) for n, c, t in zip(nodes, claimed, true)):
            return True
        from .decide import names_parameters

        if any(names_parameters(n) for n in nodes):
            return False
        valued = [self.at_values(t) for t in true]
        if all(agrees(n, self.at_values(c), t) for n, c, t in zip(nodes, claimed, valued)):
            return True
        xs = set(self.net.x)
        if any(c.free_symbols & xs for c in claimed):
            return False
        return any(all(agrees(n, c, self.at_point(t, i)) for n, c, t in zip(nodes, claimed, true))
                   for i in range(1, self.N + 1))

    def derivative(self, o: int, k: int) -> sympy.Expr:
        """∂f_o/∂θ_k, symbolic."""
        return self.solution.gradients[o - 1][k - 1].expr

    def jacobian_row(self, i: int, o: int) -> int:
        """The 0-based row of J for datapoint i and output o."""
        return (i - 1) * self.n_out + o - 1

    def kernel(self, out: int | None) -> sympy.Matrix:
        """The true K: full (``out`` None) or of output ``out``."""
        if out not in self._kernels:
            J = self.solution.jacobian
            self._kernels[out] = (kernel_matrix(J, self.n_out) if out is None or self.n_out == 1
                                  else kernel_matrix(J, self.n_out, "output", out))
        return self._kernels[out]

    def labels(self, out: int | None) -> list[tuple[int, int]]:
        """(datapoint, output) of each row of K."""
        if out is None and self.n_out > 1:
            return [(i, o) for i in range(1, self.N + 1) for o in range(1, self.n_out + 1)]
        return [(i, out or 1) for i in range(1, self.N + 1)]

    def eigen(self, out: int | None) -> list:
        """The true eigenvalues (with multiplicity) of the kernel read."""
        if out not in self._eigen:
            found = eigenvalues(self.kernel(out))
            self._eigen[out] = [e for e in found for _ in range(e.multiplicity)]
        return self._eigen[out]

    def charpoly(self, out: int | None) -> sympy.Expr:
        """det(K − λI) of the true kernel read."""
        return characteristic_polynomial(self.kernel(out))

    # ---- the learner's own values ------------------------------------------------------------------
    def record(self, key: tuple, value, line: int, approximation: bool = False) -> None:
        """Remember a value the learner claimed (the newest one wins); an approximation of a value already
        claimed in the same chain (``= 5 − 4t ≈ 1.9536``) is not remembered over it."""
        if approximation and key in self.own and self.own[key][-1][2] == line:
            return
        self.own.setdefault(key, []).append((next(_SEQ), value, line))

    def latest(self, *keys: tuple):
        """The newest of the learner's values under any of ``keys``: (seq, value, line) or None."""
        found = [entry for key in keys for entry in self.own.get(key, ())]
        return max(found, key=lambda e: e[0]) if found else None

    def slope_derivative(self, o: int, k: int) -> sympy.Expr | None:
        """∂f_o/∂θ_k with the learner's own rule for φ′ (``tanh′(z) = 1 − tanh z``), when they wrote one."""
        entry = self.latest(("slope",))
        if entry is None:
            return None
        cached = self._slopes.get((entry[0], o, k))
        if cached is not None:
            return cached
        var, rule = entry[1]
        fp = self.net.forward()
        deltas = derivatives.backprop(_OwnSlope(self.net, lambda z: rule.xreplace({var: z})), fp, o)
        d, c, a = derivatives.chain_factors(self.net, fp, deltas)[k - 1]
        self._slopes[(entry[0], o, k)] = sympy.expand(d * c * a)
        return self._slopes[(entry[0], o, k)]

    def own_units(self, i: int) -> dict:
        """The learner's values of hidden units at datapoint i: true symbolic z or a → their value."""
        out = {}
        for key, entries in self.own.items():
            if key[0] == "unit" and key[2] == i:
                out[key[1]] = max(entries, key=lambda e: e[0])[1]
        return out

    def with_own_units(self, expr: sympy.Expr, i: int) -> sympy.Expr:
        """``expr`` with the hidden units the learner computed at x_i put in (activations first)."""
        units = self.own_units(i)
        if not units:
            return expr
        forward = self.scope._forward
        acts = {a: v for a, v in units.items() if any(a in layer for layer in forward.a[1:-1])
                and not any(a in layer for layer in forward.z[1:-1])}
        zs = {z: v for z, v in units.items() if z not in acts}
        expr = expr.xreplace(acts)
        for z, v in zs.items():
            for layer, zl in enumerate(forward.z):
                if z in list(zl) and layer < len(forward.a):
                    idx = list(zl).index(z)
                    a = forward.a[layer][idx]
                    if a != z and a not in acts:
                        expr = expr.xreplace({a: a.xreplace({z: v})})
        return expr.xreplace(zs)

    def own_theta(self) -> list | None:
        """The parameters in the learner's own θ (by name), when they listed them."""
        entry = self.latest(("theta",))
        if entry is None or not all(isinstance(v, sympy.Symbol) for v in entry[1]):
            return None
        return entry[1]

    def own_derivative_at(self, o: int, k: int, i: int) -> sympy.Expr:
        """The learner's ∂f_o(x_i)/∂θ_k (see the module doc); 0 for a parameter their θ leaves out."""
        mine = self.own_theta()
        symbol = self.net.theta[k - 1].symbol
        position = k
        if mine is not None and len(mine) != self.P:
            if symbol not in mine:
                return sympy.S.Zero
            position = mine.index(symbol) + 1
        candidates = []
        for key, pick in ((("dval", o, k, i), lambda v: v),
                          (("gval", o, i), lambda v: _entry(v, k, position, self.P, mine)),
                          (("jac",), lambda v: v[self.jacobian_row(i, o), k - 1]
                           if v.shape == (self.N * self.n_out, self.P) else None),
                          (("implied", o, k, i), lambda v: v),
                          (("dsym", o, k), lambda v: self.at_point(v, i)),
                          (("gsym", o), lambda v: self.at_point(v[position - 1], i) if len(v) >= position
                           else None),
                          (("expansion", o), lambda v: self.at_point(sympy.diff(v, self.net.theta[k - 1].symbol), i))):
            entry = self.latest(key)
            if entry is not None:
                value = pick(entry[1])
                if value is not None and not value.free_symbols:
                    candidates.append((entry[0], value))
        if candidates:
            return max(candidates, key=lambda c: c[0])[1]
        slope = self.slope_derivative(o, k)
        if slope is not None:
            return self.at_point_own(slope, i)
        if self.own_units(i):
            return self.at_point_own(self.with_own_units(self.derivative(o, k), i), i)
        if any(key[0] in ("param", "theta_values") for key in self.own):
            return self.at_point_own(self.derivative(o, k), i)
        return self.solution.jacobian[self.jacobian_row(i, o), k - 1]

    def own_row(self, i: int, o: int) -> list[sympy.Expr]:
        """The learner's gradient of f_o at x_i."""
        return [self.own_derivative_at(o, k, i) for k in range(1, self.P + 1)]

    def own_entry(self, out: int | None, r: int, c: int) -> sympy.Expr:
        """The learner's K_{rc}: their entry (or its mirror), else the sum of their gradients' products."""
        entry = self.latest(("entry", out, r, c), ("entry", out, c, r))
        if entry is not None:
            return entry[1]
        return self.own_sum(out, r, c)

    def own_sum(self, out: int | None, r: int, c: int) -> sympy.Expr:
        """Σ_k of the learner's ∂f(x_i)/∂θ_k · ∂f(x_j)/∂θ_k for K_{rc}."""
        (i, o1), (j, o2) = self.labels(out)[r - 1], self.labels(out)[c - 1]
        return sympy.expand(sum(a * b for a, b in zip(self.own_row(i, o1), self.own_row(j, o2))))

    def own_kernel(self, out: int | None) -> sympy.Matrix:
        """The learner's K: their matrix, else their entries."""
        n = len(self.labels(out))
        entry = self.latest(("K", out))
        entries = [self.latest(("entry", out, r, c)) for r in range(1, n + 1) for c in range(1, n + 1)]
        newest_entry = max((e[0] for e in entries if e), default=-1)
        if entry is not None and entry[1].shape == (n, n) and entry[0] > newest_entry:
            return entry[1]
        return sympy.Matrix(n, n, lambda r, c: self.own_entry(out, r + 1, c + 1))

    def own_charpoly(self, out: int | None) -> sympy.Expr:
        """The learner's det(K − λI): their polynomial, else from their K."""
        entry = self.latest(("charpoly",))
        if entry is not None:
            return entry[1]
        return characteristic_polynomial(self.own_kernel(out))

    def own_eigen(self, out: int | None) -> list[list[sympy.Expr]]:
        """Candidate lists of the learner's eigenvalues: roots of their polynomial, eigenvalues of their K."""
        out_lists = []
        entry = self.latest(("charpoly",))
        if entry is not None:
            out_lists.append(_roots(entry[1]))
        K = self.own_kernel(out)
        if K.is_symmetric():
            out_lists.append(_roots(characteristic_polynomial(K)))
        return [r for r in out_lists if r]


def _entry(vector: list, k: int, position: int, P: int, mine: list | None):
    """Entry k of a learner's gradient: by θ's order when it has P entries, else by the order of their own θ."""
    if len(vector) == P:
        return vector[k - 1]
    if mine is not None and len(vector) == len(mine):
        return vector[position - 1]
    return None


class _OwnSlope:
    """The network with the learner's own φ′ in every hidden layer."""

    def __init__(self, net, slope):
        self._net, self._slope = net, slope

    def __getattr__(self, name):
        return getattr(self._net, name)

    def activation(self, l):
        return dataclasses.replace(self._net.activation(l), derivative=self._slope)


def _roots(poly: sympy.Expr) -> list[sympy.Expr]:
    """The real roots of a polynomial in λ, ascending (exact when SymPy finds them quickly, else 30 digits)."""
    try:
        p = sympy.Poly(sympy.expand(poly), LAMBDA)
    except sympy.PolynomialError:
        return []
    if p.degree() < 1 or p.degree() > 8:
        return []
    if p.degree() <= 2 and all(c.is_Rational for c in p.all_coeffs()):
        return sorted(sympy.roots(p, multiple=True), key=lambda r: sympy.N(sympy.re(r), 30))
    with mpmath.workdps(40):
        coeffs = [mpmath.mpf(str(sympy.N(c, 40))) for c in p.all_coeffs()]
        try:
            found = mpmath.polyroots(coeffs, maxsteps=200, extraprec=60)
        except mpmath.libmp.NoConvergence:
            return []
    return sorted(sympy.Float(str(mpmath.re(r)), 35) for r in found)
