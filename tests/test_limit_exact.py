"""The exact step-by-step limit (derive_limit) against an independent 60-digit mpmath recursion,
the quadrature of tanh/sigmoid/softplus against SciPy, and wide finite networks against Θ."""

import math

import mpmath
import numpy as np
import pytest
import sympy
from test_limit_kernel import mp_theta

from symntk.limit import derive_limit, limit_dict, make_limit_kernel_fn, quadrature
from symntk.numeric import init_params, make_kernel_fn
from symntk.problem import problem_from_dict


def limit_problem(act, depth=2, x=(1, 2), n0=1, sigma_w=None, sigma_b=None, parameters=False):
    network = {"widths": [n0] + [3] * (depth - 1) + [1], "activation": act, "parameterization": "ntk"}
    if sigma_w is not None:
        network["sigma_w"] = sigma_w
    if sigma_b is not None:
        network["sigma_b"] = sigma_b
    data = {"network": network, "data": {"x": list(x)}}
    if parameters:
        data["random"] = {"seed": 1}
    return problem_from_dict(data, parameters_optional=True)


def evaluate(expr, memo):
    """An exact SymPy value in mpmath at the working precision, node by node (each shared
    subtree once): an evaluator independent of SymPy's evalf."""
    if expr in memo:
        return memo[expr]
    if expr.is_Rational:
        out = mpmath.mpf(expr.p) / expr.q
    elif expr is sympy.pi:
        out = +mpmath.pi
    elif expr.is_Add:
        out = mpmath.fsum(evaluate(a, memo) for a in expr.args)
    elif expr.is_Mul:
        out = mpmath.fprod(evaluate(a, memo) for a in expr.args)
    elif expr.is_Pow:
        out = mpmath.power(evaluate(expr.base, memo), evaluate(expr.exp, memo))
    elif isinstance(expr, sympy.acos):
        out = mpmath.acos(evaluate(expr.args[0], memo))
    elif isinstance(expr, sympy.asin):
        out = mpmath.asin(evaluate(expr.args[0], memo))
    else:
        raise AssertionError(f"unexpected node {type(expr).__name__}")
    memo[expr] = out
    return out


@pytest.mark.parametrize("act", ["identity", "relu", "erf", "quadratic"])
@pytest.mark.parametrize("depth", [2, 3, 4])
def test_exact_forms_match_mpmath_to_30_digits(act, depth):
    points = [[1, 2], ["1/2", -1], [3, "1/3"]]
    problem = limit_problem(act, depth, points, n0=2, sigma_w="3/2", sigma_b="1/2")
    theta = derive_limit(problem).theta
    for i in range(3):
        for j in range(i, 3):
            with mpmath.workdps(60):
                value = evaluate(theta[i, j], {})
                x, y = ([mpmath.mpf(sympy.Rational(v).p) / sympy.Rational(v).q for v in points[k]] for k in (i, j))
                reference = mp_theta(x, y, depth, act, mpmath.mpf(3) / 2, mpmath.mpf(1) / 2, dps=60)
                assert abs(value - reference) <= mpmath.mpf("1e-30") * abs(reference), (i, j)
            assert not theta[i, j].has(sympy.Float)


def test_notes_architecture_relu_by_hand():
    """x = 1, 2 with n₀ = 1: Σ¹ = [[2, 3], [3, 5]]; relu: Σ²₁₁ = 2, Θ₁₁ = 2·½ + 2 = 3, Θ₂₂ = 5·½ + 7/2 = 6;
    Θ₁₂ = 3(π − θ)/(2π) + 1 + (1 + 3(π − θ))/(2π) with θ = arccos(3/√10)."""
    d = derive_limit(limit_problem("relu"))
    theta = d.theta
    assert theta[0, 0] == 3 and theta[1, 1] == 6
    angle = sympy.acos(3 / sympy.sqrt(10))
    by_hand = 3 * (sympy.pi - angle) / (2 * sympy.pi) + 1 + (1 + 3 * (sympy.pi - angle)) / (2 * sympy.pi)
    assert abs(sympy.N(theta[0, 1] - by_hand, 50)) < 1e-45
    assert d.step("first").matrix == sympy.Matrix([[2, 3], [3, 5]])
    eig = d.step("eigenvalues").eigenvalues
    assert np.allclose(sorted(e.value for e in eig), np.linalg.eigvalsh(np.array(theta.evalf(30), dtype=float)))
    assert d.step("eigenvalues").psd


def test_float_kernel_agrees_with_the_exact_derivation():
    for act, depth in (("relu", 3), ("erf", 3), ("tanh", 2), ("sigmoid", 2), ("softplus", 2)):
        d = derive_limit(limit_problem(act, depth, [1, 2, "-1/2"]))
        K = make_limit_kernel_fn(depth, act)(np.array([[1.0], [2.0], [-0.5]]))
        exact = np.array(d.theta.evalf(20), dtype=float)
        assert np.max(np.abs(K - exact) / np.abs(exact)) <= 1e-12, act


