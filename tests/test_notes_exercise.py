"""The notes' exercise, checked against values worked out independently.

By hand (chain rule on f = W2(W1 x + b1) + b2 with W1 = [1, 1]ᵀ, b1 = [0, 1]ᵀ,
W2 = [1, 0], b2 = 0):  ∇θf(x) = (x, 0, 1, 0, x, x + 1, 1), so
K = [[8, 12], [12, 19]] and det(K − λI) = λ² − 27λ + 8, λ = (27 ∓ √697)/2.
The same numbers are re-derived below by the independent references, never
taken from the notes (whose ∂f/∂θ₅, ∂f/∂θ₆, ∂f/∂θ₇ are wrong).
"""

from fractions import Fraction

import numpy as np
import sympy

import symntk
from symntk import notation

from reference import central_jacobian, exact_jacobian, flatten, gram


def _theta(problem):
    weights = [[[Fraction(str(v)) for v in W.row(i)] for i in range(W.rows)] for W in problem.weights]
    biases = [[[Fraction(str(v))] for v in b] for b in problem.biases]
    return flatten(weights, biases)


def test_gradients_symbolic_match_hand_and_sympy_diff():
    sol = symntk.derive(symntk.notes_problem())
    net = sol.network
    W = notation.weight
    b = notation.bias
    x = net.x[0]
    hand = [W(2, 1, 1) * x, W(2, 1, 2) * x, W(2, 1, 1), W(2, 1, 2),
            W(1, 1, 1) * x + b(1, 1), W(1, 2, 1) * x + b(1, 2), sympy.Integer(1)]
    got = [g.expr for g in sol.gradients[0]]
    assert got == hand
    f = net.outputs[0]
    assert all(sympy.expand(g - sympy.diff(f, s)) == 0 for g, s in zip(got, net.parameters()))


def test_jacobian_and_kernel_exact_against_fraction_backprop():
    problem = symntk.notes_problem()
    sol = symntk.derive(problem)
    points = [[Fraction(str(p[0]))] for p in problem.points]
    J_ref = exact_jacobian(_theta(problem), [1, 2, 1], ["identity"], points)
    assert [[sympy.Rational(str(v)) for v in row] for row in J_ref] == sol.jacobian.tolist()
    K_ref = gram(J_ref)
    assert sol.kernel == sympy.Matrix([[sympy.Rational(str(v)) for v in row] for row in K_ref])


def test_jacobian_against_central_differences():
    problem = symntk.notes_problem()
    sol = symntk.derive(problem)
    J_num = central_jacobian([float(t) for t in _theta(problem)], [1, 2, 1], ["identity"],
                             [[1.0], [2.0]])
    assert np.allclose(np.array(sol.jacobian.tolist(), dtype=float), J_num, atol=1e-7)


def test_eigenvalues_exact_roots_of_independent_characteristic_polynomial():
    problem = symntk.notes_problem()
    sol = symntk.derive(problem)
    K_ref = gram(exact_jacobian(_theta(problem), [1, 2, 1], ["identity"], [[1], [2]]))
    tr = sympy.Rational(str(K_ref[0][0] + K_ref[1][1]))
    det = sympy.Rational(str(K_ref[0][0] * K_ref[1][1] - K_ref[0][1] ** 2))
    lam = sympy.Symbol("lam")
    expected = sorted(sympy.solve(lam ** 2 - tr * lam + det, lam), key=lambda r: float(r))
    got = [e.exact for e in sol.eigenvalues]
    assert [sympy.simplify(g - e) for g, e in zip(got, expected)] == [0, 0]
    assert all(e.multiplicity == 1 for e in sol.eigenvalues)
    numeric = np.linalg.eigvalsh(np.array(K_ref, dtype=float))
    assert np.allclose([float(e.value) for e in sol.eigenvalues], numeric, rtol=1e-12)
    assert sympy.expand(sol.characteristic_polynomial - (sol.kernel - lam * sympy.eye(2)).det()
                        .subs(lam, symntk.kernel_lambda())) == 0


def test_parameter_count_and_theta_order():
    net = symntk.build_network(symntk.notes_problem())
    assert net.count_formula() == "2×1 + 2×1 + 1×2 + 1×1 = 7"
    assert [notation.symbol_latex(s) for s in net.parameters()] == [
        "W_{1,1}^{[1]}", "W_{2,1}^{[1]}", "b_{1,1}^{[1]}", "b_{2,1}^{[1]}",
        "W_{1,1}^{[2]}", "W_{1,2}^{[2]}", "b_{1,1}^{[2]}"]


def test_expansion_written_as_the_notes_write_it():
    net = symntk.build_network(symntk.notes_problem())
    assert notation.latex(net.expansion[0]) == (
        r"W_{1,1}^{[2]} W_{1,1}^{[1]} x + W_{1,2}^{[2]} W_{2,1}^{[1]} x + W_{1,1}^{[2]} b_{1,1}^{[1]}"
        r" + W_{1,2}^{[2]} b_{2,1}^{[1]} + b_{1,1}^{[2]}")
    assert sympy.expand(net.expansion[0] - net.outputs[0]) == 0


def test_positive_semidefinite():
    assert symntk.derive(symntk.notes_problem()).positive_semidefinite
