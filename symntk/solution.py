"""The exact pipeline in one object: problem → network → derivatives → kernel.

``derive(problem)`` returns a :class:`Solution` whose quantities are computed
on first use and kept; the symbolic part comes from the per-structure cached
:class:`~symntk.network.Network`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import mpmath
import sympy

from . import derivatives, kernel
from .budget import _TRANSCENDENTAL as TRANSCENDENTAL
from .budget import Budget, check_exact_budget
from .network import Network, network_for
from .problem import Problem


@dataclass
class Solution:
    """Everything the notes compute, exactly, for one problem.

    ``kernel_mode`` is ``full`` (the (N·n_L)² block kernel, point-major),
    ``output`` (J_o J_oᵀ for ``kernel_output`` o) or ``trace``."""

    problem: Problem
    kernel_mode: str = "full"
    kernel_output: int | None = None
    budget: Budget | None = None

    def __post_init__(self):
        if self.budget is None:
            self.budget = Budget(self.problem)

    @cached_property
    def network(self) -> Network:
        """The symbolic network of the problem's structure (cached per structure)."""
        return network_for(*self.problem.structure)

    @cached_property
    def values(self) -> dict[sympy.Symbol, sympy.Expr]:
        """θ_k → its exact value."""
        return self.network.values(self.problem.weights, self.problem.biases)

    @cached_property
    def gradients(self) -> list[list[derivatives.Gradient]]:
        """[o][k]: ∂f_o/∂θ_{k+1} symbolically, with its chain-rule factors."""
        with self.budget.stage():
            return derivatives.gradients(self.network, self.budget)

    @cached_property
    def jacobian(self) -> sympy.Matrix:
        """J: rows (x_i, output o) point-major, columns θ_k; exact values."""
        with self.budget.stage():
            return derivatives.jacobian(self.network, self.problem.weights, self.problem.biases,
                                        self.problem.points, self.budget)

    @cached_property
    def kernel(self) -> sympy.Matrix:
        """K = J Jᵀ (or the per-output / trace kernel, see ``kernel_mode``)."""
        J = self.jacobian
        with self.budget.stage():
            return kernel.kernel_matrix(J, self.network.widths[-1], self.kernel_mode, self.kernel_output)

    @cached_property
    def exact_is_readable(self) -> bool:
        """Whether J's and K's exact values are small enough to show a person;
        derivations show 6-digit decimals otherwise (JSON keeps them exact)."""
        return kernel.is_small(self.jacobian) and kernel.is_small(self.kernel)

    @property
    def nested(self) -> bool:
        """Whether the exact values nest transcendental functions (tanh, σ, softplus of sums
        of them: a network deeper than two layers with such an activation). Their exact
        forms are never short, so the numbers shown come from the numeric path alone."""
        return self.network.depth > 2 and any(a in TRANSCENDENTAL for a in self.problem.activations)

    @cached_property
    def jacobian_numeric(self) -> sympy.Matrix:
        """J to 60 digits: the exact J converted when it is rational (relu, polynomial nets), else
        the same formulas run on 60-digit Floats (fast even when the exact values are deeply nested)."""
        prec = kernel.DIGITS + 10
        if not self.nested and kernel.is_rational(self.jacobian):  # relu and polynomial nets: already exact numbers
            return self.jacobian.applyfunc(lambda v: sympy.Float(v, prec))
        weights = [w.applyfunc(lambda v: sympy.Float(v, prec)) for w in self.problem.weights]
        biases = [b.applyfunc(lambda v: sympy.Float(v, prec)) for b in self.problem.biases]
        points = [[sympy.Float(c, prec) for c in p] for p in self.problem.points]
        J = derivatives.jacobian(self.network, weights, biases, points)
        return J.applyfunc(lambda v: sympy.N(v, prec))

    @cached_property
    def kernel_numeric(self) -> mpmath.matrix:
        """K to 60 digits, from :attr:`jacobian_numeric` (or exactly from a rational K)."""
        if not self.nested and kernel.is_rational(self.kernel):
            return kernel.numeric(self.kernel)
        prec = kernel.DIGITS + 10
        K = kernel.kernel_matrix(self.jacobian_numeric, self.network.widths[-1], self.kernel_mode,
                                 self.kernel_output)
        with mpmath.workdps(prec):
            return mpmath.matrix([[mpmath.mpf(str(sympy.N(v, prec))) for v in row] for row in K.tolist()])

    @cached_property
    def characteristic_polynomial(self) -> sympy.Expr:
        """det(K − λI), expanded in λ = :data:`symntk.kernel.LAMBDA`: exact when K's
        entries are small, else with 15-digit coefficients from the eigenvalues."""
        if not self.nested and kernel.is_small(self.kernel):
            with self.budget.stage():
                return kernel.characteristic_polynomial(self.kernel)
        return kernel.numeric_characteristic_polynomial(self.eigenvalues)

    @cached_property
    def eigenvalues(self) -> list[kernel.Eigenvalue]:
        """Eigenvalues of K, ascending, exact where possible, with eigenvectors."""
        if self.nested:
            return kernel.numeric_eigenvalues(self.kernel_numeric)
        K, K_numeric = self.kernel, self.kernel_numeric
        with self.budget.stage():
            return kernel.eigenvalues(K, K_numeric)

    @cached_property
    def positive_semidefinite(self) -> bool:
        """Whether K is positive semidefinite (it must be: K = J Jᵀ)."""
        K = sympy.Matrix(self.kernel_numeric.tolist()) if self.nested else self.kernel
        return kernel.is_positive_semidefinite(K, self.eigenvalues, self.kernel_numeric)

    @property
    def kernel_labels(self) -> list[tuple[int, int | None]]:
        """For each row of K: (datapoint i, output o or None), 1-based."""
        n_out = self.network.widths[-1]
        if self.kernel_mode == "full" and n_out > 1:
            return [(i, o) for i in range(1, len(self.problem.points) + 1) for o in range(1, n_out + 1)]
        return [(i, None) for i in range(1, len(self.problem.points) + 1)]


def derive(problem: Problem, kernel_mode: str = "full", output: int | None = None) -> Solution:
    """The exact solution of a problem; refuses (``TooLargeError``) problems whose
    symbolic work would take more than about 30 s, naming the numeric path."""
    if kernel_mode not in kernel.KERNEL_MODES:
        raise ValueError(f"kernel_mode must be one of {kernel.KERNEL_MODES}")
    check_exact_budget(problem)
    return Solution(problem, kernel_mode, output)
