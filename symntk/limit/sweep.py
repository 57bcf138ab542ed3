"""The sweep: the empirical NTK of random finite networks approaching the infinite-width Θ.

For each hidden width n, S networks of the problem's depth and activations
(NTK parameterization with the problem's σ_w, σ_b; every W, b entry ~ N(0, 1),
seeds 0..S−1) give their empirical kernel K on the problem's datapoints
(:func:`symntk.make_kernel_fn`; the trace kernel (1/n_L) Σ_o K_o when there
are several outputs), compared with Θ (:func:`make_limit_kernel_fn`):

    e = ‖K − Θ‖_F / ‖Θ‖_F,      its mean and standard deviation over the seeds,
    slope = the least-squares slope of log(mean e) against log n   (theory: −1/2).

The lazy regime: each network is also trained by T steps of full-batch
gradient descent on L = ½ Σ_i ‖f(x_i) − y_i‖² (the problem's labels, or
y = 0 without them) with learning rate η = 1/λ_max(Θ) (below the stability
bound 2/λ_max), and the drift ‖K_T − K_0‖_F / ‖K_0‖_F shrinks with the width
(like 1/√n: Jacot et al. 2018, Lee et al. 2019).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..errors import InputError, describe
from ..numeric import init_params, make_kernel_fn
from ..numeric.api import problem_points
from ..numeric.compile import layer_functions
from .kernel import make_limit_kernel_fn

MAX_SEEDS = 1000
MAX_WORK = 1e12  # multiply-adds of a whole sweep: minutes on two cores
TRAIN_STEPS = 100


@dataclass(frozen=True)
class SweepResult:
    """Per width: the relative errors' mean and std, the drift's mean and std; the fitted slope; Θ."""

    widths: tuple[int, ...]
    relative_error_mean: tuple[float, ...]
    relative_error_std: tuple[float, ...]
    slope: float
    drift_mean: tuple[float, ...]
    drift_std: tuple[float, ...]
    seeds: int
    steps: int
    learning_rate: float
    theta: np.ndarray

    def to_dict(self) -> dict:
        """The JSON form: widths, relative_error_mean/std, slope, drift_mean/std and the run's settings."""
        return {"widths": list(self.widths), "relative_error_mean": list(self.relative_error_mean),
                "relative_error_std": list(self.relative_error_std), "slope": self.slope,
                "drift_mean": list(self.drift_mean), "drift_std": list(self.drift_std), "seeds": self.seeds,
                "steps": self.steps, "learning_rate": self.learning_rate, "theta": self.theta.tolist()}


def parse_widths(text: str, source: str = "<options>", field: str = "--widths") -> tuple[int, ...]:
    """``"16,64,256"`` → (16, 64, 256): at least two distinct positive widths up to 100 000."""
    from ..problem import MAX_WIDTH

    try:
        values = tuple(int(v) for v in str(text).split(","))
    except ValueError:
        raise InputError(source, field, "comma-separated positive integers like 16,64,256", describe(text)) from None
    if len(set(values)) < 2 or any(not 1 <= v <= MAX_WIDTH for v in values):
        raise InputError(source, field, f"at least two different widths from 1 to {MAX_WIDTH}", describe(text))
    return tuple(sorted(set(values)))


def sweep(problem, widths=(16, 64, 256, 1024), seeds: int = 5, steps: int = TRAIN_STEPS,
          learning_rate: float | None = None) -> SweepResult:
    """Run the sweep (see module doc) on a problem's depth, activations, σ_w, σ_b and datapoints."""
    if isinstance(seeds, bool) or not isinstance(seeds, int) or not 1 <= seeds <= MAX_SEEDS:
        raise InputError("<options>", "--seeds", f"an integer from 1 to {MAX_SEEDS}", describe(seeds))
    if isinstance(steps, bool) or not isinstance(steps, int) or not 0 <= steps <= 100_000:
        raise InputError("<options>", "--steps", "an integer from 0 to 100000", describe(steps))
    if problem.depth < 2:
        raise InputError(problem.source, "network.widths", "a network with at least one hidden layer",
                         "no hidden layer (its kernel does not depend on a width)")
    X = problem_points(problem)
    _check_size(problem, widths, seeds, steps, X.shape[0])
    sw, sb = float(problem.sigma_w), float(problem.sigma_b)
    theta = make_limit_kernel_fn(problem.depth, list(problem.activations), sw, sb)(X)
    top = float(np.linalg.eigvalsh(theta)[-1])
    eta = 1.0 / top if learning_rate is None else float(learning_rate)
    if not (math.isfinite(eta) and eta > 0):
        raise InputError("<options>", "--lr", "a positive learning rate", describe(learning_rate))
    n_out = problem.widths[-1]
    Y = np.zeros((X.shape[0], n_out)) if problem.labels is None else \
        np.array([[float(v) for v in y] for y in problem.labels])
    means, stds, drift_means, drift_stds = [], [], [], []
    for n in widths:
        arch = [problem.widths[0]] + [n] * (problem.depth - 1) + [n_out]
        errors, drifts = [], []
        for seed in range(seeds):
            params = init_params(arch, seed, "ntk")
            K0 = _kernel(arch, problem.activations, params, X, sw, sb)
            errors.append(np.linalg.norm(K0 - theta) / np.linalg.norm(theta))
            trained = train(arch, problem.activations, params, X, Y, sw, sb, eta, steps)
            KT = _kernel(arch, problem.activations, trained, X, sw, sb)
            drifts.append(np.linalg.norm(KT - K0) / np.linalg.norm(K0))
        means.append(float(np.mean(errors)))
        stds.append(float(np.std(errors)))
        drift_means.append(float(np.mean(drifts)))
        drift_stds.append(float(np.std(drifts)))
    slope = float(np.polyfit(np.log(widths), np.log(means), 1)[0])
    return SweepResult(tuple(widths), tuple(means), tuple(stds), slope, tuple(drift_means), tuple(drift_stds),
                       seeds, steps, eta, theta)


