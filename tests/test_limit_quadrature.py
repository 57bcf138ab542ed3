"""The quadrature of tanh, sigmoid and softplus at any input scale, against references in mpmath
written here: one-dimensional integrals at 20 digits (the diagonal, and orthogonal pairs, which
factor into two of them), and for correlated pairs of huge variance the saturated limit in closed
form at 40 digits (tanh → sign, σ → unit step, softplus → relu: exact there to far below 1e-30)."""

import mpmath
import numpy as np
import pytest

from symntk.limit import quadrature

mp = mpmath
TOLERANCE = 1e-12

PHI = {
    "tanh": (mp.tanh, lambda w: mp.sech(w) ** 2),
    "sigmoid": (lambda w: 1 / (1 + mp.exp(-w)), lambda w: mp.exp(-abs(w)) / (1 + mp.exp(-abs(w))) ** 2),
    "softplus": (lambda w: max(w, 0) + mp.log1p(mp.exp(-abs(w))), lambda w: 1 / (1 + mp.exp(-w))),
}


def _mean(f, s):
    """E[f(u)] for u ~ N(0, s), integrated in u with cuts at the activation's and the Gaussian's scales."""
    s = mp.mpf(s)
    p = mp.sqrt(s)
    cuts = {mp.mpf(k) for k in (-40, -20, -5, -1, 0, 1, 5, 20, 40)} | {k * p for k in (-8, -2, 2, 8)}
    # the constant 1/√(2πs) outside the integral: mp.quad's tolerance is absolute
    integral = mp.quad(lambda u: f(u) * mp.exp(-u * u / (2 * s)), [-mp.inf, *sorted(cuts), mp.inf])
    return integral / mp.sqrt(2 * mp.pi * s)


@pytest.mark.parametrize("name", ["tanh", "sigmoid", "softplus"])
@pytest.mark.parametrize("s", [0.5, 1e2, 1e12, 1e80])
def test_diagonal_against_mpmath(name, s):
    phi, slope = PHI[name]
    with mp.workdps(20):
        value = _mean(lambda u: phi(u) ** 2, s)
        dot = _mean(lambda u: slope(u) ** 2, s)
    got = quadrature.expectations(name, s, s, s, 0.0)
    assert abs(got[0] - value) <= TOLERANCE * abs(value)
    assert abs(got[1] - dot) <= TOLERANCE * abs(dot)


@pytest.mark.parametrize("name", ["tanh", "sigmoid", "softplus"])
@pytest.mark.parametrize("s1, s2", [(1e2, 1e40), (1e12, 3.0), (1e80, 1e80)])
def test_orthogonal_pairs_factor_into_one_dimensional_integrals(name, s1, s2):
    phi, slope = PHI[name]
    with mp.workdps(20):
        value = _mean(phi, s1) * _mean(phi, s2)
        dot = _mean(slope, s1) * _mean(slope, s2)
    got = quadrature.expectations(name, s1, s2, 0.0, s1 * s2)
    assert abs(got[0] - value) <= TOLERANCE * max(abs(value), 1e-300) or abs(value) < 1e-40
    assert abs(got[1] - dot) <= TOLERANCE * abs(dot)


def _saturated(name, s1, s2, S):
    """(E[φ(u)φ(v)], E[φ′(u)φ′(v)]) for variances ≫ 1, and D = s₁s₂ − S², at 40 digits:
    tanh → sign: (2/π) asin ρ and (∫sech²)² ϕ_Σ(0, 0) = 4/(2π√D); σ → step: 1/4 + asin(ρ)/(2π)
    and 1/(2π√D); softplus → relu: (√D + (π − θ)S)/(2π) and (π − θ)/(2π), θ = acos ρ."""
    with mp.workdps(40):
        s1, s2, S = mp.mpf(s1), mp.mpf(s2), mp.mpf(S)
        D = s1 * s2 - S * S
        rho = S / mp.sqrt(s1 * s2)
        density = 1 / (2 * mp.pi * mp.sqrt(D))
        if name == "tanh":
            return 2 / mp.pi * mp.asin(rho), 4 * density, D
        if name == "sigmoid":
            return mp.mpf(1) / 4 + mp.asin(rho) / (2 * mp.pi), density, D
        theta = mp.acos(rho)
        return (mp.sqrt(D) + (mp.pi - theta) * S) / (2 * mp.pi), (mp.pi - theta) / (2 * mp.pi), D


@pytest.mark.parametrize("name", ["tanh", "sigmoid", "softplus"])
@pytest.mark.parametrize("s1, s2, S", [(1e80, 4e80, 1.5e80), (1e40, 1e40, -3e39), (1e60, 1e80, 9.9e69),
                                       (1e80, 1e80, 9.99999e79)], ids=["rho0.75", "rho-0.3", "unequal", "parallel"])
def test_correlated_pairs_of_huge_variance_against_the_saturated_limit(name, s1, s2, S):
    value, dot, D = _saturated(name, s1, s2, S)
    got = quadrature.expectations(name, s1, s2, S, float(D))
    assert abs(got[0] - value) <= TOLERANCE * abs(value)
    assert abs(got[1] - dot) <= TOLERANCE * abs(dot)


def test_cost_does_not_grow_with_the_scale(monkeypatch):
    evaluated = []
    functions = quadrature._functions

    def counting(name):
        phi, slope = functions(name)
        return (lambda z: evaluated.append(np.size(z)) or phi(z)), slope
    monkeypatch.setattr(quadrature, "_functions", counting)

    def nodes(s):
        evaluated.clear()
        quadrature.expectations("tanh", s, 2 * s, 0.7 * s)
        return sum(evaluated)
    small, saturated = nodes(1.0), nodes(1e6)
    assert saturated <= 5 * small                     # windows of the activation's scale, not of the input's
    assert all(nodes(s) <= saturated for s in (1e2, 1e40, 1e120))


@pytest.mark.parametrize("bad", [1e200, float("inf"), float("nan")])
def test_variances_beyond_float64_are_refused(bad):
    with pytest.raises(quadrature.OutOfRangeError):
        quadrature.expectations("tanh", bad, 1.0, 0.5)
