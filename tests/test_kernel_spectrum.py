"""Eigenvalues, eigenvectors and semidefiniteness of hand-made matrices,
checked by their defining equations (independent of how they were found)."""

import sys

import numpy as np
import pytest
import sympy

from symntk import kernel as _api_kernel  # noqa: F401

kernel = sys.modules["symntk.kernel"]

LAM = sympy.Symbol("t")


@pytest.mark.parametrize("rows", [
    [[8, 12], [12, 19]],
    [[2, 0, 0], [0, 2, 0], [0, 0, 3]],              # a repeated eigenvalue
    [[2, 1, 0], [1, 3, 1], [0, 1, 4]],               # quadratic-surd roots
    [[4, 1, 1], [1, 3, 0], [1, 0, 2]],               # an irreducible cubic: CRootOf
    [[1, 1], [1, 1]],                                 # singular
    [["1/2", "1/3"], ["1/3", "1/4"]],
])
def test_eigenvalues_solve_the_characteristic_equation(rows):
    K = sympy.Matrix([[sympy.Rational(v) for v in row] for row in rows])
    eig = kernel.eigenvalues(K)
    assert sum(e.multiplicity for e in eig) == K.rows
    char = (K - LAM * sympy.eye(K.rows)).det()
    numeric = np.linalg.eigvalsh(np.array(K.tolist(), dtype=float))
    got = [float(e.value) for e in eig for _ in range(e.multiplicity)]
    assert np.allclose(got, numeric, atol=1e-12)
    for e in eig:
        assert sympy.simplify(char.subs(LAM, e.exact)) == 0
        # multiplicity: the root of the characteristic polynomial has that order.
        assert sympy.simplify(sympy.diff(char, LAM, e.multiplicity - 1).subs(LAM, e.exact)) == 0
        if not isinstance(e.exact, sympy.CRootOf):
            assert len(e.exact_vectors) == e.multiplicity
        for vec in e.exact_vectors:
            v = sympy.Matrix(vec)
            assert any(c != 0 for c in vec)
            assert (K * v - e.exact * v).applyfunc(sympy.simplify) == sympy.zeros(K.rows, 1)
        for vec in e.vectors:
            v = np.array([float(c) for c in vec])
            assert np.isclose(np.linalg.norm(v), 1.0)
            assert np.allclose(np.array(K.tolist(), dtype=float) @ v, float(e.value) * v, atol=1e-12)
    assert kernel.is_positive_semidefinite(K)


def test_repeated_eigenvalue_has_a_two_dimensional_eigenspace():
    eig = kernel.eigenvalues(sympy.diag(2, 2, 3))
    assert [(e.exact, e.multiplicity) for e in eig] == [(2, 2), (3, 1)]
    assert len(eig[0].exact_vectors) == 2 and len(eig[0].vectors) == 2


@pytest.mark.parametrize("rows", [[[1, 2], [2, 1]], [[0, 1], [1, 0]], [[1, 0, 0], [0, -1, 0], [0, 0, 1]]])
def test_indefinite_matrices_are_not_psd(rows):
    assert not kernel.is_positive_semidefinite(sympy.Matrix(rows))


def test_symbolic_two_by_two_closed_form():
    t = sympy.tanh(1)
    K = sympy.Matrix([[1 + t ** 2, t], [t, 2]])
    eig = kernel.eigenvalues(K)
    for e in eig:
        assert abs(sympy.N((K - e.exact * sympy.eye(2)).det(), 40)) < 1e-35
    assert np.allclose([float(e.value) for e in eig],
                       np.linalg.eigvalsh(np.array(K.evalf(30).tolist(), dtype=float)), atol=1e-14)


def test_characteristic_polynomial_is_det_K_minus_lambda_I():
    K = sympy.Matrix([[2, 1, 0], [1, 3, 1], [0, 1, 4]])
    p = kernel.characteristic_polynomial(K)
    assert sympy.expand(p.subs(kernel.LAMBDA, LAM) - (K - LAM * sympy.eye(3)).det()) == 0
