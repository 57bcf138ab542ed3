"""Train a problem's network and compare with the NTK's prediction.

:func:`train` runs gradient descent on ½ Σ (f − y)² (see
:mod:`symntk.training.descent`) and puts next to it, from the kernel K_0 at
initialisation (:mod:`symntk.training.linearised`):

* f_t on the training points: discrete y + (I − ηK_0)^t (f_0 − y) and
  continuous y + e^{−ηK_0 t} (f_0 − y);
* at test inputs x: f_0(x) + K_0(x, X) K_0⁺ (I − F_t)(y − f_0(X));
* each eigen-direction v_k of K_0: the residual's component v_kᵀ(f_t − y)
  against (1 − ηλ_k)^t v_kᵀ(f_0 − y);
* the kernel drift ‖K_t − K_0‖_F / ‖K_0‖_F.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np

from ..budget import check_exact_budget
from ..errors import InputError
from ..problem import Problem
from . import linearised
from .compiled import as_points, compile_problem, initial_theta
from .descent import Trajectory, descend

MAX_STEPS = 100_000


@dataclass(frozen=True)
class Mode:
    """One eigen-direction of K_0: λ, its per-step factor 1 − ηλ, its e-folding
    time −1/ln|1 − ηλ| (steps; inf for λ = 0), and the residual's component
    at the start, after T steps of gradient descent and as predicted (1 − ηλ)^T r_0."""

    k: int
    value: float
    factor: float
    e_folding: float
    start: float
    trained: float
    predicted: float


@dataclass(frozen=True)
class TrainingRun:
    """Gradient descent and the NTK prediction for one problem (see module docstring)."""

    problem: Problem
    lr: float
    points: np.ndarray
    labels: np.ndarray
    trajectory: Trajectory
    test_points: np.ndarray

    @property
    def steps(self) -> int:
        """T."""
        return self.trajectory.steps

    @property
    def times(self) -> np.ndarray:
        """t = 0..T."""
        return np.arange(self.steps + 1)

    @property
    def K0(self) -> np.ndarray:
        """The empirical NTK at initialisation (equal to the exact K of :func:`symntk.derive`)."""
        return self.trajectory.kernels[0]

    @cached_property
    def spectrum(self) -> linearised.Spectrum:
        """K_0 = V diag(λ) Vᵀ, λ ascending."""
        return linearised.Spectrum.of(self.K0)

    @cached_property
    def linear_discrete(self) -> np.ndarray:
        """y + (I − ηK_0)^t (f_0 − y) for t = 0..T (rows)."""
        return linearised.linear_prediction(self.K0, self.trajectory.outputs[0], self.labels, self.lr,
                                            self.times, discrete=True)

    @cached_property
    def linear_continuous(self) -> np.ndarray:
        """y + e^{−ηK_0 t} (f_0 − y) for t = 0..T (rows)."""
        return linearised.linear_prediction(self.K0, self.trajectory.outputs[0], self.labels, self.lr,
                                            self.times, discrete=False)

    @cached_property
    def drift(self) -> np.ndarray:
        """‖K_t − K_0‖_F / ‖K_0‖_F for t = 0..T."""
        return np.array([linearised.kernel_drift(self.K0, K) for K in self.trajectory.kernels])

    @cached_property
    def mode_residuals(self) -> np.ndarray:
        """Vᵀ (f_t − y): the trained residual in K_0's eigenbasis, one row per t."""
        return linearised.mode_residuals(self.K0, self.trajectory.outputs - self.labels[None, :])

    @cached_property
    def modes(self) -> list[Mode]:
        """One :class:`Mode` per eigenvalue of K_0, ascending (k is 1-based)."""
        out = []
        for k, lam in enumerate(self.spectrum.values):
            factor = 1.0 - self.lr * lam
            e_fold = float("inf") if abs(factor) >= 1 or factor == 0 else -1.0 / np.log(abs(factor))
            r = self.mode_residuals[:, k]
            out.append(Mode(k + 1, float(lam), float(factor), float(e_fold), float(r[0]), float(r[-1]),
                            float(factor ** self.steps * r[0])))
        return out

    @cached_property
    def test_outputs(self) -> dict[str, np.ndarray]:
        """:meth:`predict_at` the test inputs (empty when there are none)."""
        return self.predict_at(self.test_points) if len(self.test_points) else {}

    def predict_at(self, inputs: np.ndarray) -> dict[str, np.ndarray]:
        """At inputs x (shape (m, n_0)) after T steps, flattened point-major: the trained
        network ``trained`` f(x; θ_T), the untrained ``initial`` f(x; θ_0), and the kernel
        predictions f_0(x) + K_0(x, X) K_0⁺ (I − F_T)(y − f_0(X)), ``discrete``
        (F_T = (I − ηK_0)^T) and ``continuous`` (F_T = e^{−ηK_0 T})."""
        model = compile_problem(self.problem)
        theta0, thetaT = self.trajectory.theta[0], self.trajectory.theta[-1]
        f0_test = model.outputs(theta0, inputs)
        K_test = model.kernel(theta0, inputs, self.points)
        args = (self.K0, K_test, self.trajectory.outputs[0], f0_test, self.labels, self.lr, self.steps)
        return {"initial": f0_test, "trained": model.outputs(thetaT, inputs),
                "discrete": linearised.kernel_prediction(*args, discrete=True)[0],
                "continuous": linearised.kernel_prediction(*args, discrete=False)[0]}

    def checkpoints(self, count: int = 8) -> list[int]:
        """About ``count`` steps spread (roughly logarithmically) over 0..T, for tables."""
        if self.steps <= count:
            return list(range(self.steps + 1))
        marks = np.unique(np.round(np.geomspace(1, self.steps, count - 1)).astype(int))
        return [0, *marks.tolist()]


