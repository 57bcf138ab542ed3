"""The structured path against the per-parameter reference on larger random
networks, blocking and the memory cap, and the automatic choice of path."""

import numpy as np
import pytest

import symntk
from symntk.numeric import api as numeric
from symntk.numeric.blocking import parse_memory, plan

ACTIVATIONS = ["identity", "relu", "tanh", "sigmoid", "softplus", "quadratic"]
SHAPES = [[3, 5, 2], [2, 4, 3, 1], [3, 3, 4, 3, 2]]


def close(A, B, rel=1e-12):
    scale = max(1.0, np.abs(B).max())
    assert A.shape == B.shape
    assert np.abs(A - B).max() <= rel * scale, np.abs(A - B).max() / scale


@pytest.mark.parametrize("widths", SHAPES, ids=lambda w: "-".join(map(str, w)))
@pytest.mark.parametrize("act", ACTIVATIONS)
def test_structured_equals_per_parameter(widths, act):
    param = "ntk" if len(widths) == 4 else "standard"
    params = numeric.init_params(widths, seed=len(widths), parameterization=param)
    rng = np.random.default_rng(3)
    X, Y = rng.normal(size=(7, widths[0])), rng.normal(size=(5, widths[0]))
    s = symntk.make_kernel_fn(widths, act, params, parameterization=param, method="structured")
    p = symntk.make_kernel_fn(widths, act, params, parameterization=param, method="per-parameter")
    no = widths[-1]
    for mode, outputs in (("full", [None]), ("output", range(1, no + 1)), ("trace", [None])):
        for o in outputs:
            for args in ((X,), (X, Y)):
                close(s(*args, kernel_mode=mode, output=o), p(*args, kernel_mode=mode, output=o))


def test_mixed_activations_and_shapes():
    widths = [3, 4, 5, 4, 2]
    params = numeric.init_params(widths, seed=11)
    acts = ["relu", "sigmoid", "tanh"]
    X = np.random.default_rng(1).normal(size=(6, 3))
    K = symntk.empirical_ntk(widths, acts, params, X, method="structured")
    assert K.shape == (12, 12)
    close(K, symntk.empirical_ntk(widths, acts, params, X, method="per-parameter"))
    close(K, K.T, rel=1e-14)
    assert np.linalg.eigvalsh(K).min() > -1e-10 * np.abs(K).max()


@pytest.mark.parametrize("mode", ["full", "trace"])
@pytest.mark.parametrize("symmetric", [True, False])
def test_blocks_equal_one_block(mode, symmetric):
    widths = [2, 16, 16, 3]
    params = numeric.init_params(widths, seed=2)
    rng = np.random.default_rng(4)
    X, Y = rng.normal(size=(53, 2)), rng.normal(size=(41, 2))
    one = symntk.make_kernel_fn(widths, "tanh", params, kernel_mode=mode)
    blocked = symntk.make_kernel_fn(widths, "tanh", params, kernel_mode=mode, block_size=10)
    capped = symntk.make_kernel_fn(widths, "tanh", params, kernel_mode=mode, memory_limit=60_000)
    args = (X,) if symmetric else (X, Y)
    K = one(*args)
    close(blocked(*args), K, rel=1e-14)
    close(capped(*args), K, rel=1e-14)


def test_plan_respects_the_cap():
    b, keep = plan(10_000, 10_000, per_point=8 * 1000, per_entry=8 * 5, memory=100 * 2**20, block_size=None)
    assert 2 * b * 8000 + b * b * 40 <= 100 * 2**20
    assert b >= 16
    assert plan(100, 100, 80, 40, 2**30, None) == (100, True)
    assert parse_memory("512MB") == 512 * 2**20 and parse_memory("2GiB") == 2 * 2**30 and parse_memory(1000) == 1000


def test_auto_choice():
    tiny = symntk.make_kernel_fn([1, 2, 1], "tanh", numeric.init_params([1, 2, 1]))
    linear = symntk.make_kernel_fn([1, 2, 1], "identity", numeric.init_params([1, 2, 1]))
    wide = symntk.make_kernel_fn([1, 64, 64, 1], "tanh", numeric.init_params([1, 64, 64, 1]))
    assert tiny.method() == "per-parameter"
    assert linear.method() == "linear"
    assert wide.method() == "structured"
    multi = symntk.make_kernel_fn([2, 3, 2], "identity", numeric.init_params([2, 3, 2]))
    assert multi.method() != "linear" and multi.method("trace") == "linear"   # full n_L > 1: not one row per point


