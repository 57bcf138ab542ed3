"""The eigenvalue's own letter in the one statement that sets the characteristic polynomial up, in notes that write
λ elsewhere too (``det(K - lI) = (4-l)(15-l) - 36 = …``, then ``lambda = …``), a letter typed against the identity
(``lI``, ``lamI``) and the polynomial named in its letter (``p(l) = l^2 - 19l + 24``).

The notes are invented; values worked out by hand. f(x) = v_1(w_1 x + b_1) + v_2(w_2 x + b_2) + c, identity, with
W1 = (2, 1)ᵀ, b1 = (1, 0)ᵀ, W2 = (1, 1), b2 = 0 at x_1 = 0, x_2 = 1: ∇f = (x, x, 1, 1, 2x + 1, x, 1), so
∇f(0) = (0, 0, 1, 1, 1, 0, 1), ∇f(1) = (1, 1, 1, 1, 3, 1, 1), K = [[4, 6], [6, 15]]; tr K = 19, det K = 60 − 36 = 24;
det(K − λI) = (4 − λ)(15 − λ) − 36 = λ² − 19λ + 24, λ = (19 ± √265)/2 ≈ 17.639, 1.361.
"""

import pytest
from check_helpers import notes_verdicts

from symntk.check.eigen_letter import local_lambdas, local_letter, spaced_identity

HEAD = ("W1 = [2, 1]^T, b1 = [1, 0]^T, W2 = [1, 1], b2 = 0, no activation\n"   # line 1
        "points x1 = 0, x2 = 1\n\n"
        "K = [[4, 6], [6, 15]]\n\n")                                           # line 4; the next is line 6
ROOTS = "\n\nlambda = (19 +- sqrt(265))/2\n"                                  # line 8: the notes write λ


@pytest.mark.parametrize("text, spaced", [
    ("det(K - lI) = 0", "det(K - l I) = 0"),
    ("det(K - lamI)", "det(K - lam I)"),
    ("det(K - lambdaI)", "det(K - lambda I)"),
    ("|K - tE|", "|K - t E|"),
    ("det(K - l I)", "det(K - l I)"),        # already apart
    ("det(K - l*I)", "det(K - l*I)"),
    ("K - lI", "K - lI"),                    # no determinant: nothing is said about l
    ("det(A - lI)", "det(A - lI)"),          # not the kernel
])
def test_the_shifting_letter_is_set_apart_from_the_identity(text, spaced):
    assert spaced_identity(text) == spaced


@pytest.mark.parametrize("statement, letter", [
    ("det(K - l I) = (4-l)(15-l) - 36", "l"),
    ("det(K - L I) = (4-L)(15-L) - 36", "L"),
    ("det(K - lam I) = lam^2 - 19 lam + 24", "lam"),
    ("mu^2 - 19mu + 24 = 0", "mu"),
    ("p(l) = l^2 - 19l + 24", "l"),
    ("p(t) = (4-t)(15-t) - 36 = t^2 - 19t + 24", "t"),
    ("L = 2 layers", None),
    ("l^2 - 19l + 24", None),                # no "= 0", no name: not said to be the polynomial
    ("f(l) = l^2 + 1", None),                # f is the network, no polynomial's name
    ("det(K - l I) = 0, det(K - t I) = 0", None),   # two letters: neither
])
def test_a_statement_names_its_own_unknown(statement, letter):
    assert local_letter(statement) == letter


def test_only_the_statement_and_the_lines_that_go_on_with_its_chain_change():
    text = "l = 2\ndet(K - lI) = (4-l)(15-l) - 36\n    = l^2 - 19l + 24\nl = 2\n"
    assert local_lambdas(text) == ("l = 2\ndet(K - \\lambda  I) = (4-\\lambda )(15-\\lambda ) - 36\n"
                                   "    = \\lambda ^2 - 19\\lambda  + 24\nl = 2\n")


@pytest.mark.parametrize("chain", [
    "eigenvalues: det(K - lI) = (4-l)(15-l) - 36 = l^2 - 19l + 60 - 36 = l^2 - 19l + 24",
    "det(K - LI) = (4-L)(15-L) - 36 = L^2 - 19L + 60 - 36 = L^2 - 19L + 24",
    "det(K - lamI) = (4-lam)(15-lam) - 36 = lam^2 - 19lam + 60 - 36 = lam^2 - 19 lam + 24",
    "det(K - mu I) = (4-mu)(15-mu) - 36 = mu^2 - 19mu + 60 - 36 = mu^2 - 19mu + 24",
    "det(K - lambdaI) = (4-lambda)(15-lambda) - 36 = lambda^2 - 19lambda + 60 - 36 = lambda^2 - 19lambda + 24",
])
def test_a_chain_in_its_own_letter_is_judged_beside_lambda(chain):
    lines, first = notes_verdicts(HEAD + chain + ROOTS)
    assert lines[6] == ["correct"] * 3 and lines[8] == ["correct"] and first == 0


def test_a_wrong_link_in_the_own_letter_is_wrong():
    # 15·4 = 60, so the constant is 60 − 36 = 24, not 26
    lines, first = notes_verdicts(HEAD + "det(K - lI) = (4-l)(15-l) - 36 = l^2 - 19l + 26" + ROOTS)
    assert lines[6] == ["correct", "wrong"] and first == 6


def test_the_named_polynomial_in_its_letter_is_judged():
    lines, first = notes_verdicts(HEAD + "char poly p(l) = l^2 - 19l + 24" + ROOTS)
    assert lines[6] == ["correct"] and first == 0
    lines, first = notes_verdicts(HEAD + "char poly p(l) = l^2 - 19l + 42" + ROOTS)
    assert lines[6] == ["wrong"] and first == 6


def test_the_letter_elsewhere_in_notes_that_write_lambda_is_no_eigenvalue():
    # l = 26 would be a wrong eigenvalue; here l is only a length and nothing is claimed about it
    notes = HEAD + "det(K - lI) = (4-l)(15-l) - 36\n\nsay l = 26 for the plot" + ROOTS
    lines, first = notes_verdicts(notes)
    assert lines[6] == ["correct"] and 8 not in lines and lines[10] == ["correct"] and first == 0
