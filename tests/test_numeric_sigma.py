"""σ_w, σ_b of the NTK parameterization: the exact derivation, both numeric paths and central differences agree."""

import numpy as np
import pytest
import sympy

import symntk
from symntk.numeric import init_params, make_kernel_fn
from symntk.numeric.api import problem_kernel


def _problem(sigma_w, sigma_b, act="tanh"):
    return symntk.problem_from_dict({
        "network": {"widths": [2, 3, 1], "activation": act, "parameterization": "ntk",
                    "sigma_w": sigma_w, "sigma_b": sigma_b},
        "parameters": {"W1": [[1, -1], [0, 2], ["1/2", 1]], "b1": [0, 1, -1], "W2": [[1, 2, -1]], "b2": [1]},
        "data": {"x": [[1, 0], [0, 1], [1, 2]]}})


@pytest.mark.parametrize("act", ["identity", "tanh", "erf", "relu"])
def test_exact_and_numeric_paths_agree(act):
    problem = _problem("3/2", "1/2", act)
    exact = np.array(symntk.derive(problem).kernel.evalf(30), dtype=float)
    for method in ("structured", "per-parameter"):
        assert np.allclose(problem_kernel(problem, method=method), exact, rtol=1e-12, atol=0)


def test_sigma_one_is_todays_behaviour():
    widths = [2, 4, 4, 1]
    params = init_params(widths, 3, "ntk")
    X = np.random.default_rng(0).normal(size=(5, 2))
    plain = make_kernel_fn(widths, "tanh", params, parameterization="ntk")(X)
    ones = make_kernel_fn(widths, "tanh", params, parameterization="ntk", sigma_w=1.0, sigma_b=1.0)(X)
    assert np.array_equal(plain, ones)
    assert _problem(1, 1).structure == ((2, 3, 1), ("tanh",), "ntk")


def test_central_differences_of_the_scaled_network():
    """K = J Jᵀ with J by central differences of f(x) = (σ_w/√n₁) W₂ tanh((σ_w/√n₀) W₁ x + σ_b b₁) + σ_b b₂."""
    rng = np.random.default_rng(1)
    widths, sw, sb = [2, 3, 1], 1.7, 0.4
    params = init_params(widths, 5, "ntk")
    X = rng.normal(size=(4, 2))
    theta = np.concatenate([np.concatenate([W.ravel(), b.ravel()]) for W, b in params])

    def f(t, x):
        W1, b1, W2, b2 = t[:6].reshape(3, 2), t[6:9], t[9:12].reshape(1, 3), t[12:]
        return (sw / np.sqrt(3) * W2 @ np.tanh(sw / np.sqrt(2) * W1 @ x + sb * b1) + sb * b2)[0]

    h = 1e-6
    J = np.array([[(f(theta + h * e, x) - f(theta - h * e, x)) / (2 * h) for e in np.eye(theta.size)] for x in X])
    K = make_kernel_fn(widths, "tanh", params, parameterization="ntk", sigma_w=sw, sigma_b=sb)(X)
    assert np.allclose(K, J @ J.T, rtol=1e-8, atol=1e-9)


def test_sigmas_only_with_the_ntk_parameterization():
    with pytest.raises(symntk.InputError, match="sigma_w"):
        make_kernel_fn([1, 2, 1], "tanh", init_params([1, 2, 1]), sigma_w=2.0)
    with pytest.raises(symntk.InputError, match="sigma_b"):
        make_kernel_fn([1, 2, 1], "tanh", init_params([1, 2, 1]), parameterization="ntk", sigma_b=0)
    assert sympy.Rational(3, 2) == _problem("1.5", 1).sigma_w