def test_json_and_what_is_ignored():
    problem = limit_problem("erf", 2, parameters=True)
    data = limit_dict(derive_limit(problem))
    assert data["ignored"] == {"hidden_widths": [3], "parameters": True}
    assert [layer["layer"] for layer in data["layers"]] == [1, 2]
    assert sympy.Rational(data["layers"][0]["sigma"][0][1]) == 3
    assert abs(float(data["theta_decimal"][0][0]) - float(sympy.N(sympy.sympify(data["theta"][0][0]), 30))) < 1e-14
    assert len(data["eigenvalues"]) == 2


scipy_integrate = pytest.importorskip("scipy.integrate")


def _scipy_expectation(name, s1, s2, S):
    phi = {"tanh": math.tanh, "sigmoid": lambda z: 1 / (1 + math.exp(-z)),
           "softplus": lambda z: math.log1p(math.exp(-abs(z))) + max(z, 0.0)}[name]
    p = math.sqrt(s1)
    a, b = S / p, math.sqrt(s1 * s2 - S * S) / p

    def f(z2, z1):
        return phi(p * z1) * phi(a * z1 + b * z2) * math.exp(-(z1 * z1 + z2 * z2) / 2) / (2 * math.pi)
    return scipy_integrate.dblquad(f, -12, 12, -12, 12, epsabs=1e-14, epsrel=1e-14)[0]


@pytest.mark.filterwarnings("ignore:The occurrence of roundoff error")
@pytest.mark.parametrize("name", ["tanh", "sigmoid", "softplus"])
def test_quadrature_against_scipy(name):
    for s1, s2, S in [(2.0, 5.0, 3.0), (0.3, 1.7, -0.5)]:
        value, _, error = quadrature.expectations(name, s1, s2, S)
        assert abs(value - _scipy_expectation(name, s1, s2, S)) <= 1e-12 * max(1.0, abs(value))
        assert error <= 1e-12


def test_quadrature_diagonal_against_one_dimensional_mpmath():
    line = [-mpmath.inf, 0, mpmath.inf]
    with mpmath.workdps(30):
        for s in (0.5, 4.0, 40.0):
            r = mpmath.sqrt(s)
            exact = mpmath.quad(lambda z, r=r: mpmath.tanh(r * z) ** 2 * mpmath.npdf(z), line)
            slope = mpmath.quad(lambda z, r=r: mpmath.sech(r * z) ** 4 * mpmath.npdf(z), line)
            value, dot, _ = quadrature.expectations("tanh", s, s, s, 0.0)
            assert abs(value - float(exact)) <= 1e-13 and abs(dot - float(slope)) <= 1e-13


@pytest.mark.parametrize("act, depth", [("relu", 2), ("erf", 2),
                                        pytest.param("relu", 3, marks=pytest.mark.slow),
                                        pytest.param("erf", 3, marks=pytest.mark.slow)])
def test_very_wide_network_is_close_to_the_limit(act, depth):
    X = np.array([[1.0, 0.5], [-0.3, 2.0], [0.7, 0.7]])
    theta = make_limit_kernel_fn(depth, act)(X)
    widths = [2] + [4096] * (depth - 1) + [1]
    errors = []
    for seed in range(3):
        K = make_kernel_fn(widths, act, init_params(widths, seed, "ntk"), parameterization="ntk")(X)
        errors.append(np.linalg.norm(K - theta) / np.linalg.norm(theta))
    assert np.mean(errors) < 0.04


def test_too_much_symbolic_work_names_the_float_kernel():
    from symntk.budget import Budget
    from symntk.errors import TooLargeError

    problem = limit_problem("relu", 5, [1, 2, 3, 4, 5])
    with pytest.raises(TooLargeError, match=r"make_limit_kernel_fn\(5"):
        derive_limit(problem, budget=Budget(problem, seconds=0.5))


def test_too_many_datapoints_are_refused_before_any_work():
    import time

    from symntk.errors import TooLargeError

    problem = limit_problem("relu", 3, list(range(60)), sigma_w=2)
    start = time.process_time()  # CPU time: load from other work does not count
    with pytest.raises(TooLargeError, match=r"data\.x: .*1,830 pairs × 2 layer\(s\).*make_limit_kernel_fn\(3, 'relu', "
                                            r"sigma_w=2\)"):
        derive_limit(problem)
    assert time.process_time() - start < 1.0


def test_variances_beyond_the_quadrature_name_the_datapoints():
    from symntk.errors import InputError

    with pytest.raises(InputError, match=r"data\.x: expected datapoints small enough for the float64 quadrature "
                                         r"of tanh"):
        derive_limit(limit_problem("tanh", 2, ["1e99"]))
