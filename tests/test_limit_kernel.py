"""make_limit_kernel_fn against independent implementations written here: a plain NumPy
recursion (the textbook formulas, arccos and all) and a 60-digit mpmath recursion.

The NumPy one is trusted only where its arccos is well conditioned (distinct,
well separated inputs); the mpmath one everywhere, including the diagonal and
nearly parallel inputs, where float arccos near 1 loses half of the digits."""

import mpmath
import numpy as np
import pytest

import symntk
from symntk.limit import make_limit_kernel_fn

CLOSED = ["identity", "relu", "erf", "quadratic"]


def numpy_theta(X1, X2, depth, act, sw=1.0, sb=1.0):
    """Θ(X1, X2) by the recursion with textbook formulas, all matrices at once."""
    n0 = X1.shape[1]
    c, b = sw * sw, sb * sb
    S = c * X1 @ X2.T / n0 + b
    s1 = c * (X1 * X1).sum(1) / n0 + b
    s2 = c * (X2 * X2).sum(1) / n0 + b
    T = S.copy()
    for _ in range(depth - 1):
        q = np.sqrt(np.outer(s1, s2))
        if act == "identity":
            new, dot, f = S, np.ones_like(S), (lambda s: s)
        elif act == "quadratic":
            new, dot, f = np.outer(s1, s2) + 2 * S ** 2, 4 * S, (lambda s: 3 * s * s)
        elif act == "relu":
            t = np.arccos(np.clip(S / q, -1, 1))
            new = q * (np.sin(t) + (np.pi - t) * np.cos(t)) / (2 * np.pi)
            dot, f = (np.pi - t) / (2 * np.pi), (lambda s: s / 2)
        else:
            a1, a2 = 1 + 2 * s1, 1 + 2 * s2
            new = 2 / np.pi * np.arcsin(2 * S / np.sqrt(np.outer(a1, a2)))
            dot = 4 / np.pi / np.sqrt(np.outer(a1, a2) - 4 * S ** 2)
            f = lambda s: 2 / np.pi * np.arcsin(2 * s / (1 + 2 * s))  # noqa: E731
        S = c * new + b
        T = T * (c * dot) + S
        s1, s2 = c * f(s1) + b, c * f(s2) + b
    return T


def mp_theta(x, y, depth, act, sw=1, sb=1, dps=60):
    """Θ(x, y) for one pair by the recursion in mpmath at ``dps`` digits."""
    with mpmath.workdps(dps):
        x = [v if isinstance(v, mpmath.mpf) else mpmath.mpf(float(v)) for v in x]
        y = [v if isinstance(v, mpmath.mpf) else mpmath.mpf(float(v)) for v in y]
        c, b = mpmath.mpf(sw) ** 2, mpmath.mpf(sb) ** 2
        n0 = len(x)
        sxx = c * mpmath.fsum(a * a for a in x) / n0 + b
        syy = c * mpmath.fsum(a * a for a in y) / n0 + b
        sxy = c * mpmath.fsum(a * d for a, d in zip(x, y)) / n0 + b
        T = sxy
        for _ in range(depth - 1):
            def expect(s11, s22, s12):
                if act == "identity":
                    return s12, mpmath.mpf(1)
                if act == "quadratic":
                    return s11 * s22 + 2 * s12 ** 2, 4 * s12
                if act == "relu":
                    r = s12 / mpmath.sqrt(s11 * s22)
                    r = min(max(r, mpmath.mpf(-1)), mpmath.mpf(1))
                    t = mpmath.acos(r)
                    return (mpmath.sqrt(s11 * s22) * (mpmath.sin(t) + (mpmath.pi - t) * mpmath.cos(t))
                            / (2 * mpmath.pi), (mpmath.pi - t) / (2 * mpmath.pi))
                a = (1 + 2 * s11) * (1 + 2 * s22)
                return (2 / mpmath.pi * mpmath.asin(2 * s12 / mpmath.sqrt(a)),
                        4 / mpmath.pi / mpmath.sqrt(a - 4 * s12 ** 2))
            e, d = expect(sxx, syy, sxy)
            ex, _ = expect(sxx, sxx, sxx)
            ey, _ = expect(syy, syy, syy)
            T = T * c * d + c * e + b
            sxy, sxx, syy = c * e + b, c * ex + b, c * ey + b
        return T