def train(problem: Problem, steps: int = 100, lr: float | None = None, labels=None, test_points=None) -> TrainingRun:
    """Gradient descent θ_{t+1} = θ_t − η Jᵀ(f_t − y) for ``steps`` steps on L = ½ Σ (f − y)²,
    with labels y from the problem file or ``labels`` (one per datapoint: a number, or n_L
    numbers); ``test_points`` (inputs of n_0 numbers) get the kernel prediction
    f_0(x) + K_0(x, X) K_0⁺ (I − F_T)(y − f_0(X)). ``lr`` defaults to η = 1/λ_max(K_0),
    which removes the fastest eigen-direction in one linearised step."""
    if not isinstance(steps, int) or isinstance(steps, bool) or not 0 <= steps <= MAX_STEPS:
        raise InputError("<options>", "--steps", f"a whole number of steps from 0 to {MAX_STEPS}", repr(steps))
    if lr is not None:
        _check_lr(lr)
    y = _labels(problem, labels)
    points = as_points(problem.points)
    tests = np.zeros((0, problem.widths[0])) if test_points is None else _test_points(test_points, problem.widths[0])
    check_exact_budget(problem)  # the compiled gradients come from the symbolic derivation
    model = compile_problem(problem)
    theta0 = initial_theta(problem)
    if lr is None:
        top = float(linearised.Spectrum.of(model.kernel(theta0, points)).values.max())
        if top <= 0:
            raise InputError("<options>", "--lr", "a learning rate (K_0 = 0, so there is no default 1/λ_max)", "none")
        lr = 1.0 / top
    trajectory = descend(model, theta0, points, y, float(lr), steps)
    return TrainingRun(problem, float(lr), points, y, trajectory, tests)


def _check_lr(lr) -> None:
    if isinstance(lr, bool) or not (isinstance(lr, int | float) and np.isfinite(lr) and lr > 0):
        raise InputError("<options>", "--lr", "a positive learning rate η", repr(lr))


def _labels(problem: Problem, labels) -> np.ndarray:
    n_out, n = problem.widths[-1], len(problem.points)
    if labels is None:
        if problem.labels is None:
            raise InputError(problem.source, "data.y", "labels y for training (add y to [data] or pass --labels)",
                             "no labels")
        labels = problem.labels
    rows = [np.atleast_1d(np.asarray(v, dtype=float)).reshape(-1) for v in labels]
    if len(rows) != n or any(r.size != n_out for r in rows):
        raise InputError("<options>", "--labels", f"{n} labels of {n_out} number(s) each, one per datapoint",
                         f"{len(rows)} label(s)")
    return np.concatenate(rows)


def _test_points(points, n0: int) -> np.ndarray:
    arr = np.asarray(points, dtype=float)
    arr = arr.reshape(-1, 1) if n0 == 1 and arr.ndim == 1 else arr
    if arr.ndim != 2 or arr.shape[1] != n0:
        raise InputError("<options>", "--test-points", f"inputs of {n0} number(s) each", f"shape {arr.shape}")
    return arr
