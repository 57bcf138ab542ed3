"""Property-based tests (hypothesis) over random small networks.

Widths 1–3, depth 1–3, every activation, both parameterizations, 1–3 points,
small integer and half-integer parameters. The engine's exact results are
checked against the independent references of tests/reference.py and NumPy.
Bounded: few examples, derandomized (the same examples in CI every time).
"""

import json
import math
from fractions import Fraction

import numpy as np
import pytest
import sympy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import symntk
from symntk.activations import ACTIVATIONS, sigmoid, softplus, step
from symntk.activations import relu as relu_fn

from reference import backprop_jacobian, central_jacobian, exact_jacobian, gram

SETTINGS = settings(max_examples=15, deadline=None, derandomize=True, print_blob=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
ACTS = sorted(ACTIVATIONS)
NUMBER = st.sampled_from([-2, -1, 0, 1, 2, Fraction(1, 2), Fraction(-3, 2)])


@st.composite
def problems(draw):
    depth = draw(st.integers(1, 3))
    widths = [draw(st.integers(1, 3)) for _ in range(depth + 1)]
    acts = [draw(st.sampled_from(ACTS)) for _ in range(depth - 1)]
    param = draw(st.sampled_from(["standard", "ntk"]))
    n = draw(st.integers(1, 3))

    def matrix(rows, cols):
        return [[_toml(draw(NUMBER)) for _ in range(cols)] for _ in range(rows)]

    params = {}
    for l in range(1, depth + 1):
        params[f"W{l}"] = matrix(widths[l], widths[l - 1])
        params[f"b{l}"] = matrix(widths[l], 1)
    points = [[_toml(draw(NUMBER)) for _ in range(widths[0])] for _ in range(n)]
    data = {"network": {"widths": widths, "activation": acts, "parameterization": param},
            "parameters": params, "data": {"x": points}}
    return symntk.problem_from_dict(data)


def _toml(v):
    return v if isinstance(v, int) else f"{v.numerator}/{v.denominator}"


def theta(problem, convert):
    out = []
    for W, b in zip(problem.weights, problem.biases):
        out += [convert(v) for v in W] + [convert(v) for v in b]
    return out


def points(problem, convert):
    return [[convert(c) for c in p] for p in problem.points]


def acts(problem):
    return list(problem.activations) + ["identity"]


def fl(v):
    return float(sympy.N(v, 30))


def as_float(M):
    return np.array([[fl(v) for v in M.row(r)] for r in range(M.rows)], dtype=float)


@pytest.mark.slow
@settings(SETTINGS, max_examples=10)
@given(problems())
def test_kernel_symmetric_psd_and_spectrum_matches_numpy(problem):
    solution = symntk.derive(problem)
    K = solution.kernel
    assert K == K.T
    assert solution.positive_semidefinite
    ntk = problem.parameterization == "ntk"
    J_ref = backprop_jacobian(theta(problem, fl), list(problem.widths), acts(problem), points(problem, fl), ntk)
    K_ref = J_ref @ J_ref.T
    scale = max(1.0, float(np.abs(K_ref).max()))
    assert np.allclose(as_float(K), K_ref, rtol=1e-9, atol=1e-9 * scale)
    expected = np.linalg.eigvalsh(K_ref)
    got = [float(e.value) for e in solution.eigenvalues for _ in range(e.multiplicity)]
    assert got == sorted(got) and len(got) == K.rows
    assert np.allclose(got, expected, atol=1e-8 * scale)
    assert min(expected) > -1e-8 * scale


@pytest.mark.slow
@SETTINGS
@given(problems())
def test_gradients_match_central_differences(problem):
    solution = symntk.derive(problem)
    ntk = problem.parameterization == "ntk"
    J = as_float(solution.jacobian)
    th, xs = theta(problem, fl), points(problem, fl)
    J_bp = backprop_jacobian(th, list(problem.widths), acts(problem), xs, ntk)
    assert np.allclose(J, J_bp, rtol=1e-9, atol=1e-9)
    if "relu" not in problem.activations:  # relu has a kink where central differences average both sides
        J_cd = central_jacobian(th, list(problem.widths), acts(problem), xs, ntk)
        assert np.allclose(J, J_cd, rtol=1e-5, atol=1e-5)
    rational = set(problem.activations) <= {"identity", "relu", "quadratic"}
    if rational and not ntk:
        exact = exact_jacobian(theta(problem, lambda v: Fraction(v.p, v.q)), list(problem.widths), acts(problem),
                               points(problem, lambda v: Fraction(v.p, v.q)))
        assert solution.jacobian.tolist() == [[sympy.Rational(v.numerator, v.denominator) for v in row]
                                              for row in exact]
        K_exact = gram(exact)
        assert solution.kernel.tolist() == [[sympy.Rational(v.numerator, v.denominator) for v in row]
                                            for row in K_exact]


NAMES = {"sigmoid": sigmoid, "softplus": softplus, "relu": relu_fn, "step": step, "lambda": symntk.kernel_lambda()}


def _parse(text):
    return sympy.sympify(text, locals=NAMES)  # engine output in a test, not learner text


@settings(SETTINGS, max_examples=6)
@given(problems())
def test_json_export_round_trips(problem):
    solution = symntk.derive(problem)
    data = symntk.solution_dict(solution)
    again = json.loads(json.dumps(data, ensure_ascii=False))
    assert again == data
    assert again["parameter_count"] == sum(problem.widths[l] * (problem.widths[l - 1] + 1)
                                           for l in range(1, len(problem.widths)))
    K_num = solution.kernel_numeric
    assert all(math.isclose(v, float(K_num[r, c]), rel_tol=1e-12, abs_tol=1e-12)
               for r, row in enumerate(again["kernel_decimal"]) for c, v in enumerate(row))
    assert (again["kernel"] is None) == solution.nested  # nested transcendental values: decimals only
    K = None if solution.nested else solution.kernel
    for r, row in enumerate(again["kernel"] or []):
        for c, text in enumerate(row):
            value = _parse(text)
            if K[r, c].is_Rational:
                assert value == K[r, c]
            elif value != K[r, c]:  # structurally different: equal as numbers
                assert abs(sympy.N(value - K[r, c], 40)) <= sympy.Float("1e-30") * (1 + abs(sympy.N(K[r, c], 20)))
    for e, item in zip(solution.eigenvalues, again["eigenvalues"]):
        assert item["multiplicity"] == e.multiplicity
        assert math.isclose(item["value"], float(e.value), rel_tol=1e-12, abs_tol=1e-12)
