"""Results said in words, in Icelandic and English (K_{11} er 8, tr K is 27, eigingildin eru a og b)."""

import pytest
from check_helpers import THETA_HEAD

from symntk.check import check_text
from symntk.check.word_results import word_results

# f = θ_3(θ_1 x + θ_2) + θ_4, θ = (2, 1, 3, 0), x_1 = 1, x_2 = 2: K = [[28, 43], [43, 71]] (by hand: ∇f = (3x, 3,
# 2x + 1, 1)); tr K = 99, det K = 28·71 − 43² = 139, λ = (99 ± √9245)/2 ≈ 97.575 and 1.4245.
HEAD = THETA_HEAD


def _line5(line: str) -> list[str]:
    report = check_text(HEAD + line + "\n", "n.md")
    return ["carried" if j.carried else j.verdict for j in report.judgements if j.line == 5]


@pytest.mark.parametrize("line, claims", [
    ("K_{11} er 28", ["K_{11} = 28"]),
    ("K_11 is 28; K_12 is 43", ["K_11 = 28", "K_12 = 43"]),
    ("K_{12} er 18+9+15+1 = 43", ["K_{12} = 18+9+15+1 = 43"]),
    ("tr K er 99 og det K er 139", ["\\operatorname{tr} K = 99", "\\det K = 139"]),
    ("spor K verður 99", ["\\operatorname{tr} K = 99"]),
    ("sporið er 99 og ákveðan er 139", ["\\operatorname{tr} K = 99", "\\det K = 139"]),
    ("the trace is 99, the determinant is 139", ["\\operatorname{tr} K = 99", "\\det K = 139"]),
    ("tr(K) er 99", ["\\operatorname{tr} K = 99"]),
    ("λ_1 er u.þ.b. 97.58", ["λ_1 \\approx 97.58"]),
    ("eigingildin eru 97.58 og 1.42", ["\\lambda = 97.58, 1.42"]),
    ("the eigenvalues are approx 97.58 and 1.42", ["\\lambda \\approx 97.58, 1.42"]),
    ("Eigenwerte: 97.58, 1.42", ["\\lambda = 97.58, 1.42"]),
    ("eigenvalues: 97.58, and 1.42", ["\\lambda = 97.58, 1.42"]),
    ("lambda = 97.58 and 1.42", ["\\lambda = 97.58, 1.42"]),
    ("λ ≈ 97.58 og 1.42", ["\\lambda \\approx 97.58, 1.42"]),
])
def test_a_result_in_words_is_a_claim(line, claims):
    assert [claim for claim, _ in word_results(line)] == claims


@pytest.mark.parametrize("line", [
    "eitt eigingildi er 0", "K is positive definite", "it is 5", "K_{12} er 2+1 (x)", "K_11 er 3x",
    "the eigenvalues are positive", "this is 2 times that", "determined is 5", "sporin eru 2",
])
def test_prose_that_states_no_value_is_no_claim(line):
    assert word_results(line) == []


@pytest.mark.parametrize("line, verdicts", [
    ("K_{11} er 28, K_{12} er 43 og K_{22} er 71", ["correct"] * 3),
    ("K_{12} is 44", ["wrong"]),
    ("tr K er 99 ; det K er 139", ["correct", "correct"]),
    ("eigingildin eru 97.58 og 1.42", ["correct"]),
    ("the eigenvalues are 97.58 and 1.52", ["wrong"]),
])
def test_results_in_words_are_judged(line, verdicts):
    assert _line5(line) == verdicts
