"""The numeric NTK's public functions.

    K_{(i,o),(j,o')} = Σ_k ∂f_o(x_i)/∂θ_k · ∂f_{o'}(x_j)/∂θ_k

computed in float64 from the compiled symbolic derivation, by one of two paths:
``per-parameter`` (J from the lambdified gradients, K = J Jᵀ; small networks) or
``structured`` (K = Σ_l (Δ_l Δ_lᵀ) ⊙ (c_l² A_{l-1} A_{l-1}ᵀ + 1); never forms J).
``method="auto"`` takes the cheaper one, or for networks with only identity
activations the ``linear`` path (K = X̃ M X̃ᵀ with X̃ = [X, 1], rank n_0 + 1;
:mod:`.linear`) when that is cheaper still.
"""

from __future__ import annotations

import numpy as np

from ..errors import InputError, TooLargeError, describe
from . import inputs
from .blocking import evaluate, parse_memory
from .linear import Linear
from .perparam import PerParameter
from .structured import Structured

METHODS = ("auto", "structured", "per-parameter")
PER_PARAMETER_AUTO = 64     # auto derives and compiles the gradients of at most this many parameters
PER_PARAMETER_MAX = 2000    # nor does an explicit method="per-parameter" beyond this
LINEAR_MAX_INPUT = 256      # auto takes the linear path of identity networks up to this n_0


def parameter_count(widths) -> int:
    """P = Σ_l (n_l·n_{l-1} + n_l·1)."""
    return sum(widths[l] * (widths[l - 1] + 1) for l in range(1, len(widths)))


def _costs(widths, kernel_mode) -> tuple[float, float]:
    """Multiply-adds per pair of points of each path, for the Gram products
    (plus 3 elementwise passes per layer for the structured one).

    per-parameter: one product of rank P over (point, output) rows;
    structured: per layer a rank n_{l-1}+1 product H_l and, below the output
    layer, a rank n_l product of the Δ_l rows."""
    no, L = widths[-1], len(widths) - 1
    rows = {"full": no * no, "output": 1, "trace": 1}[kernel_mode]   # entries per pair of points
    width = {"full": 1, "output": 1, "trace": no}[kernel_mode]       # outputs stacked in one row
    per_parameter = parameter_count(widths) * rows * width
    structured = sum(widths[l - 1] + 1 + 3 * rows for l in range(1, L + 1))
    structured += sum(widths[l] * rows * width for l in range(1, L))
    return per_parameter, structured


def choose_method(widths, activations, parameterization, kernel_mode, method) -> str:
    """The path to use: ``method`` if given, else the cheaper one (see :func:`_costs`)."""
    if method not in METHODS:
        raise InputError(inputs.SOURCE, "method", "auto, structured or per-parameter", describe(method))
    P = parameter_count(widths)
    if method == "per-parameter":
        if P > PER_PARAMETER_MAX:
            widths_text = ",".join(map(str, widths))
            raise TooLargeError(f"<numeric>: method: the per-parameter path would derive and compile "
                                f"{P:,} symbolic gradients for a [{widths_text}] network (at most "
                                f"{PER_PARAMETER_MAX:,}); use method='structured'")
        return method
    if method == "structured":
        return "structured"
    per_parameter, structured = _costs(widths, kernel_mode)
    if _linear_fits(widths, activations, kernel_mode) and widths[0] + 1 < min(per_parameter, structured):
        return "linear"
    if P > PER_PARAMETER_AUTO:
        return "structured"
    return "per-parameter" if per_parameter <= structured else "structured"


def _linear_fits(widths, activations, kernel_mode) -> bool:
    """The linear path applies: identity activations, one kernel row per point, and an input
    of at most :data:`LINEAR_MAX_INPUT` (its setup multiplies (n_0 + 1) × n_l matrices)."""
    return (all(a == "identity" for a in activations) and (kernel_mode != "full" or widths[-1] == 1)
            and widths[0] <= LINEAR_MAX_INPUT)


