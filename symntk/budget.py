"""How much symbolic work a problem is, and the refusal when it is too much.

Two guards keep exact mode within about 30 s, and a derivation in ``auto`` values (any
format) under 5 s of CPU on the machines measured (``bench/estimate_speed.py``):

* an up-front estimate refuses problems that are certainly too large before any work starts
  (and, from a problem file, before SymPy is imported: :func:`check_file_budget`). It has two
  parts, both measured across activations and sizes:

  - the symbolic work (:func:`estimate_work`): the number of product terms of
    the gradients, Σ_l P_l · D_l · A_{l-1} · T_l (P_l parameters of layer l,
    D_l terms of the backprop signal δ^{[l]}, A_{l-1} terms of a^{[l-1]}, T_l
    the size of the nested z^{[l]}), plus (N·n_L)²·P·T_L for kernels with
    transcendental values, at most :data:`LIMIT`;
  - the written work (:func:`estimate_values`): every ∂f_o/∂θ_k is derived, printed (JSON) and
    evaluated at N datapoints, about 1.4 ms of CPU per gradient at N = 3 (a [4,45,45,1] relu
    net's 2,341 gradients took 4.2 s in all). The two add up (a [2,30,30,2] identity net, 2,044
    gradients and 32 M terms, took 6.6 s), so the refusal comes when
    P·n_L·(N + 3) / :data:`VALUES_LIMIT` + work / (2·:data:`LIMIT`) > 1;
* a :class:`Budget` of 30 s of symbolic work for everything the estimate
  cannot foresee: each stage of the exact pipeline runs under a
  :func:`symntk.limits.deadline` for the time left (which interrupts a single
  long SymPy call), and ``check()`` inside the loops stops the work where the
  deadline cannot interrupt (threads other than the main one).

Both raise :class:`TooLargeError` naming the numeric path.
"""

from __future__ import annotations

import time
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import DeadlineError, TooLargeError
from .sizes import Shape, read_shape

if TYPE_CHECKING:
    from .problem import Problem

LIMIT = 50_000_000
VALUES_LIMIT = 15_000  # P·n_L·(N + 3): 2,500 gradients at N = 3 datapoints
SECONDS = 30.0
_TRANSCENDENTAL = {"tanh", "sigmoid", "softplus", "erf"}
_DERIVATIVE_TERMS = {"identity": 1, "relu": 1, "softplus": 1, "tanh": 2, "sigmoid": 2, "erf": 1}


def estimate_work(problem: Problem | Shape) -> int:
    """A unitless estimate of the exact pipeline's cost (see module doc)."""
    points = problem.points if isinstance(problem, Shape) else len(problem.points)
    return estimate(problem.widths, problem.activations, points)


def estimate(widths, activations, points: int) -> int:
    """The estimate of the module doc for widths n_0 … n_L, hidden activations and N datapoints."""
    L = len(widths) - 1
    acts = list(activations) + ["identity"]
    S, T, A = [1], [1], [1]
    for l in range(1, L + 1):
        S.append(widths[l - 1] * A[l - 1] + 1)
        T.append(widths[l - 1] * (T[l - 1] + 1) + 1)
        act = acts[l - 1]
        A.append(S[l] if act == "identity" else S[l] ** 2 if act == "quadratic" else 1)
    D = [0] * (L + 1)
    D[L] = 1
    for l in range(L - 1, 0, -1):
        act = acts[l - 1]
        D[l] = widths[l + 1] * D[l + 1] * (S[l] if act == "quadratic" else _DERIVATIVE_TERMS[act])
    grads = sum(widths[l] * (widths[l - 1] + 1) * D[l] * A[l - 1] * T[l] for l in range(1, L + 1))
    params = sum(widths[l] * (widths[l - 1] + 1) for l in range(1, L + 1))
    rows = points * widths[-1]
    transcendental = any(a in _TRANSCENDENTAL for a in activations)
    return grads + rows * rows * params * (T[L] if transcendental else 1)


def estimate_values(problem: Problem | Shape) -> int:
    """P·n_L·(N + 3): the gradients derived and printed (P·n_L) and their values at the N
    datapoints (see module doc)."""
    widths = problem.widths
    points = problem.points if isinstance(problem, Shape) else len(problem.points)
    params = sum(widths[l] * (widths[l - 1] + 1) for l in range(1, len(widths)))
    return params * widths[-1] * (points + 3)


def refusal(problem: Problem | Shape, why: str) -> TooLargeError:
    """The error that names the numeric path."""
    widths = ",".join(map(str, problem.widths))
    points = problem.points if isinstance(problem, Shape) else len(problem.points)
    return TooLargeError(
        f"{problem.source}: network.widths: the exact derivation of a [{widths}] network with "
        f"{points} datapoint(s) {why}; use the numeric path: "
        f"`symntk kernel {problem.source}` or symntk.empirical_ntk(...)")


def check_exact_budget(problem: Problem | Shape) -> None:
    """Raise :class:`TooLargeError` when the estimated symbolic work exceeds :data:`LIMIT`, or it
    and the gradients to write out together exceed their share (see module doc)."""
    work = estimate_work(problem)
    if work > LIMIT:
        raise refusal(problem, f"would take far too long (estimated work {work:,} > {LIMIT:,})")
    values = estimate_values(problem)
    if values / VALUES_LIMIT + work / (2 * LIMIT) > 1:
        raise refusal(problem, f"would take too long (estimated work {work:,} and P·n_L·(N + 3) = {values:,}: "
                               f"{values:,}/{VALUES_LIMIT:,} + {work:,}/{2 * LIMIT:,} > 1)")


def check_file_budget(path: str | Path) -> None:
    """:func:`check_exact_budget` of a problem file's shape, read without SymPy (see
    :mod:`symntk.sizes`); a file it cannot read plainly is left to the full loader."""
    shape = read_shape(path)
    if shape is not None:
        check_exact_budget(shape)


class Budget:
    """Seconds of symbolic work left for one problem; ``check()`` inside loops."""

    def __init__(self, problem: Problem, seconds: float = SECONDS):
        self.problem = problem
        self.seconds = seconds
        self.spent = 0.0
        self._started: float | None = None

    @contextmanager
    def stage(self):
        """Count the time spent inside this block against the budget, and stop
        the block (:class:`TooLargeError` naming the numeric path) when the
        budget runs out."""
        if self._started is not None:
            yield self
            return
        if self.spent >= self.seconds:
            raise self._refusal()
        from .limits import deadline  # imports SymPy: only once symbolic work starts

        self._started = time.perf_counter()
        try:
            with deadline(max(self.seconds - self.spent, 0.0)):
                yield self
        except DeadlineError:
            raise self._refusal() from None
        finally:
            self.spent += time.perf_counter() - self._started
            self._started = None

    def _refusal(self) -> TooLargeError:
        return refusal(self.problem, f"took longer than {self.seconds:.0f} s of symbolic work")

    def check(self) -> None:
        """Raise :class:`TooLargeError` once the work has taken longer than allowed."""
        running = time.perf_counter() - self._started if self._started is not None else 0.0
        if self.spent + running > self.seconds:
            raise self._refusal()


class Unlimited:
    """A budget that never runs out (for callers that manage time themselves)."""

    @contextmanager
    def stage(self):
        yield self

    def check(self) -> None:
        return None