LINEAR = [([1, 2, 1], "standard", (1.0, 1.0)), ([3, 5, 4, 2], "ntk", (1.3, 0.4)), ([2, 1], "standard", (1.0, 1.0)),
          ([4, 7, 7, 7, 3], "ntk", (1.0, 1.0)), ([2, 300, 1], "standard", (1.0, 1.0))]


@pytest.mark.parametrize("widths, param, sigmas", LINEAR, ids=lambda v: "-".join(map(str, v)) if isinstance(v, list)
                         else None)
def test_linear_path_equals_the_structured_one(widths, param, sigmas):
    from symntk.numeric.blocking import evaluate
    from symntk.numeric.linear import Linear

    params = numeric.init_params(widths, seed=7, parameterization=param)
    rng = np.random.default_rng(8)
    X, Y = rng.normal(size=(9, widths[0])), 3 * rng.normal(size=(4, widths[0]))
    acts = ["identity"] * (len(widths) - 2)
    structured = symntk.make_kernel_fn(widths, acts, params, method="structured", parameterization=param,
                                       sigma_w=sigmas[0], sigma_b=sigmas[1])
    linear = Linear(widths, acts, params, param, *sigmas)
    no = widths[-1]
    for mode, outputs in (("output", range(1, no + 1)), ("trace", [None])) + ((("full", [None]),) if no == 1 else ()):
        for o in outputs:
            for args in ((X, None), (X, Y)):
                for block in (None, 3):
                    close(evaluate(linear, *args, mode, o, 2**30, block),
                          structured(*args, kernel_mode=mode, output=o))
    if len(widths) > 2:   # depth 1: P = n_0 + 1, no cheaper than J Jᵀ
        assert symntk.make_kernel_fn(widths, acts, params, parameterization=param, sigma_w=sigmas[0],
                                     sigma_b=sigmas[1]).method("trace") == "linear"
    with pytest.raises(ValueError):
        Linear(widths, ["relu"] * max(len(acts), 1), params, param)


def test_structured_compile_is_independent_of_width():
    from symntk.numeric.compile import layer_functions

    layer_functions.cache_clear()
    for width in (8, 2048):
        symntk.make_kernel_fn([1, width, 1], "tanh", numeric.init_params([1, width, 1]), method="structured")
    assert layer_functions.cache_info().misses == 1  # compiled once for tanh, whatever the width


def test_big_network_with_random_problem_file(tmp_path):
    problem = symntk.problem_from_dict({
        "network": {"widths": [2, 200, 1], "activation": "relu"},
        "random": {"seed": 1, "distribution": "normal", "std": 0.5, "digits": 3},
        "data": {"x": [[1, 2], [0.5, -1], [3, 0]]}})
    K = numeric.problem_kernel(problem)
    (W1, b1), (W2, _) = numeric.problem_params(problem)
    X = np.array([[1, 2], [0.5, -1], [3, 0]])
    # Closed form for one hidden relu layer: K = (x·x' + 1) Σ_i W2_i² step(z_i) step(z'_i) + a·a' + 1.
    Z = X @ W1.T + b1.T
    A, S = np.maximum(Z, 0), (Z > 0).astype(float)
    K_ref = (X @ X.T + 1) * ((S * W2[0] ** 2) @ S.T) + A @ A.T + 1
    close(K, K_ref)


def test_progress_bar_on_request(capsys):
    widths = [2, 8, 1]
    kfn = symntk.make_kernel_fn(widths, "tanh", numeric.init_params(widths), block_size=5, progress=True)
    X = np.random.default_rng(0).normal(size=(12, 2))
    K = kfn(X)
    err = capsys.readouterr().err
    assert "kernel blocks" in err and "6/6" in err  # 3 row blocks: 6 block pairs on and above the diagonal
    close(K, symntk.make_kernel_fn(widths, "tanh", numeric.init_params(widths), progress=False)(X))