def make_kernel_fn(widths, activation, params, *, parameterization="standard", kernel_mode="full",
                   output=None, method="auto", memory_limit=None, block_size=None, progress=None,
                   sigma_w=1.0, sigma_b=1.0):
    """Compile the empirical NTK of one network with parameters ``params``.

    ``params`` = [(W^{[1]}, b^{[1]}), …], W^{[l]} of shape (n_l, n_{l-1}), b^{[l]}
    of shape (n_l, 1). Returns ``kfn(X1, X2=None, *, kernel_mode=None, output=None)``
    giving K(X1, X2) as a float64 array (X has one datapoint per row): N1×N2 for
    one output; for n_L > 1 outputs the full (N1·n_L)×(N2·n_L) block kernel
    (rows (point, output), point-major), ``kernel_mode="output"`` with a 1-based
    ``output`` for J_o J_oᵀ, or ``"trace"`` for (1/n_L) Σ_o J_o J_oᵀ. ``out``: an
    array of K's shape (e.g. a memory-mapped file) that the blocks are written into.

    ``method``: ``auto``, ``structured`` or ``per-parameter``. ``memory_limit``
    (bytes or ``"2GB"``) caps the working memory besides K itself (default 2 GiB);
    ``block_size`` forces the block size; ``progress`` shows a bar on stderr
    (default: when stderr is a terminal and K takes several blocks).
    ``sigma_w``, ``sigma_b`` (NTK parameterization only): z^{[l]} = (σ_w/√n_{l−1}) W^{[l]} a^{[l−1]} + σ_b b^{[l]}.
    """
    widths = inputs.check_widths(widths)
    activations = inputs.check_activations(activation, len(widths) - 1)
    parameterization = inputs.check_parameterization(parameterization)
    sigmas = inputs.check_sigmas(sigma_w, sigma_b, parameterization)
    layers = inputs.check_params(params, widths)
    default_mode = inputs.check_mode(kernel_mode, output, widths[-1])
    memory = parse_memory(memory_limit)
    paths: dict = {}

    def path_for(mode: str):
        name = choose_method(widths, activations, parameterization, mode, method)
        if name not in paths:
            cls = {"structured": Structured, "per-parameter": PerParameter, "linear": Linear}[name]
            paths[name] = cls(widths, activations, layers, parameterization, *sigmas)
        return paths[name]

    def kfn(X1, X2=None, *, kernel_mode=None, output=None, out=None):
        mode, o = default_mode if kernel_mode is None else inputs.check_mode(kernel_mode, output, widths[-1])
        A = inputs.check_points(X1, widths[0], "X1")
        B = None if X2 is None else inputs.check_points(X2, widths[0], "X2")
        return evaluate(path_for(mode), A, B, mode, o, memory, block_size, progress, out=out)

    path_for(default_mode[0])  # compile now: every call after this only evaluates
    kfn.widths = widths
    kfn.activations = activations
    kfn.parameterization = parameterization
    kfn.sigmas = sigmas
    kfn.method = lambda mode=None: path_for(mode or default_mode[0]).name
    kfn.__doc__ = "K(X1, X2) of a compiled network (see symntk.make_kernel_fn)."
    return kfn


def empirical_ntk(widths, activation, params, X1, X2=None, **options) -> np.ndarray:
    """K(X1, X2) in one call: ``make_kernel_fn(widths, activation, params, **options)(X1, X2)``."""
    return make_kernel_fn(widths, activation, params, **options)(X1, X2)


def init_params(widths, seed: int = 0, parameterization: str = "standard") -> list:
    """Random parameters: W^{[l]} ~ N(0, 1/n_{l-1}) in the standard and N(0, 1) in
    the NTK parameterization (the same network function in distribution), b^{[l]} ~ N(0, 1)."""
    widths = inputs.check_widths(widths)
    parameterization = inputs.check_parameterization(parameterization)
    rng = np.random.default_rng(seed)
    params = []
    for l in range(1, len(widths)):
        std = 1.0 if parameterization == "ntk" else 1.0 / np.sqrt(widths[l - 1])
        params.append((rng.normal(0.0, std, size=(widths[l], widths[l - 1])), rng.normal(0.0, 1.0, (widths[l], 1))))
    return params


def problem_params(problem) -> list:
    """A problem's exact parameters as float64 (W, b) pairs."""
    def as_array(M):
        return np.array([float(v) for v in M], dtype=np.float64).reshape(M.rows, M.cols)

    return [(as_array(W), as_array(b)) for W, b in zip(problem.weights, problem.biases)]


def problem_points(problem) -> np.ndarray:
    """A problem's datapoints as an (N, n_0) float64 array."""
    return np.array([[float(v) for v in p] for p in problem.points], dtype=np.float64)


def problem_kernel(problem, kernel_mode="full", output=None, **options) -> np.ndarray:
    """The numeric NTK of a problem (its parameters and datapoints) in float64."""
    kfn = make_kernel_fn(problem.widths, list(problem.activations), problem_params(problem),
                         parameterization=problem.parameterization, kernel_mode=kernel_mode, output=output,
                         sigma_w=float(problem.sigma_w), sigma_b=float(problem.sigma_b), **options)
    return kfn(problem_points(problem))
