"""`symntk sweep`: the empirical NTK of random networks against Θ, the drift, JSON and the plot."""

import json

import numpy as np
import pytest

from symntk.cli import main
from symntk.limit import make_limit_kernel_fn
from symntk.limit.sweep import sweep, train
from symntk.numeric import init_params, make_kernel_fn
from symntk.problem import problem_from_dict

from conftest import write

PROBLEM = """
title = "sweep"
[network]
widths = [2, 5, 1]
activation = "erf"
parameterization = "ntk"
[data]
x = [[1, 0.5], [-0.3, 2], [0.7, 0.7]]
y = [0.5, -1, 0.25]
"""


def test_json_keys_and_values(tmp_path, capsys):
    path = write(tmp_path, PROBLEM)
    assert main(["sweep", str(path), "--widths", "8,32,512", "--seeds", "3", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"widths", "relative_error_mean", "relative_error_std", "slope", "drift_mean"} <= set(data)
    assert data["widths"] == [8, 32, 512]
    assert len(data["relative_error_mean"]) == len(data["drift_mean"]) == 3
    assert data["relative_error_mean"][-1] < data["relative_error_mean"][0]
    assert data["drift_mean"][-1] < data["drift_mean"][0]
    assert -1.0 < data["slope"] < -0.2


def test_errors_are_what_they_say():
    """Recompute one width's errors and drifts here: the same seeds, the same K, the same Θ."""
    problem = problem_from_dict({"network": {"widths": [2, 5, 1], "activation": "relu", "parameterization": "ntk",
                                             "sigma_w": "1.4", "sigma_b": "0.3"},
                                 "data": {"x": [[1, 0.5], [-0.3, 2]]}}, parameters_optional=True)
    result = sweep(problem, (16, 64), seeds=2, steps=3)
    X = np.array([[1, 0.5], [-0.3, 2]])
    theta = make_limit_kernel_fn(2, "relu", 1.4, 0.3)(X)
    errors = []
    for seed in range(2):
        K = make_kernel_fn([2, 64, 1], "relu", init_params([2, 64, 1], seed, "ntk"), parameterization="ntk",
                           sigma_w=1.4, sigma_b=0.3)(X)
        errors.append(np.linalg.norm(K - theta) / np.linalg.norm(theta))
    assert np.isclose(result.relative_error_mean[1], np.mean(errors), rtol=1e-12)
    assert np.isclose(result.relative_error_std[1], np.std(errors), rtol=1e-12)
    assert result.learning_rate == pytest.approx(1 / np.linalg.eigvalsh(theta)[-1])


def test_training_step_is_gradient_descent():
    """One step of the sweep's training against θ − η ∇L with ∇L by central differences."""
    arch, X, Y = [2, 4, 3, 2], np.array([[0.3, -1.0], [1.2, 0.4]]), np.array([[0.5, 0.0], [-1.0, 2.0]])
    params = init_params(arch, 7, "ntk")
    after = train(arch, ("tanh", "erf"), params, X, Y, 1.3, 0.6, 0.01, 1)

    def loss(ps):
        a = X
        for l, (W, b) in enumerate(ps):
            z = 1.3 / np.sqrt(arch[l]) * a @ W.T + 0.6 * b.T
            a = z if l == len(ps) - 1 else (np.tanh(z) if l == 0 else _erf(z))
        return 0.5 * np.sum((a - Y) ** 2)

    h = 1e-6
    for l, (W, b) in enumerate(params):
        for M, N in ((W, after[l][0]), (b, after[l][1])):
            grad = np.zeros_like(M)
            for idx in np.ndindex(M.shape):
                old = M[idx]
                M[idx] = old + h
                up = loss(params)
                M[idx] = old - h
                down = loss(params)
                M[idx] = old
                grad[idx] = (up - down) / (2 * h)
            assert np.allclose(N, M - 0.01 * grad, rtol=0, atol=1e-9)


def _erf(z):
    from math import erf
    return np.vectorize(erf)(z)


def test_text_plot_and_problem_without_parameters(tmp_path, capsys):
    pytest.importorskip("matplotlib")
    path = write(tmp_path, PROBLEM)
    plot = tmp_path / "sweep.png"
    assert main(["sweep", str(path), "--widths", "8,64", "--seeds", "2", "--plot", str(plot), "--lang", "is"]) == 0
    text = capsys.readouterr().out
    assert "kenningin: −1/2" in text and "64" in text
    assert plot.read_bytes().startswith(b"\x89PNG")


@pytest.mark.parametrize("args, field", [(["--widths", "16"], "--widths"), (["--widths", "a,b"], "--widths"),
                                         (["--seeds", "0"], "--seeds"), (["--plot", "x.pdf"], "--plot"),
                                         (["--format", "csv"], "--format")])
def test_bad_options(tmp_path, capsys, args, field):
    path = write(tmp_path, PROBLEM)
    assert main(["sweep", str(path), *args]) == 2
    err = capsys.readouterr().err.strip()
    assert field in err and err.count("\n") == 0
