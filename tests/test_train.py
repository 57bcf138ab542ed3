"""Training dynamics against independent references.

Every expected trajectory comes from a gradient descent written here with the
plain-loop forward pass / backprop of tests/reference.py (or in exact
Fractions), and every linearised prediction from closed forms computed here
(matrix powers, a Taylor-series matrix exponential) — never from symntk.
"""

from fractions import Fraction

import numpy as np
import pytest

import symntk
from symntk.errors import InputError
from symntk.training import descend_exact, train

from reference import backprop_jacobian, central_jacobian, flatten, forward, unflatten

NETWORKS = {
    "notes": ({"widths": [1, 2, 1], "activation": "identity"},
              {"W1": [[1], [1]], "b1": [[0], [1]], "W2": [[1, 0]], "b2": [[0]]},
              {"x": [1, 2], "y": [0, 1]}, 0.02),
    "tanh": ({"widths": [1, 3, 1], "activation": "tanh"},
             {"W1": [[1], [-0.5], [0.25]], "b1": [[0], [0.5], [-1]], "W2": [[1, -1, 0.5]], "b2": [[0.25]]},
             {"x": [-1, 0.5, 2], "y": [0.5, -0.25, 1]}, 0.1),
    "sigmoid-ntk-2out": ({"widths": [2, 2, 2], "activation": "sigmoid", "parameterization": "ntk"},
                         {"W1": [[1, -1], [0.5, 2]], "b1": [[0], [1]], "W2": [[1, 2], [-1, 0.5]], "b2": [[0], [1]]},
                         {"x": [[1, 0], [0, 1], [1, 1]], "y": [[0, 1], [1, 0], [0.5, 0.5]]}, 0.2),
    "relu": ({"widths": [2, 3, 1], "activation": "relu"},
             {"W1": [[1, 0.5], [-1, 1], [0.5, -0.25]], "b1": [[0.5], [0.25], [1]], "W2": [[1, -0.5, 2]], "b2": [[0]]},
             {"x": [[1, 1], [2, -1]], "y": [1, -1]}, 0.02),
}


def problem(name):
    network, params, data, _ = NETWORKS[name]
    return symntk.problem_from_dict({"network": network, "parameters": params, "data": data})


def theta0(name):
    _, params, _, _ = NETWORKS[name]
    depth = len(NETWORKS[name][0]["widths"]) - 1
    weights = [params[f"W{l}"] for l in range(1, depth + 1)]
    biases = [params[f"b{l}"] for l in range(1, depth + 1)]
    return [float(v) for v in flatten(weights, biases)]


def reference_descent(name, steps):
    """θ_{t+1} = θ_t − η Jᵀ(f − y) with the reference forward pass and float backprop."""
    network, _, data, lr = NETWORKS[name]
    widths, ntk = network["widths"], network.get("parameterization") == "ntk"
    acts = [network["activation"]] * (len(widths) - 2)
    points = [x if isinstance(x, list) else [x] for x in data["x"]]
    y = np.array([v for lab in data["y"] for v in (lab if isinstance(lab, list) else [lab])], dtype=float)
    theta = np.array(theta0(name))
    outs, kernels = [], []
    for _ in range(steps + 1):
        f = np.array([v for x in points for v in forward(theta, widths, acts + ["identity"], x, ntk)])
        J = backprop_jacobian(theta, widths, acts + ["identity"], points, ntk)
        outs.append(f)
        kernels.append(J @ J.T)
        theta = theta - lr * J.T @ (f - y)
    return np.array(outs), np.array(kernels), y


