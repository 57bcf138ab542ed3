"""An independent numeric model of the exercises' two-layer net for the checker's tests: f(x) = W2 φ(W1 x + b1) + b2
by NumPy, its derivatives by central differences, its kernel from those gradients (no code of symntk used)."""

import numpy as np

ACT = {"identity": lambda z: z, "relu": lambda z: np.maximum(z, 0.0)}


def output(params: dict, x: float, act: str = "identity") -> np.ndarray:
    """f(x) for the parameters ``W1`` (n×1), ``b1`` (n), ``W2`` (m×n), ``b2`` (m), all the outputs."""
    h = ACT[act](np.asarray(params["W1"], float) @ np.array([x]) + np.asarray(params["b1"], float))
    return np.asarray(params["W2"], float) @ h + np.asarray(params["b2"], float)


def derivative(params: dict, name: str, index: tuple, x: float, act: str = "identity", out: int = 1) -> float:
    """∂f_out/∂(name[index]) at x, by central differences (step 1e-6)."""
    values = []
    for step in (1e-6, -1e-6):
        moved = {k: np.array(v, float) for k, v in params.items()}
        moved[name][index] += step
        values.append(output(moved, x, act)[out - 1])
    return (values[0] - values[1]) / 2e-6


def kernel(params: dict, xs: list, act: str = "identity") -> np.ndarray:
    """K_ij = ∇θ f(x_i) · ∇θ f(x_j) for a single output, the gradients by central differences."""
    shaped = {k: np.array(v, float) for k, v in params.items()}
    grads = [[derivative(params, k, i, x, act) for k in ("W1", "b1", "W2", "b2") for i in np.ndindex(shaped[k].shape)]
             for x in xs]
    g = np.array(grads)
    return g @ g.T


A = {"W1": [[1], [1]], "b1": [0, 1], "W2": [[1, 0]], "b2": [0]}
A_X = [1, 2]
E = {"W1": [[1], [-1]], "b1": [0, 2], "W2": [[1, 2]], "b2": [0]}
E_X = [1, 3]
G = {"W1": [[1]], "b1": [1], "W2": [[1], [2]], "b2": [0, 0]}
G_X = [1, 2]


def agrees(params: dict, name: str, index: tuple, formula, xs: list, act: str = "identity", out: int = 1) -> bool:
    """Whether ``formula(x)`` is the derivative at every datapoint (to 1e-6)."""
    return all(abs(formula(x) - derivative(params, name, index, x, act, out)) < 1e-6 for x in xs)
