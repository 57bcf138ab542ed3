"""An eigenvalue that follows only the learner's right, correctly rounded intermediate values is wrong, not
carried: carried needs an earlier wrong value (judge_spectrum.py).

The notes here are invented for these tests: f(x) = W⁽²⁾tanh(W⁽¹⁾x + b⁽¹⁾) + b⁽²⁾ with every W = 1, every b = 0
at x₁ = 0, x₂ = 1 has gradients (0, 1, 0, 1) and (1 − a², 1 − a², a, 1) with a = tanh 1, so K = [[2, 1.41997…],
[1.41997…, 1.93278…]] and λ_min = 0.546019… (computed below with math.tanh). The learner's K rounded right to
three places, [[2, 1.420], [1.420, 1.933]], has λ_min = 0.546105…: written as 0,5461 it follows their rounded K
and not the truth (0,5460 to four places): wrong. With K₂₂ = 1.993 (a real mistake) their λ_min is 0.576496…,
and 0,5765 is carried.
"""

import math

import pytest
from check_helpers import first_mistake, line_verdicts

from symntk.check import check_text

NOTES = (r"$f(x) = W^{[2]}\tanh(W^{[1]}x + b^{[1]}) + b^{[2]}$, all weights 1, all biases 0; $x_1 = 0$, $x_2 = 1$."
         "\n\n"                                                                                      # 1
         r"$K \approx \begin{pmatrix}2 & 1{,}420\\1{,}420 & K22\end{pmatrix}$" "\n\n"                 # 3
         r"$\lambda_{\min} \approx LAMBDA$" "\n")                                                   # 5


def _min_eigen(k11: float, k12: float, k22: float) -> float:
    tr, det = k11 + k22, k11 * k22 - k12 * k12
    return (tr - math.sqrt(tr * tr - 4 * det)) / 2


def test_the_invented_values():
    a = math.tanh(1)
    k12, k22 = 2 - a * a, 2 * (1 - a * a) ** 2 + a * a + 1
    assert (round(k12, 3), round(k22, 3)) == (1.420, 1.933)
    assert f"{_min_eigen(2, k12, k22):.4f}" == "0.5460"
    assert f"{_min_eigen(2, 1.420, 1.933):.4f}" == "0.5461"
    assert f"{_min_eigen(2, 1.420, 1.993):.4f}" == "0.5765"


@pytest.mark.parametrize("k22, written, line3, line5, first", [
    ("1{,}933", "0{,}5460", ["correct"], ["correct"], 0),
    ("1{,}933", "0{,}5461", ["correct"], ["wrong"], 5),     # follows only the right rounded K: wrong
    ("1{,}993", "0{,}5765", ["wrong"], ["carried"], 3),     # follows a wrong K: carried
])
def test_rounded_right_values_carry_nothing(k22, written, line3, line5, first):
    report = check_text(NOTES.replace("K22", k22).replace("LAMBDA", written), "notes.md")
    lines = line_verdicts(report)
    assert lines[3] == line3
    assert lines[5] == line5
    assert first_mistake(report) == first