@pytest.mark.parametrize("name", NETWORKS)
def test_gradient_descent_matches_reference_descent(name):
    steps = 25
    run = train(problem(name), steps=steps, lr=NETWORKS[name][3])
    outs, kernels, y = reference_descent(name, steps)
    np.testing.assert_allclose(run.trajectory.outputs, outs, rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(run.trajectory.kernels, kernels, rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(run.trajectory.loss, 0.5 * ((outs - y) ** 2).sum(axis=1), rtol=1e-10, atol=1e-14)
    drift = np.linalg.norm(kernels - kernels[0], axis=(1, 2)) / np.linalg.norm(kernels[0])
    np.testing.assert_allclose(run.drift, drift, rtol=1e-9, atol=1e-14)


@pytest.mark.parametrize("name", ["notes", "tanh"])
def test_first_step_is_the_central_difference_gradient_of_the_loss(name):
    network, _, data, lr = NETWORKS[name]
    widths, acts = network["widths"], [network["activation"], "identity"]
    points = [[x] for x in data["x"]]
    y = np.array(data["y"], dtype=float)
    theta = np.array(theta0(name))

    def loss(th):
        f = np.array([forward(th, widths, acts, x)[0] for x in points])
        return 0.5 * float(((f - y) ** 2).sum())

    h = 1e-6
    grad = np.array([(loss(theta + h * e) - loss(theta - h * e)) / (2 * h) for e in np.eye(len(theta))])
    run = train(problem(name), steps=1, lr=lr)
    np.testing.assert_allclose(run.trajectory.theta[1], theta - lr * grad, rtol=0, atol=1e-8)
    J = central_jacobian(theta, widths, acts, points)
    np.testing.assert_allclose(run.K0, J @ J.T, rtol=1e-7)


def _expm(A):
    """e^A by scaling and squaring of a 30-term Taylor series (for small symmetric A)."""
    s = max(0, int(np.ceil(np.log2(max(np.abs(A).sum(axis=1).max(), 1e-300) / 0.25))))
    B = A / 2 ** s
    out, term = np.eye(len(A)), np.eye(len(A))
    for n in range(1, 30):
        term = term @ B / n
        out = out + term
    for _ in range(s):
        out = out @ out
    return out


LINEAR = {"network": {"widths": [1, 1]}, "parameters": {"W1": [[2]], "b1": [[-1]]},
          "data": {"x": [-1, 0.5, 2], "y": [1, 0, 3]}}


def test_linear_model_gradient_descent_is_exactly_the_linearised_dynamics():
    # f(x) = w x + b: J has rows (x_i, 1) for every θ, so K_ij = x_i x_j + 1 never changes and
    # f_{t+1} = f_t − ηK(f_t − y) holds exactly.
    lr, steps = 0.1, 40
    x, y = np.array([-1.0, 0.5, 2.0]), np.array([1.0, 0.0, 3.0])
    K = np.outer(x, x) + 1
    f0 = 2 * x - 1
    expected = np.array([y + np.linalg.matrix_power(np.eye(3) - lr * K, t) @ (f0 - y) for t in range(steps + 1)])
    w, b, gd = 2.0, -1.0, []
    for t in range(steps + 1):
        f = w * x + b
        gd.append(f)
        if t == steps:
            break
        w, b = w - lr * float(x @ (f - y)), b - lr * float((f - y).sum())
    run = train(symntk.problem_from_dict(LINEAR), steps=steps, lr=lr, test_points=[0.0, 3.0])
    np.testing.assert_allclose(gd, expected, atol=1e-12)
    np.testing.assert_allclose(run.trajectory.outputs, expected, atol=1e-12)
    np.testing.assert_allclose(run.linear_discrete, expected, atol=1e-12)
    assert np.abs(run.drift).max() < 1e-14
    for t in (0, 1, 7, steps):
        np.testing.assert_allclose(run.linear_continuous[t], y + _expm(-lr * K * t) @ (f0 - y), atol=1e-11)
    # Off the training points the kernel prediction of the discrete dynamics is the trained line.
    np.testing.assert_allclose(run.test_outputs["trained"], [b, 3 * w + b], atol=1e-12)
    np.testing.assert_allclose(run.test_outputs["discrete"], [b, 3 * w + b], atol=1e-11)
    np.testing.assert_allclose(run.test_outputs["initial"], [-1.0, 5.0], atol=1e-14)
    # Each eigen-direction decays by exactly (1 − ηλ) per step.
    lam, V = np.linalg.eigh(K)
    np.testing.assert_allclose([m.value for m in run.modes], lam, rtol=1e-12, atol=1e-12)
    for m in run.modes:
        v = V[:, m.k - 1]
        assert abs(abs(m.start) - abs(v @ (f0 - y))) < 1e-12
        assert m.factor == pytest.approx(1 - lr * lam[m.k - 1], abs=1e-14)
        assert m.trained == pytest.approx(m.predicted, abs=1e-12)


def test_continuous_prediction_at_test_points_matches_closed_form():
    # Kernel regression in continuous time, written from the formula with an explicit pseudo-inverse:
    # f_t(x) = f_0(x) + K(x, X) K⁺ (I − e^{−ηKt}) (y − f_0(X)); here two equal inputs make K singular.
    data = {"network": {"widths": [1, 1]}, "parameters": {"W1": [[1]], "b1": [[0]]},
            "data": {"x": [1, 1, 2], "y": [0, 1, 1]}}
    lr, steps = 0.05, 12
    x, y = np.array([1.0, 1.0, 2.0]), np.array([0.0, 1.0, 1.0])
    K, f0 = np.outer(x, x) + 1, x.copy()
    xt = np.array([0.5, 4.0])
    expected = xt + (np.outer(xt, x) + 1) @ np.linalg.pinv(K) @ (np.eye(3) - _expm(-lr * K * steps)) @ (y - f0)
    run = train(symntk.problem_from_dict(data), steps=steps, lr=lr, test_points=xt.tolist())
    np.testing.assert_allclose(run.test_outputs["continuous"], expected, atol=1e-11)
    assert min(m.value for m in run.modes) == 0.0


def test_notes_network_kernel_drifts_and_linearisation_is_first_order():
    run = train(problem("notes"), steps=60, lr=0.02)
    assert run.drift.max() > 0.05  # gradients depend on θ: K moves
    # Halving η halves the one-step gap between gradient descent and the discrete linear prediction
    # roughly by four (the gap is second order in η).
    gaps = []
    for lr in (0.02, 0.01):
        r = train(problem("notes"), steps=1, lr=lr)
        gaps.append(np.abs(r.trajectory.outputs[1] - r.linear_discrete[1]).max())
    assert 3.5 < gaps[0] / gaps[1] < 4.5


def _fraction_outputs(theta, widths, points):
    weights, biases = unflatten(theta, widths)
    out = []
    for x in points:
        a = [Fraction(v) for v in x]
        for l in range(len(widths) - 1):
            a = [sum(weights[l][i][j] * a[j] for j in range(len(a))) + biases[l][i][0] for i in range(widths[l + 1])]
        out += a
    return out


def test_exact_descent_matches_fraction_descent():
    from reference import exact_jacobian

    widths, points, y, lr = [1, 2, 1], [[1], [2]], [Fraction(0), Fraction(1)], Fraction(1, 50)
    theta = [Fraction(v) for v in theta0("notes")]
    expected = [theta]
    for _ in range(3):
        f = _fraction_outputs(theta, widths, points)
        J = exact_jacobian(theta, widths, ["identity", "identity"], points)
        theta = [theta[k] - lr * sum(J[r][k] * (f[r] - y[r]) for r in range(len(f))) for k in range(len(theta))]
        expected.append(theta)
    got = descend_exact(problem("notes"), [0, 1], lr, 3)
    assert [[Fraction(int(v.p), int(v.q)) for v in th] for th in got] == expected


def test_default_learning_rate_is_one_over_largest_eigenvalue():
    run = train(problem("notes"), steps=0)
    assert run.lr == pytest.approx(2 / (27 + 697 ** 0.5), rel=1e-12)  # λ_max of K = [[8, 12], [12, 19]]


@pytest.mark.parametrize("kwargs, field", [
    ({"steps": -1, "lr": 0.1}, "--steps"),
    ({"steps": 5, "lr": -0.1}, "--lr"),
    ({"steps": 5, "lr": 0.1, "labels": [1]}, "--labels"),
    ({"steps": 5, "lr": 0.1, "labels": [[1, 2], [3, 4]]}, "--labels"),
    ({"steps": 200, "lr": 10.0, "labels": [0, 1]}, "--lr"),
    ({"steps": 5, "lr": 0.1, "labels": [0, 1], "test_points": [[1, 2]]}, "--test-points"),
])
def test_bad_training_options(kwargs, field):
    with pytest.raises(InputError) as info:
        train(symntk.notes_problem(), **kwargs)
    assert field in str(info.value) and "\n" not in str(info.value)


def test_missing_labels_names_the_file_and_field():
    with pytest.raises(InputError, match=r"notes\.toml: data\.y: expected labels y"):
        train(symntk.notes_problem(), steps=3, lr=0.1)


def test_networks_too_large_for_the_symbolic_gradients_are_refused():
    big = {"network": {"widths": [1, 60, 60, 1], "activation": "tanh"}, "random": {"seed": 1},
           "data": {"x": [1], "y": [1]}}
    with pytest.raises(symntk.TooLargeError):
        train(symntk.problem_from_dict(big), steps=1, lr=0.1)


def test_slide_panels_use_mathtext_and_projector_type():
    import re

    from symntk.training.plot import PANELS, plot_bytes

    run = train(symntk.notes_problem(), steps=5, labels=[0, 1])
    for lang in ("en", "is"):
        for name in PANELS:
            svg = plot_bytes(run, "svg", lang, name).decode()
            texts = re.findall(r"<text[^>]*>([^<]*)</text>", svg)
            assert not any("e^{" in t or "^t" in t or "−ηK" in t for t in texts)  # mathtext, not raw TeX
            ticks = [t for t in texts if re.fullmatch(r"[−-]?[\d.,]+", t)]
            assert ticks and all(("." not in t) if lang == "is" else ("," not in t) for t in ticks)
            sizes = [float(v) for v in re.findall(r"font[^;\"]*?(\d+(?:\.\d+)?)px", svg)]
            assert max(sizes) >= 18 and "18" in {f"{v:g}" for v in sizes}
