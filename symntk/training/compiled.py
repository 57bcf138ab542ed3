"""The problem's network compiled to NumPy from the engine's own formulas.

``f(x; θ)`` is :attr:`Network.outputs` and ``∂f_o/∂θ_k = δ · c · a`` are the
chain-rule factors of the engine's symbolic backprop
(:func:`symntk.derivatives.backprop` / :func:`~symntk.derivatives.chain_factors`,
left as products, not multiplied out), both turned into NumPy functions with
``sympy.lambdify`` and common-subexpression elimination — the math is written
once, in the engine; this module only evaluates it, for all datapoints at once.

Arrays are 0-based here: θ is a vector of length P in the notes' θ order,
the outputs on N datapoints are flattened point-major into a vector of
length N·n_L (the row order of J and of the full kernel K = J Jᵀ).
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import sympy

from ..activations import numpy_functions
from ..derivatives import backprop, chain_factors
from ..network import Network, network_for
from ..problem import Problem


class CompiledNetwork:
    """Float evaluation of f and of the Jacobian J = ∂f/∂θ of one network structure."""

    def __init__(self, net: Network):
        self.net = net
        args = [*net.parameters(), *net.x]
        modules = [numpy_functions(), "numpy"]
        self._f = sympy.lambdify(args, list(net.outputs), modules=modules, cse=True)
        fp = net.forward()
        factors = [d * c * a for o in range(1, net.widths[-1] + 1)
                   for d, c, a in chain_factors(net, fp, backprop(net, fp, o))]
        self._grad = sympy.lambdify(args, factors, modules=modules, cse=True)

    @property
    def parameter_count(self) -> int:
        """P, the length of θ."""
        return self.net.parameter_count

    def _evaluate(self, fn, theta: np.ndarray, points: np.ndarray, rows: int) -> np.ndarray:
        """fn at θ for every point at once: shape (rows, N) (constants broadcast)."""
        out = np.empty((rows, len(points)))
        for r, value in enumerate(fn(*theta, *points.T)):
            out[r] = value
        return out

    def outputs(self, theta: np.ndarray, points: np.ndarray) -> np.ndarray:
        """f(x_i; θ) for every point, flattened point-major (length N·n_L)."""
        return self._evaluate(self._f, theta, points, self.net.widths[-1]).T.reshape(-1)

    def jacobian(self, theta: np.ndarray, points: np.ndarray) -> np.ndarray:
        """J[(i, o), k] = ∂f_o(x_i)/∂θ_k at θ: shape (N·n_L, P), rows point-major."""
        n_out, P = self.net.widths[-1], self.parameter_count
        values = self._evaluate(self._grad, theta, points, n_out * P).reshape(n_out, P, len(points))
        return values.transpose(2, 0, 1).reshape(len(points) * n_out, P)

    def kernel(self, theta: np.ndarray, points: np.ndarray, other: np.ndarray | None = None) -> np.ndarray:
        """The empirical NTK K(X, X') = J(X) J(X')ᵀ at θ (X' = X when ``other`` is None)."""
        J = self.jacobian(theta, points)
        return J @ (J if other is None else self.jacobian(theta, other)).T


@lru_cache(maxsize=16)
def _compiled(structure: tuple) -> CompiledNetwork:
    return CompiledNetwork(network_for(*structure))


def compile_problem(problem: Problem) -> CompiledNetwork:
    """The (cached per network structure) compiled network of a problem."""
    return _compiled(problem.structure)


def initial_theta(problem: Problem) -> np.ndarray:
    """θ_0 as floats, in the notes' θ order, from the problem's exact values."""
    net = network_for(*problem.structure)
    values = net.values(problem.weights, problem.biases)
    return np.array([float(values[s]) for s in net.parameters()], dtype=float)


def as_points(points) -> np.ndarray:
    """Datapoints (tuples of n_0 numbers) as a float array of shape (N, n_0)."""
    return np.array([[float(c) for c in p] for p in points], dtype=float).reshape(len(points), -1)