def _check_size(problem, widths, seeds: int, steps: int, points: int) -> None:
    """Refuse up front what no deadline should have to stop: a width whose network has more
    than :data:`MAX_PARAMETERS` parameters P = Σ_l n_l (n_{l−1} + 1), or a sweep whose work
    Σ_width seeds · (steps + 2) · 6 P N (forward and backward passes on N points) is over
    :data:`MAX_WORK`."""
    from ..problem import MAX_PARAMETERS

    work = 0.0
    for n in widths:
        arch = [problem.widths[0]] + [n] * (problem.depth - 1) + [problem.widths[-1]]
        count = sum(arch[l] * (arch[l - 1] + 1) for l in range(1, len(arch)))
        if count > MAX_PARAMETERS:
            raise InputError("<options>", "--widths", f"widths whose networks have at most {MAX_PARAMETERS:,} "
                             "parameters", f"width {n}: {count:,} parameters")
        work += seeds * (steps + 2) * 6.0 * count * points
    if work > MAX_WORK:
        raise InputError("<options>", "--widths, --seeds, --steps",
                         f"a sweep of at most {MAX_WORK:.0e} multiply-adds (lower the widths, seeds or steps)",
                         f"about {work:.1e}")


def _kernel(arch, activations, params, X, sw, sb) -> np.ndarray:
    mode = "trace" if arch[-1] > 1 else "full"
    kfn = make_kernel_fn(arch, list(activations), params, parameterization="ntk", kernel_mode=mode,
                         sigma_w=sw, sigma_b=sb, progress=False)
    return kfn(X)


def train(arch, activations, params, X, Y, sw, sb, eta, steps) -> list:
    """``steps`` of full-batch gradient descent θ ← θ − η ∇L, L = ½ Σ_i ‖f(x_i) − y_i‖², by backpropagation:
    δ_L = f − y, ∂L/∂W_l = c_l δ_lᵀ A_{l−1}, ∂L/∂b_l = σ_b Σ_i δ_l, δ_{l−1} = (c_l δ_l W_l) ⊙ φ′(Z_{l−1})."""
    L = len(arch) - 1
    scales = [sw / math.sqrt(arch[l - 1]) for l in range(1, L + 1)]
    fns = [layer_functions(a) for a in activations]
    Ws = [W.copy() for W, _ in params]
    bs = [b.reshape(-1).copy() for _, b in params]
    for _ in range(steps):
        A, Z, slopes = [X], [], []
        for l in range(L):
            z = scales[l] * A[-1] @ Ws[l].T + sb * bs[l]
            Z.append(z)
            if l < L - 1:
                fn = fns[l]
                a = z if fn.linear else fn.phi(z)
                slopes.append(1.0 if fn.linear else (fn.slope_constant if fn.slope_constant is not None
                                                     else fn.slope(z, a)))
                A.append(a)
        delta = Z[-1] - Y
        for l in range(L - 1, -1, -1):
            gW = scales[l] * delta.T @ A[l]
            gb = sb * delta.sum(axis=0)
            if l > 0:
                delta = (scales[l] * delta @ Ws[l]) * slopes[l - 1]
            Ws[l] -= eta * gW
            bs[l] -= eta * gb
    return [(W, b.reshape(-1, 1)) for W, b in zip(Ws, bs)]
