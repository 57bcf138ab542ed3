"""Seeded random networks: the exact engine against independent references.

Every case is checked three ways: symbolic gradients against ``sympy.diff`` of
the network's f, exact Jacobian values against a float backprop and central
differences, and (for rational activations) exactly against a Fraction
backprop; K and its eigenvalues against NumPy on the reference Jacobian.
"""

from fractions import Fraction

import numpy as np
import pytest
import sympy

import symntk

from reference import backprop_jacobian, central_jacobian, exact_jacobian, flatten, gram

CASES = [
    # widths, activation(s), parameterization, number of points, seed
    ([1, 2, 1], "identity", "standard", 3, 1),
    ([1, 3, 1], "relu", "standard", 3, 2),
    ([2, 2, 1], "tanh", "standard", 2, 3),
    ([1, 2, 2, 1], "sigmoid", "standard", 2, 4),
    ([2, 3, 2], "softplus", "standard", 2, 5),
    ([1, 2, 1], "quadratic", "standard", 3, 6),
    ([2, 2, 2, 1], ["tanh", "relu"], "standard", 2, 7),
    ([3, 2, 2], "identity", "ntk", 2, 8),
    ([2, 3, 1], "tanh", "ntk", 3, 9),
    ([1, 1], "identity", "standard", 2, 10),
    ([2, 2, 2, 1], "quadratic", "standard", 2, 11),
    ([2, 3, 3, 1], "tanh", "standard", 3, 12),
]


def make(widths, act, param, n, seed):
    rng = np.random.default_rng(seed)
    points = [[int(v) for v in rng.integers(-2, 3, size=widths[0])] for _ in range(n)]
    data = {"network": {"widths": widths, "activation": act, "parameterization": param},
            "random": {"seed": seed, "distribution": "integers", "low": -2, "high": 2},
            "data": {"x": [p if widths[0] > 1 else p[0] for p in points]}}
    return symntk.problem_from_dict(data), points


def theta_of(problem, convert=float):
    weights = [[[convert(str(v)) for v in W.row(i)] for i in range(W.rows)] for W in problem.weights]
    biases = [[[convert(str(v))] for v in b] for b in problem.biases]
    return flatten(weights, biases)


def acts_of(problem):
    return list(problem.activations) + ["identity"]


def as_float(M):
    return np.array([[float(sympy.N(v, 30)) for v in row] for row in M.tolist()], dtype=float)


@pytest.mark.slow
@pytest.mark.parametrize("widths,act,param,n,seed", CASES)
def test_symbolic_gradients_equal_sympy_diff(widths, act, param, n, seed):
    problem, _ = make(widths, act, param, n, seed)
    sol = symntk.derive(problem)
    net = sol.network
    for o, f in enumerate(net.outputs):
        for g, s in zip(sol.gradients[o], net.parameters()):
            diff = sympy.diff(f, s)
            # Equal as functions: exactly after rewriting, checked at random rational points too.
            point = {v: sympy.Rational(int(r), 7) for v, r in zip(sorted(diff.free_symbols | g.expr.free_symbols,
                                                                        key=str),
                                                                 np.random.default_rng(seed).integers(-9, 9, 99))}
            assert abs(sympy.N((g.expr - diff).subs(point), 40)) < 1e-30


@pytest.mark.parametrize("widths,act,param,n,seed", CASES)
def test_jacobian_matches_backprop_and_central_differences(widths, act, param, n, seed):
    problem, points = make(widths, act, param, n, seed)
    sol = symntk.derive(problem)
    theta = theta_of(problem)
    ntk = param == "ntk"
    J = as_float(sol.jacobian)
    J_bp = backprop_jacobian(theta, widths, acts_of(problem), points, ntk)
    J_cd = central_jacobian(theta, widths, acts_of(problem), points, ntk)
    assert J.shape == (n * widths[-1], sol.network.parameter_count)
    assert np.allclose(J, J_bp, rtol=1e-12, atol=1e-12)
    assert np.allclose(J, J_cd, rtol=1e-6, atol=1e-6)


@pytest.mark.parametrize("widths,act,param,n,seed", CASES)
def test_kernel_and_eigenvalues_match_numpy(widths, act, param, n, seed):
    problem, points = make(widths, act, param, n, seed)
    sol = symntk.derive(problem)
    J_bp = backprop_jacobian(theta_of(problem), widths, acts_of(problem), points, param == "ntk")
    K_ref = J_bp @ J_bp.T
    assert np.allclose(as_float(sol.kernel), K_ref, rtol=1e-12, atol=1e-10)
    assert sol.kernel == sol.kernel.T
    values = [float(e.value) for e in sol.eigenvalues for _ in range(e.multiplicity)]
    assert np.allclose(sorted(values), np.linalg.eigvalsh(K_ref), atol=1e-9 * max(1, np.abs(K_ref).max()))
    for e in sol.eigenvalues:
        if e.exact is not None:
            assert abs(sympy.N(e.exact, 40) - e.value) < 1e-30 * max(1, abs(e.value))
        for v in e.vectors:
            vec = np.array([float(c) for c in v])
            assert np.allclose(K_ref @ vec, float(e.value) * vec, atol=1e-8 * max(1, np.abs(K_ref).max()))
    assert sol.positive_semidefinite


RATIONAL = [c for c in CASES if c[2] == "standard"
            and all(a in ("identity", "relu", "quadratic") for a in ([c[1]] if isinstance(c[1], str) else c[1]))]


@pytest.mark.parametrize("widths,act,param,n,seed", RATIONAL)
def test_rational_networks_exact(widths, act, param, n, seed):
    problem, points = make(widths, act, param, n, seed)
    sol = symntk.derive(problem)
    J_ref = exact_jacobian(theta_of(problem, Fraction), widths, acts_of(problem), points)
    to_sym = lambda M: sympy.Matrix([[sympy.Rational(v.numerator, v.denominator) for v in row] for row in M])  # noqa: E731
    assert sol.jacobian == to_sym(J_ref)
    assert sol.kernel == to_sym(gram(J_ref))
    # Every exact eigenvalue is a root of det(K − λI) computed independently.
    lam = sympy.Symbol("lam")
    char = to_sym(gram(J_ref)) - lam * sympy.eye(len(J_ref))
    poly = sympy.Poly(char.det(), lam)
    for e in sol.eigenvalues:
        assert sympy.simplify(poly.as_expr().subs(lam, e.exact)) == 0


def test_multi_output_kernel_modes():
    problem, points = make([2, 3, 2], "tanh", "standard", 3, 21)
    full = symntk.derive(problem).kernel
    per = [symntk.derive(problem, "output", o).kernel for o in (1, 2)]
    trace = symntk.derive(problem, "trace").kernel
    assert full.shape == (6, 6)
    for o in range(2):
        for i in range(3):
            for j in range(3):
                assert sympy.simplify(full[2 * i + o, 2 * j + o] - per[o][i, j]) == 0
    assert sympy.simplify(trace - (per[0] + per[1]) / 2) == sympy.zeros(3, 3)
    J_bp = backprop_jacobian(theta_of(problem), [2, 3, 2], ["tanh", "identity"], points)
    assert np.allclose(as_float(full), J_bp @ J_bp.T, rtol=1e-12)
    with pytest.raises(symntk.InputError, match="--output"):
        symntk.derive(problem, "output", 3)