@pytest.mark.parametrize("act", CLOSED)
@pytest.mark.parametrize("depth", [2, 3, 4, 5])
def test_against_numpy_recursion_on_separated_points(act, depth):
    rng = np.random.default_rng(depth)
    X1, X2 = rng.normal(size=(30, 3)), rng.normal(size=(20, 3))
    K = make_limit_kernel_fn(depth, act, sigma_w=1.3, sigma_b=0.7)(X1, X2)
    R = numpy_theta(X1, X2, depth, act, 1.3, 0.7)
    assert K.shape == (30, 20) and K.dtype == np.float64
    assert np.max(np.abs(K - R) / np.abs(R)) <= 1e-12


@pytest.mark.parametrize("act", CLOSED)
@pytest.mark.parametrize("depth", [2, 3, 4, 5])
def test_against_mpmath_on_diagonal_and_nearly_parallel_inputs(act, depth):
    rng = np.random.default_rng(10 + depth)
    x = rng.normal(size=3)
    d = rng.normal(size=3)
    X = np.array([x, x + 1e-7 * d, x + 1e-11 * d, x * (1 + 1e-9), -x + 1e-8 * d, rng.normal(size=3)])
    K = make_limit_kernel_fn(depth, act)(X)
    for i in range(len(X)):
        for j in range(i, len(X)):
            exact = mp_theta(X[i], X[j], depth, act)
            assert abs(K[i, j] - float(exact)) <= 1e-12 * abs(float(exact)), (i, j)
    assert np.array_equal(K, K.T)


def test_naive_arccos_loses_digits_where_the_stable_angle_does_not():
    """The reason for the stable angle: for nearly parallel inputs the textbook relu
    recursion (arccos of a correlation near 1) is off by ~1e-10."""
    rng = np.random.default_rng(0)
    x, d = rng.normal(size=4), rng.normal(size=4)
    X = np.array([x, x + 1e-7 * d])
    exact = float(mp_theta(X[0], X[1], 4, "relu"))
    assert abs(make_limit_kernel_fn(4, "relu")(X)[0, 1] - exact) <= 1e-15 * exact
    assert abs(numpy_theta(X, X, 4, "relu")[0, 1] - exact) > 1e-12 * exact


def test_sigmas_mpmath_and_different_point_sets():
    rng = np.random.default_rng(5)
    X1 = rng.normal(size=(4, 2))
    X2 = np.vstack([X1[:2] + 1e-9, rng.normal(size=(3, 2))])
    K = make_limit_kernel_fn(3, "relu", sigma_w=2 ** 0.5, sigma_b=0.1)(X1, X2)
    for i in range(4):
        for j in range(5):
            exact = float(mp_theta(X1[i], X2[j], 3, "relu", mpmath.sqrt(2), mpmath.mpf("0.1")))
            assert abs(K[i, j] - exact) <= 1e-12 * abs(exact)


def test_blocks_give_the_same_kernel():
    X = np.random.default_rng(1).normal(size=(50, 3))
    whole = make_limit_kernel_fn(3, "relu")(X)
    blocked = make_limit_kernel_fn(3, "relu", block_size=7)(X)
    assert np.allclose(blocked, whole, rtol=1e-14, atol=0)
    assert np.array_equal(blocked, blocked.T)
    rect = make_limit_kernel_fn(3, "relu", block_size=7)(X[:20], X[15:])
    assert np.allclose(rect, whole[:20, 15:], rtol=1e-14, atol=0)


def test_public_name_depth_one_and_per_layer_activations():
    X = np.random.default_rng(2).normal(size=(6, 2))
    assert np.allclose(symntk.make_limit_kernel_fn(1, [])(X), X @ X.T / 2 + 1, rtol=1e-15)
    mixed = make_limit_kernel_fn(3, ["erf", "relu"])(X)
    for i in range(6):
        assert mixed[i, i] > 0
    assert np.all(np.linalg.eigvalsh(mixed) > 0)


@pytest.mark.parametrize("bad, message", [
    (dict(depth=0), "depth"), (dict(activation="swish"), "activation"), (dict(sigma_w=-1.0), "sigma_w"),
    (dict(sigma_b=float("nan")), "sigma_b")])
def test_bad_arguments(bad, message):
    args = dict(depth=2, activation="relu") | bad
    with pytest.raises(symntk.InputError, match=message):
        make_limit_kernel_fn(**args)


def test_bad_points():
    kfn = make_limit_kernel_fn(2, "relu")
    with pytest.raises(symntk.InputError, match="X2"):
        kfn(np.zeros((3, 2)), np.zeros((3, 4)))
    with pytest.raises(symntk.InputError, match="X1"):
        kfn(np.array([[np.nan, 1.0]]))
