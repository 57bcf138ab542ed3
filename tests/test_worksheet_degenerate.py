"""Degenerate variants are rejected: a constant f, two identical hidden units, a layer of zeros.
Each case is checked independently: the expected verdict comes from a NumPy forward pass and
plain comparisons of the parameter arrays, not from the constraint code."""

import numpy as np
import pytest

import symntk
from symntk.worksheet.constraints import degenerate, violations
from symntk.worksheet.options import WorksheetOptions


def _problem(W1, b1, W2, b2, x, activation="identity"):
    return symntk.problem_from_dict({"network": {"widths": [len(W1[0]), len(W1), len(W2)], "activation": activation},
                                     "parameters": {"W1": W1, "b1": b1, "W2": W2, "b2": b2}, "data": {"x": x}})


def _numpy_outputs(W1, b1, W2, b2, x, phi):
    X = np.atleast_2d(np.asarray(x, dtype=float)).reshape(len(x), -1)
    hidden = phi(X @ np.asarray(W1, float).T + np.asarray(b1, float).T)
    return hidden @ np.asarray(W2, float).T + np.asarray(b2, float).T


CASES = [
    # (W1, b1, W2, b2, x, activation)
    ([[1], [2]], [[0], [1]], [[1, 0]], [[0]], [1, 2], "identity"),      # the notes' net: fine
    ([[1], [1]], [[0], [0]], [[1, 2]], [[0]], [1, 2], "tanh"),           # twin hidden units
    ([[0], [0]], [[1], [2]], [[1, 1]], [[0]], [1, 2], "identity"),       # W1 = 0: f constant too
    ([[1], [-1]], [[0], [0]], [[1, 1]], [[0]], [-1, 1], "quadratic"),    # f(x) = 2x²: f(−1) = f(1)
    ([[1], [2]], [[0], [1]], [[0, 0]], [[3]], [1, 2], "identity"),       # W2 = 0
    ([[1, 0], [0, 1]], [[0], [0]], [[1, -1]], [[0]], [[1, 1], [2, 2]], "tanh"),  # f = tanh x₁ − tanh x₂ = 0 on both
]
PHI = {"identity": lambda z: z, "tanh": np.tanh, "quadratic": lambda z: z ** 2}


@pytest.mark.parametrize("W1, b1, W2, b2, x, activation", CASES)
def test_degenerate_exercises_are_named(W1, b1, W2, b2, x, activation):
    f = _numpy_outputs(W1, b1, W2, b2, x, PHI[activation])
    expected = set()
    if any(not np.any(np.asarray(W)) for W in (W1, W2)):
        expected.add("zero-layer")
    rows = [tuple(w) + (b[0],) for w, b in zip(W1, b1)]
    if len(set(rows)) < len(rows):
        expected.add("twin-units")
    if np.any(np.ptp(f, axis=0) < 1e-12):
        expected.add("constant-output")
    solution = symntk.derive(_problem(W1, b1, W2, b2, x, activation))
    assert set(degenerate(solution)) == expected
    if expected:
        assert set(violations(solution, WorksheetOptions())) == expected


def test_no_generated_variant_is_degenerate():
    from symntk.worksheet import generate

    for variant in generate(WorksheetOptions(seed=3, variants=12, activation="tanh")):
        p = variant.problem
        W1, W2, b1, b2 = (np.array(p.weights[0].tolist(), float), np.array(p.weights[1].tolist(), float),
                          np.array(p.biases[0].tolist(), float), np.array(p.biases[1].tolist(), float))
        assert W1.any() and W2.any()
        rows = np.hstack([W1, b1])
        assert len({tuple(r) for r in rows}) == len(rows)
        f = _numpy_outputs(W1, b1, W2, b2, [list(map(float, x)) for x in p.points], np.tanh)
        assert np.all(np.ptp(f, axis=0) > 1e-9)
