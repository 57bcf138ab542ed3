"""The exercise's true values and the learner's own values (what their earlier claims give, for carry-forward).

Truth comes from the exact engine (:class:`symntk.solution.Solution`). The learner's own value of a quantity is
computed from the most recent of their own claims it depends on, the true value standing in where they claimed
nothing: ∂f(x_i)/∂θ_k from their per-point values, gradient vectors, J, symbolic derivatives or expansion (or the
factors of a term-by-term kernel sum), evaluated with their own forward values (z, a at x_i) and parameter values;
the kernel-level own values (K_{ij}, K, det(K − λI), the eigenvalues) are in :mod:`symntk.check.own_kernel`.
"""

from __future__ import annotations

import itertools

import sympy

from ..kernel import characteristic_polynomial, eigenvalues, kernel_matrix
from ..solution import Solution
from .activation_values import newest, own_derivative_with_values
from .compare import as_compared
from .decimal_digits import near
from .meaning import Scope
from .own_forward import has_own_units, own_formula, with_own_units

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
        self._compared: dict = {}   # out → the eigenvalues as compared (compared_eigen)
        self._dets: dict = {}
        self._memo: dict = {}          # values derived from the learner's claims, until they claim something new
        self.last_mistake: tuple[int | None, str, str] = (None, "", "")
        self.current_point: int | None = None
        self.current_point_line: int | None = None   # the line where the notes named that datapoint
        self.label_point: int | None = None   # the datapoint a prose label heads the current block with
        self.per_output = False   # the notes say they compute each output's kernel
        self.pair_first: str | None = None   # the member of a (datapoint, output) pair the notes write first
        self.pair_rows: str | None = None    # "output" when the notes list K's rows output-major
        self.entry_nodes: dict = {}   # (out, r, c) → the member the learner last wrote K_{rc} as (kernel_mirror.py)
        self.wrong_numbers: dict = {}   # a decimal judged wrong → the true value it stood for (wrong_numbers.py)
        self.line_decimals: dict = {}   # (line, target) → (member, value) of the last decimal written there
        self.line = 0                      # the line of the claim being judged
        self.put_in_lines: set[int] = set()   # lines whose words say the given values are put in (put_in.py)
        self.one_unit_lines: set[int] = set()   # lines whose words single out one hidden unit (one_unit_words.py)
        self.active_lines: set[int] = set()   # lines whose formulas are for a unit that is on (active_words.py)
        self.eigen_order: str | None = None   # "down": the learner numbers eigenvalues from the largest
        self.eigen_defaults: dict = {}   # λ_k → the true eigenvalue name_eigenvalues gave it
        self.tentative_drops: list = []   # judgements of tentative "it drops out" sentences (dropped_parameters.py)

    @property
    def read_kernel(self) -> int | None:
        """The kernel read so far: o for output o's, None for the full kernel (or when none was read yet)."""
        return self.reading if self.reading != "unset" else None

    def eigen_values(self, out: int | None) -> list[sympy.Expr]:
        """The true eigenvalues (ascending) as compared: exact when the closed form is algebraic, else decimal."""
        return [e.exact if e.exact is not None and not e.exact.atoms(sympy.Function) else e.value
                for e in self.eigen(out)]

    def name_eigenvalues(self) -> None:
        """λ_1, λ_2, … (in the learner's order, see :mod:`symntk.check.eigen_order`), λ_min and λ_max name the
        eigenvalues until the learner gives them values of their own."""
        from .eigen_order import name_eigenvalues

        name_eigenvalues(self)

    # ---- truth ---------------------------------------------------------------------------------------
    def at_values(self, expr: sympy.Expr) -> sympy.Expr:
        """``expr`` with every parameter replaced by its value (x stays)."""
        return sympy.expand(expr.xreplace(self.solution.values)) if expr.free_symbols else expr

    def at_point(self, expr: sympy.Expr, i: int) -> sympy.Expr:
        """``expr`` at the parameter values and datapoint i."""
        point = dict(zip(self.net.x, self.solution.problem.points[i - 1]))
        return sympy.expand(self.at_values(expr).xreplace(point))

    def at_input(self, expr: sympy.Expr, i: int) -> sympy.Expr:
        """``expr`` at datapoint i, its parameters kept by name (``W^{[2]}_{11} x_1``)."""
        return sympy.expand(expr.xreplace(dict(zip(self.net.x, self.solution.problem.points[i - 1]))))

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
            if all(agrees(n, c, t) or (not names_parameters(n) and agrees(n, self.at_values(c), self.at_values(t)))
                   for n, c, t in zip(nodes, claimed, true)):   # letters kept in some entries, values in others
                return True
            return self._letters_at_a_point(nodes, claimed, true)
        valued = [self.at_values(t) for t in true]
        if all(agrees(n, self.at_values(c), t) for n, c, t in zip(nodes, claimed, valued)):
            return True
        xs = set(self.net.x)
        if any(c.free_symbols & xs for c in claimed):
            return False
        return any(all(agrees(n, c, self.at_point(t, i)) for n, c, t in zip(nodes, claimed, true))
                   for i in range(1, self.N + 1))

    def _letters_at_a_point(self, nodes, claimed: list, true: list) -> bool:
        """``Datapoint x_1 = 1: z_1 = w_1 \\cdot 1 + b_1``: the parameters kept by name and the datapoint's input put
        in for x; true when every entry is the truth at the datapoint the notes are at (the parameters still letters,
        or, in an entry without them, their values put in too)."""
        from .decide import names_parameters
        from .values import agrees

        xs, i = set(self.net.x), self.current_point
        if i is None or not 1 <= i <= self.N or any(c.free_symbols & xs for c in claimed) or \
                not any(t.free_symbols & xs for t in true):
            return False   # at no datapoint named: W_{11} + b_1 for W_{11} x + b_1 is x forgotten, even if x_1 = 1
        at = [self.at_input(t, i) for t in true]
        return all(agrees(n, c, t) or (not names_parameters(n) and agrees(n, self.at_values(c), self.at_values(t)))
                   for n, c, t in zip(nodes, claimed, at))

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

    def compared_eigen(self, out: int | None) -> list[sympy.Expr]:
        """The true eigenvalues of :meth:`eigen` as claims are compared with them (as_compared), worked out once."""
        if out not in self._compared:
            self._compared[out] = [e.value if e.exact is None else as_compared(e.exact) for e in self.eigen(out)]
        return self._compared[out]

    def det(self, out: int | None, exact: bool = False) -> sympy.Expr:
        """det K of the true kernel read (expanded): as compared (:func:`~symntk.check.compare.as_compared`: a
        sigmoid kernel's det as a decimal, like its eigenvalues), or exact when ``exact`` is asked for."""
        if out not in self._dets:
            found = sympy.expand(self.kernel(out).det(method="berkowitz"))
            self._dets[out] = (found, as_compared(found))
        return self._dets[out][0 if exact else 1]

    def charpoly(self, out: int | None) -> sympy.Expr:
        """det(K − λI) of the true kernel read."""
        return characteristic_polynomial(self.kernel(out))

    # ---- the learner's own values ------------------------------------------------------------------
    def record(self, key: tuple, value, line: int, approximation: bool = False) -> None:
        """Remember a value the learner claimed (the newest one wins); an approximation of a value already
        claimed in the same chain (``= 5 − 4t ≈ 1.9536``) is not remembered over it, unless it is not that value
        to its last digit (``σ(−1) ≈ 0.7311``: the learner goes on with the number they wrote)."""
        if approximation and key in self.own and self.own[key][-1][2] == line and \
                near(value, self.own[key][-1][1]):
            return
        self.own.setdefault(key, []).append((next(_SEQ), value, line))
        self._memo.clear()

    def latest(self, *keys: tuple):
        """The newest of the learner's values under any of ``keys``: (seq, value, line) or None."""
        found = [entry for key in keys for entry in self.own.get(key, ())]
        return max(found, key=lambda e: e[0]) if found else None

    def own_at_point(self, expr: sympy.Expr, i: int) -> sympy.Expr:
        """A formula of the learner's at x_i, with their own forward values (z, a at x_i) and parameter values."""
        return self.at_point_own(with_own_units(self, expr, i), i)

    def own_theta(self) -> list | None:
        """The parameters in the learner's own θ (by name), when they listed them."""
        entry = self.latest(("theta",))
        if entry is None or not all(isinstance(v, sympy.Symbol) for v in entry[1]):
            return None
        return entry[1]

    def own_derivative_at(self, o: int, k: int, i: int, exact: bool = False) -> sympy.Expr:
        """The learner's ∂f_o(x_i)/∂θ_k (see the module doc); 0 for a parameter their θ leaves out. ``exact``:
        from their formulas and rules only, not from the numbers they wrote at the datapoints."""
        mine = self.own_theta()
        symbol = self.net.theta[k - 1].symbol
        position = k
        if mine is not None and len(mine) != self.P:
            if symbol not in mine:
                return sympy.S.Zero
            position = mine.index(symbol) + 1
        point = None if exact else i

        def at(v):
            return self.at_point_own(with_own_units(self, v, point), i)

        sources = [(("dsym", o, k), at),
                   (("gsym", o), lambda v: at(v[position - 1]) if len(v) >= position else None),
                   (("expansion", o), lambda v: at(sympy.diff(v, symbol)))]
        if not exact:
            sources += [(("dval", o, k, i), lambda v: v),
                        (("gval", o, i), lambda v: _entry(v, k, position, self.P, mine)),
                        (("jac",), lambda v: v[self.jacobian_row(i, o), k - 1]
                         if v.shape == (self.N * self.n_out, self.P) else None),
                        (("implied", o, k, i), lambda v: v)]
        candidates = []
        seq = None if exact else newest(self)
        if seq is not None:   # σ′(−1) ≈ −0.1966: their numbers for φ′, φ at a unit's value here
            value = own_derivative_with_values(self, o, k, i, at)
            if value is not None:
                candidates.append((seq, value))
        for key, pick in sources:
            entry = self.latest(key)
            if entry is not None:
                value = pick(entry[1])
                if value is not None and not value.free_symbols:
                    candidates.append((entry[0], value))
        if candidates:
            return max(candidates, key=lambda c: c[0])[1]
        rule = own_formula(self, o, k)
        if rule is not None or has_own_units(self, point) or any(key[0] in ("param", "theta_values")
                                                                 for key in self.own):
            return at(rule if rule is not None else self.derivative(o, k))
        return self.solution.jacobian[self.jacobian_row(i, o), k - 1]

    def own_row(self, i: int, o: int, exact: bool = False) -> list[sympy.Expr]:
        """The learner's gradient of f_o at x_i (``exact``: see :meth:`own_derivative_at`)."""
        return list(self.memo(("row", i, o, exact), lambda: [self.own_derivative_at(o, k, i, exact)
                                                              for k in range(1, self.P + 1)]))

    def memo(self, key: tuple, compute):
        """``compute()``, remembered until the learner claims something new."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]


def _entry(vector: list, k: int, position: int, P: int, mine: list | None):
    """Entry k of a learner's gradient: by θ's order when it has P entries, else by the order of their own θ; a
    shorter one (by one or two) in the order of their own θ or of θ, the entries it leaves out at the end 0
    (dropping the same entry from every gradient, their kernel sums are the sums of the entries they wrote)."""
    if len(vector) == P:
        return vector[k - 1]
    if mine is not None and len(vector) == len(mine):
        return vector[position - 1]
    if mine is not None and len(mine) - 2 <= len(vector) < len(mine):   # their θ's last entries left out
        return vector[position - 1] if position <= len(vector) else sympy.S.Zero
    if mine is None and P - 2 <= len(vector) < P:
        return vector[k - 1] if k <= len(vector) else sympy.S.Zero
    return None

