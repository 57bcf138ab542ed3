"""Both numeric paths against the exact engine and the independent references.

Expected values come from the exact engine's K (SymPy, compared at 1e-12
relative), from a separate float backprop and from central differences
(tests/reference.py), never from the numeric code itself.
"""

from functools import cache

import numpy as np
import pytest
import sympy

import symntk
from symntk.numeric import api as numeric

from reference import backprop_jacobian, central_jacobian, flatten

SMALL = [
    # widths, activation(s), parameterization, number of points, seed
    ([1, 2, 1], "identity", "standard", 3, 1),
    ([1, 3, 1], "relu", "standard", 4, 2),
    ([2, 2, 1], "tanh", "standard", 3, 3),
    ([1, 2, 2, 1], "sigmoid", "standard", 3, 4),
    ([2, 3, 2], "softplus", "standard", 2, 5),
    ([1, 2, 1], "quadratic", "standard", 3, 6),
    ([2, 2, 2, 1], ["tanh", "relu"], "standard", 2, 7),
    ([3, 2, 2], "identity", "ntk", 2, 8),
    ([2, 3, 1], "tanh", "ntk", 3, 9),
    ([1, 1], "identity", "standard", 2, 10),
]
METHODS = ["structured", "per-parameter"]


def make(widths, act, param, n, seed):
    rng = np.random.default_rng(seed)
    points = [[int(v) for v in rng.integers(-2, 3, size=widths[0])] for _ in range(n)]
    data = {"network": {"widths": widths, "activation": act, "parameterization": param},
            "random": {"seed": seed, "distribution": "integers", "low": -2, "high": 2},
            "data": {"x": [p if widths[0] > 1 else p[0] for p in points]}}
    return symntk.problem_from_dict(data), points


def close(A, B, rel=1e-12):
    A, B = np.asarray(A, dtype=float), np.asarray(B, dtype=float)
    assert A.shape == B.shape
    scale = max(1.0, np.abs(B).max())
    assert np.abs(A - B).max() <= rel * scale, np.abs(A - B).max() / scale


def exact_float(M):
    return np.array([[float(sympy.N(v, 30)) for v in row] for row in M.tolist()])


@cache
def exact_kernel(case: int) -> np.ndarray:
    problem, _ = make(*SMALL[case])
    return exact_float(symntk.derive(problem).kernel)


@pytest.mark.parametrize("case", range(len(SMALL)))
def test_numeric_equals_exact_engine(case):
    problem, _ = make(*SMALL[case])
    for method in METHODS:
        close(numeric.problem_kernel(problem, method=method), exact_kernel(case))


@pytest.mark.parametrize("method", METHODS)
def test_notes_exercise(method):
    # K worked by hand from the gradients x·W⁽²⁾, W⁽²⁾, a⁽¹⁾ and 1: [[8, 12], [12, 19]].
    K = numeric.problem_kernel(symntk.notes_problem(), method=method)
    assert K.dtype == np.float64
    close(K, [[8, 12], [12, 19]], rel=0)


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("mode", ["full", "output", "trace"])
def test_multi_output_modes_equal_exact_engine(method, mode):
    problem, _ = make([2, 3, 2], "tanh", "standard", 3, 21)
    for o in ((1, 2) if mode == "output" else (None,)):
        K_exact = exact_float(symntk.derive(problem, mode, o).kernel)
        close(numeric.problem_kernel(problem, kernel_mode=mode, output=o, method=method), K_exact)


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("act,param", [("tanh", "standard"), ("sigmoid", "ntk"), ("softplus", "standard"),
                                       ("relu", "ntk"), ("quadratic", "standard"), ("identity", "ntk")])
def test_central_differences_and_backprop(method, act, param):
    widths = [2, 3, 2, 2]
    params = numeric.init_params(widths, seed=5, parameterization=param)
    X = np.random.default_rng(6).normal(size=(4, 2))
    Y = np.random.default_rng(7).normal(size=(3, 2))
    acts = [act, act, "identity"]
    theta = flatten([W.tolist() for W, _ in params], [b.tolist() for _, b in params])
    ntk = param == "ntk"
    J1, J2 = (backprop_jacobian(theta, widths, acts, Z.tolist(), ntk) for Z in (X, Y))
    C1, C2 = (central_jacobian(theta, widths, acts, Z.tolist(), ntk) for Z in (X, Y))
    kfn = symntk.make_kernel_fn(widths, act, params, parameterization=param, method=method)
    close(kfn(X), J1 @ J1.T)
    close(kfn(X, Y), J1 @ J2.T)
    close(kfn(X, Y), C1 @ C2.T, rel=1e-6)
    close(kfn(X, Y, kernel_mode="output", output=2), J1[1::2] @ J2[1::2].T)
    close(kfn(X, kernel_mode="trace"), (J1[0::2] @ J1[0::2].T + J1[1::2] @ J1[1::2].T) / 2)
