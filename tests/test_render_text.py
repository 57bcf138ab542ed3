"""The terminal format: clean polynomials and numbers, wrapped lines, Icelandic."""

import re

import numpy as np
import pytest
import sympy
from render_helpers import DEEP_TANH, deep_derivation, notes_derivation

import symntk
from symntk.render import mathtext, render, sums

from reference import backprop_jacobian, flatten

LAM = sympy.Symbol("lambda", real=True)


def test_notes_text_has_clean_polynomial_and_exact_eigenvalues():
    out = render(notes_derivation(), "text")
    # det(K − λI) for K = [[8, 12], [12, 19]] (worked out by hand): λ² − 27λ + (152 − 144).
    assert "det(K − λI) = λ² − 27λ + 8 = 0" in out
    assert "(λ)" not in out and "-" not in out.split("10.")[1].split("12.")[0]
    # tr K = 8 + 19, det K = 8·19 − 12² = 8, so (tr K)² − 4 det K = 729 − 32 = 697.
    assert "= (27 ± √(27² − 4·8))/2 = (27 ± √697)/2" in out
    assert "λ₁ = (27 − √697)/2 ≈ 0.29962" in out
    assert "λ₂ = (27 + √697)/2 ≈ 26.70038" in out
    assert "K₂,₁ = K₁,₂ = 12   (K is symmetric)" in out


@pytest.mark.parametrize("value, text", [
    (sympy.Float(0), "0"), (sympy.Float("-0.0"), "0"), (sympy.Float("0.1234567"), "0.123457"),
    (sympy.Float("-2.5e-7"), "−2.5·10⁻⁷"), (sympy.Float(3), "3"),
])
def test_rounded_numbers_print_like_a_person_writes_them(value, text):
    assert mathtext.unicode(value) == text


@pytest.mark.parametrize("expr, text", [
    (LAM ** 2 - 27 * LAM + 8, "λ² − 27λ + 8"),
    (-LAM ** 3 + 5 * LAM ** 2 - LAM, "−λ³ + 5λ² − λ"),
    (LAM ** 2 - sympy.Rational(1, 2), "λ² − 1/2"),
    (-sympy.Float(1) * LAM ** 3 + sympy.Float("40.5") * LAM, "−λ³ + 40.5λ"),
])
def test_polynomial_powers_are_clean(expr, text):
    assert sums.polynomial(expr, LAM, mathtext.unicode) == text


def test_polynomial_latex():
    assert sums.polynomial(-LAM ** 3 + 2 * LAM, LAM) == r"-\lambda^{3} + 2 \lambda"


def test_deep_text_lines_are_wrapped_and_values_match_reference():
    out = render(deep_derivation(), "text")
    entry_lines = [ln for ln in out.splitlines() if ln.lstrip().startswith(("K₁", "K₂", "K₃", "+ ["))]
    assert entry_lines and all(len(ln) <= 100 for ln in entry_lines)
    # Eigenvalues of K from an independent float backprop (tests/reference.py).
    p = DEEP_TANH["parameters"]
    weights = [p["W1"], p["W2"], p["W3"]]
    biases = [[[v] for v in p["b1"]], [[v] for v in p["b2"]], [[v] for v in p["b3"]]]
    J = backprop_jacobian(flatten(weights, biases), [2, 3, 3, 1], ["tanh", "tanh"], DEEP_TANH["data"]["x"])
    for lam in np.linalg.eigvalsh(J @ J.T):
        assert f"≈ {lam:.5f}" in out
    assert "a⁽²⁾₁ = tanh(" in out  # the hidden activations are named, not expanded


def test_icelandic_text_falls_back_to_english_templates_with_icelandic_prose():
    out = render(notes_derivation(), "text", lang="is")
    for heading in ("Netið", "Stikavigurinn θ", "Stök kjarnans", "Kjarnafylkið", "Kennimargliðan", "Eigingildi K"):
        assert heading in out
    assert "The kernel" not in out
    assert "K₂,₁ = K₁,₂ = 12   (K er samhverft)" in out


def test_text_fragment_has_no_title():
    out = render(notes_derivation(), "text", page="fragment")
    assert "step by step" not in out and out.startswith("1. The network")


def test_large_problem_says_it_is_summarised():
    problem = symntk.problem_from_dict({"network": {"widths": [1, 8, 1]}, "random": {"seed": 1},
                                        "data": {"x": [1, 2]}})
    out = symntk.render_solution(symntk.derive(problem))
    assert "long lists are cut after 24 items" in out
    assert re.search(r"… and \d+ more", out)
