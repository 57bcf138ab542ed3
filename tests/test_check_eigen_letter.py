"""The learner's own letter for the eigenvalue (t, l, μ) is read as λ when the notes shift K by it or set a
polynomial in it to zero, and only then."""

import pytest

from symntk.check import check_text
from symntk.check.eigen_letter import as_lambda, eigen_letter

from conftest import ROOT

PROBLEM = ROOT / "examples" / "notes.toml"   # K = [[8, 12], [12, 19]]: λ² − 27λ + 8, λ = (27 ± √697)/2


@pytest.mark.parametrize("text, letter", [
    (r"$\det(K - tI) = t^2 - 27t + 8$", "t"),
    (r"$|K - \mu \mathbf{I}| = 0$", r"\mu"),
    ("det(K - l*E) = 0", "l"),
    ("l (l^2 - 46 l + 66) = 0", "l"),
    (r"$\det(K - \lambda I) = 0$ and $t^2 - 3t + 2 = 0$", None),   # the notes write λ: t is something else
    ("don't stop at t = 3", None),
    (r"$\det(K - tI)$ and $\det(K - \mu I)$", None),               # two letters: neither is read
    ("l = 11 +- sqrt(121 - 5) = 11 +- sqrt(116)", "l"),               # set to the quadratic formula's roots
    (r"$t_{1,2} = \frac{27 \pm \sqrt{697}}{2}$", None),              # \frac: not the formula's typed shape
    ("t_{1,2} = (27 ± √697)/2", "t"),
    ("b = 1 +- sqrt(2)", None),                                       # b is no candidate letter
    ("l = 3 + sqrt(2)", None),                                        # one root, no ±: not read
])
def test_the_letter_is_found_only_from_a_shift_a_polynomial_or_the_roots(text, letter):
    assert eigen_letter(text) == letter


def test_only_the_letter_standing_alone_becomes_lambda():
    assert as_lambda(r"\det(K - tI) = t^2 - 27t, t_1 \approx 0.3", "t") == \
        r"\det(K - \lambda I) = \lambda ^2 - 27\lambda , \lambda _1 \approx 0.3"
    assert as_lambda("l1 ~= 0.30, l2 ~= 26.70, don't", "l") == r"\lambda_{1} ~= 0.30, \lambda_{2} ~= 26.70, don't"
    assert as_lambda(r"\tanh(t) + \det K", "t") == r"\tanh(\lambda ) + \det K"


def test_eigenvalues_in_the_learners_letter_are_judged():
    # (27 − √697)/2 = 0.29962…, (27 + √697)/2 = 26.70038…
    text = ("$\\det(K - tI) = (8 - t)(19 - t) - 144 = t^2 - 27t + 8$\n\n"
            "$t_1 \\approx 0.2996$\n\n$t_2 \\approx 26.71$\n")
    got = {(j.line, j.verdict) for j in check_text(text, "n.md", PROBLEM).judgements}
    assert got == {(1, "correct"), (3, "correct"), (5, "wrong")}


def test_plain_text_eigenvalues_in_l_are_judged():
    text = "K = [[8, 12], [12, 19]]\n\nl^2 - 27 l + 8 = 0\n\nl1 ~= 0.2996, l2 ~= 26.7004\n"
    got = {(j.line, j.verdict) for j in check_text(text, "n.md", PROBLEM).judgements}
    assert got == {(1, "correct"), (3, "correct"), (5, "correct")}


def test_eigenvalues_in_a_letter_set_to_the_quadratic_formula_are_judged():
    # K = [[8, 12], [12, 19]]: λ = (27 ± √697)/2 ≈ 26.70038, 0.29962 (√697 ≈ 26.40076)
    text = "l = (27 +- sqrt(697))/2\n\nl ~= 26.700, 0.300\n\nl ~= 26.8, 0.2\n"
    got = {(j.line, j.verdict) for j in check_text(text, "n.md", PROBLEM).judgements}
    assert got == {(1, "correct"), (3, "correct"), (5, "wrong")}
