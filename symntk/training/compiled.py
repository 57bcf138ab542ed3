"""The problem's network compiled to NumPy from the engine's own formulas.

``f(x; θ)`` is :attr:`Network.outputs` and ``∂f_o/∂θ_k`` are the symbolic
gradients of :func:`symntk.derivatives.gradients` (backpropagation), both
turned into NumPy functions with ``sympy.lambdify`` — the math is written
once, in the engine; this module only evaluates it at float values.

Arrays are 0-based here: θ is a vector of length P in the notes' θ order,
the outputs on N datapoints are flattened point-major into a vector of
length N·n_L (the row order of J and of the full kernel K = J Jᵀ).
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import sympy

from ..activations import numpy_functions
from ..derivatives import gradients
from ..network import Network, network_for
from ..problem import Problem


class CompiledNetwork:
    """Float evaluation of f and of the Jacobian J = ∂f/∂θ of one network structure."""

    def __init__(self, net: Network):
        self.net = net
        args = [*net.parameters(), *net.x]
        modules = [numpy_functions(), "numpy"]
        self._f = sympy.lambdify(args, list(net.outputs), modules=modules, cse=True)
        rows = [[g.expr for g in row] for row in gradients(net)]
        self._grad = sympy.lambdify(args, rows, modules=modules, cse=True)

    @property
    def parameter_count(self) -> int:
        """P, the length of θ."""
        return self.net.parameter_count

    def outputs(self, theta: np.ndarray, points: np.ndarray) -> np.ndarray:
        """f(x_i; θ) for every point, flattened point-major (length N·n_L)."""
        return np.array([self._f(*theta, *x) for x in points], dtype=float).reshape(-1)

    def jacobian(self, theta: np.ndarray, points: np.ndarray) -> np.ndarray:
        """J[(i, o), k] = ∂f_o(x_i)/∂θ_k at θ: shape (N·n_L, P), rows point-major."""
        return np.vstack([np.array(self._grad(*theta, *x), dtype=float) for x in points])

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
