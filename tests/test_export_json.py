"""`derive --format json` under the size rule: it parses, every exact string is plain SymPy, and every
string (gradients with their named activations, J, K, eigenvalues, det(K − λI)) agrees with an
independent float backprop (tests/reference.py) and with the decimals to 1e-12."""

from __future__ import annotations

import json

import numpy as np
import pytest
import sympy
from render_matrix import problem

from symntk import api

from reference import backprop_jacobian, forward

NETS = {
    "tanh-231": ([2, 3, 1], "tanh", "standard"),
    "tanh-deep": ([1, 4, 4, 1], "tanh", "standard"),
    "sigmoid-deep": ([3, 3, 3, 3, 1], "sigmoid", "standard"),
    "softplus-deep-ntk": ([2, 3, 2, 1], "softplus", "ntk"),
    "tanh-deep-2-out": ([1, 2, 2, 2], "tanh", "standard"),
    "relu-deep": ([2, 3, 3, 1], "relu", "standard"),
    "quadratic-deep": ([2, 2, 2, 1], "quadratic", "ntk"),
    "identity-deep": ([2, 3, 3, 1], "identity", "standard"),
}
TOL = 1e-12


def _read(text: str) -> sympy.Expr:
    """Plain SymPy, as a user of the JSON would read it (engine output here, not learner text)."""
    return sympy.sympify(text)


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= TOL * max(1.0, abs(b))


def _env(data: dict, point: list) -> dict:
    """Symbol → 50-digit value for θ, x and (in order) the named activations at one datapoint."""
    names = [t.symbol.name for t in _net(data).theta]
    env = {sympy.Symbol(n): sympy.Float(_read(v), 50) for n, v in zip(names, data["values"])}
    xs = ["x"] if len(point) == 1 else [f"x_{j}" for j in range(1, len(point) + 1)]
    env.update({sympy.Symbol(n): sympy.Float(_read(v), 50) for n, v in zip(xs, point)})
    for named in data["named_activations"]:
        env[sympy.Symbol(named["name"])] = _read(named["sympy"]).xreplace(env).evalf(50)
    return env


def _net(data: dict):
    from symntk.network import network_for

    return network_for(tuple(data["widths"]), tuple(data["activations"]), data["parameterization"])


@pytest.fixture(scope="module", params=sorted(NETS))
def exported(request):
    widths, act, param = NETS[request.param]
    prob = problem(widths, act, param, points=[[1 + j for j in range(widths[0])], [(-1) ** j for j in range(widths[0])],
                                                [0] * widths[0]])
    solution = api.derive(prob)
    data = json.loads(json.dumps(api.solution_dict(solution), ensure_ascii=False))
    theta = [float(_read(v)) for v in data["values"]]
    points = [[float(_read(c)) for c in p] for p in data["points"]]
    J = backprop_jacobian(theta, widths, [act] * (len(widths) - 2), points, ntk=param == "ntk")
    return request.param, solution, data, J


def test_decimals_agree_with_an_independent_backprop(exported):
    _, _, data, J = exported
    assert np.allclose(np.array(data["jacobian_decimal"]), J, rtol=TOL, atol=TOL)
    assert np.allclose(np.array(data["kernel_decimal"]), J @ J.T, rtol=1e-11, atol=1e-11)


def test_gradient_strings_with_their_named_activations_give_the_jacobian(exported):
    _, _, data, _ = exported
    P, n_out = data["parameter_count"], data["widths"][-1]
    for i, point in enumerate(data["points"]):
        env = _env(data, point)
        for idx, g in enumerate(data["gradients"]):
            o, k = divmod(idx, P)
            value = float(_read(g["sympy"]).xreplace(env).evalf(50))
            assert _close(value, data["jacobian_decimal"][i * n_out + o][k]), (i, g["parameter"], g["sympy"][:80])
        assert g["latex"] and "sigmoid(" not in g["sympy"]


def test_exact_strings_are_present_unless_nested_and_agree_with_the_decimals(exported):
    name, solution, data, _ = exported
    assert (data["jacobian"] is None) == solution.nested == (data["kernel"] is None)
    assert solution.nested == (name in ("tanh-deep", "sigmoid-deep", "softplus-deep-ntk", "tanh-deep-2-out"))
    for exact, decimals in ((data["jacobian"], data["jacobian_decimal"]), (data["kernel"], data["kernel_decimal"])):
        for row, row_dec in zip(exact or [], decimals):
            for text, value in zip(row, row_dec):
                assert _close(float(sympy.N(_read(text), 30)), value), text[:80]
    lam = sympy.Symbol("lam")
    poly = _read(data["characteristic_polynomial"])
    assert poly.free_symbols <= {lam}
    for e in data["eigenvalues"]:
        assert abs(float(sympy.N(poly.subs(lam, e["value"]), 30))) <= 1e-8 * max(1.0, abs(e["value"])) ** len(
            data["kernel_decimal"])
        if e["exact"] is not None:
            assert _close(float(sympy.N(_read(e["exact"]), 30)), e["value"])
    assert "sigmoid(" not in json.dumps(data)


def test_expansion_is_f_at_every_point(exported):
    _, _, data, _ = exported
    expansions = data["expansion"] if isinstance(data["expansion"], list) else [data["expansion"]]
    theta = [float(_read(v)) for v in data["values"]]

    for point in data["points"]:
        env = _env(data, point)
        want = forward(theta, data["widths"], data["activations"], [float(_read(c)) for c in point],
                       ntk=data["parameterization"] == "ntk")
        got = [float(_read(f["sympy"]).xreplace(env).evalf(50)) for f in expansions]
        assert np.allclose(got, want, rtol=TOL, atol=TOL)
