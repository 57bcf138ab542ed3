"""Gradient descent on the squared loss, by the engine's own gradients.

    L(θ) = ½ Σ_i Σ_o (f_o(x_i; θ) − y_{i,o})²,     ∇_θ L = Jᵀ (f − y),
    θ_{t+1} = θ_t − η Jᵀ(θ_t) (f(θ_t) − y).

:func:`descend` runs it in floats (compiled from the symbolic network);
:func:`descend_exact` runs the same step with exact rationals through
:meth:`Network.forward` and :func:`symntk.derivatives.jacobian`, for short
runs whose numbers stay small.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import sympy

from ..derivatives import jacobian as exact_jacobian
from ..errors import InputError
from ..network import network_for
from ..problem import Problem
from .compiled import CompiledNetwork


@dataclass(frozen=True)
class Trajectory:
    """One gradient-descent run: row t of each array is after t steps (t = 0..T).

    ``theta`` (T+1, P); ``outputs`` f_t on the training points (T+1, N·n_L),
    point-major; ``loss`` ½‖f_t − y‖² (T+1,); ``kernels`` K_t = J_t J_tᵀ (T+1, M, M)."""

    theta: np.ndarray
    outputs: np.ndarray
    loss: np.ndarray
    kernels: np.ndarray

    @property
    def steps(self) -> int:
        """T, the number of steps taken."""
        return len(self.loss) - 1


def descend(model: CompiledNetwork, theta0: np.ndarray, points: np.ndarray, y: np.ndarray, lr: float,
            steps: int) -> Trajectory:
    """T steps of θ_{t+1} = θ_t − η J_tᵀ (f_t − y) in float64, recording f_t, L_t and K_t."""
    theta = np.array(theta0, dtype=float)
    thetas, outs, losses, kernels = [], [], [], []
    for t in range(steps + 1):
        with np.errstate(all="ignore"):
            f = model.outputs(theta, points)
            J = model.jacobian(theta, points)
            residual = f - y
            K = J @ J.T
        thetas.append(theta.copy())
        outs.append(f)
        losses.append(0.5 * float(residual @ residual))
        kernels.append(K)
        if not (np.all(np.isfinite(f)) and np.all(np.isfinite(K))):
            raise InputError("<options>", "--lr", "a learning rate small enough for gradient descent to stay finite",
                             f"{lr} diverged at step {t}")
        if t < steps:
            theta = theta - lr * (J.T @ residual)
    return Trajectory(np.array(thetas), np.array(outs), np.array(losses), np.array(kernels))


def descend_exact(problem: Problem, y: list[sympy.Rational], lr: sympy.Rational, steps: int) -> list[sympy.Matrix]:
    """Exact θ_t (t = 0..T) as column matrices: θ_{t+1} = θ_t − η Jᵀ (f − y) in rationals."""
    net = network_for(*problem.structure)
    theta = sympy.Matrix([net.values(problem.weights, problem.biases)[s] for s in net.parameters()])
    target = sympy.Matrix(y)
    out = [theta]
    for _ in range(steps):
        weights, biases = _unpack(net, theta)
        f = sympy.Matrix([v for p in problem.points for v in net.forward(p, weights, biases).z[-1]])
        J = exact_jacobian(net, weights, biases, problem.points)
        theta = (theta - lr * J.T * (f - target)).applyfunc(sympy.expand)
        out.append(theta)
    return out


def _unpack(net, theta: sympy.Matrix) -> tuple[list, list]:
    """W^{[l]}, b^{[l]} matrices from θ in the notes' order (1-based entries → 0-based arrays)."""
    weights = [sympy.zeros(net.widths[l], net.widths[l - 1]) for l in range(1, net.depth + 1)]
    biases = [sympy.zeros(net.widths[l], 1) for l in range(1, net.depth + 1)]
    for entry, value in zip(net.theta, theta):
        target = weights if entry.kind == "W" else biases
        target[entry.layer - 1][entry.array_index] = value
    return weights, biases
