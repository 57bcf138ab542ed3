"""The quadratic formula in the letters a, b, c (Bhaskara, abc-formula) is the formula, not a value; Portuguese
words for the kernel's properties (são positivos, não é, quase, um autovalor é 0, traço).

The invented note (worked by hand): f(x) = w2 (w1 x + b1) + b2 with w1 = 2, b1 = 1, w2 = 3, b2 = 0, x_1 = 1,
x_2 = 2; θ = (w1, b1, w2, b2), ∇_θ f = (w2 x, w2, w1 x + b1, 1) = (3x, 3, 2x + 1, 1): (3, 3, 3, 1) and
(6, 3, 5, 1); K = [[28, 43], [43, 71]], tr K = 99, det K = 1988 − 1849 = 139, λ² − 99λ + 139 = 0,
Δ = 9801 − 556 = 9245, λ = (99 ± √9245)/2 ≈ 97.58 and 1.42: positive definite.
"""

import math

import pytest

from symntk.check import check_text
from symntk.check.facts import facts_of_line
from symntk.check.normalise import normalise

from reference import exact_jacobian, gram

HEAD = r"""# Exercício: rede linear escalar

Dados: $f(x) = w^{(2)}(w^{(1)}x + b^{(1)}) + b^{(2)}$ com
$w^{(1)} = 2$, $b^{(1)} = 1$, $w^{(2)} = 3$, $b^{(2)} = 0$, e $x_1 = 1$, $x_2 = 2$.
São $4$ parâmetros.
$\nabla_{\vec\theta} f(x_1) = (3, 3, 3, 1)$
$\nabla_{\vec\theta} f(x_2) = (6, 3, 5, 1)$
$K = \begin{bmatrix} 28 & 43 \\ 43 & 71 \end{bmatrix}$
Polinômio característico: $\lambda^2 - 99\lambda + 139 = 0$
"""
TAIL = r"""$$\lambda = \dfrac{-b \pm \sqrt{\Delta}}{2a} = \dfrac{99 \pm \sqrt{9245}}{2}$$
$\lambda_1 \approx 97{,}58$ e $\lambda_2 \approx 1{,}42$.
Os dois autovalores são positivos, logo $K$ é definida positiva.
"""


def _verdicts(text):
    report = check_text(text, "notas.md")
    got: dict[int, set[str]] = {}
    for j in report.judgements:
        got.setdefault(j.line, set()).add("carried" if j.carried else j.verdict)
    return got, report.first_mistake.line if report.first_mistake else 0


def test_the_hand_values_are_the_independent_backprop():
    J = exact_jacobian([2, 1, 3, 0], [1, 1, 1], ["identity"], [[1], [2]])
    assert J == [[3, 3, 3, 1], [6, 3, 5, 1]]
    assert gram(J) == [[28, 43], [43, 71]]
    assert round((99 + math.sqrt(9245)) / 2, 2) == 97.58 and round((99 - math.sqrt(9245)) / 2, 2) == 1.42


def test_bhaskara_in_letters_is_the_formula_and_the_numbers_are_judged():
    got, first = _verdicts(HEAD + r"Bhaskara: $\Delta = b^2 - 4ac = 9801 - 556 = 9245$" + "\n" + TAIL)
    assert got == {3: {"correct"}, 5: {"correct"}, 6: {"correct"}, 7: {"correct"}, 8: {"correct"}, 9: {"correct"},
                   10: {"correct"}, 11: {"correct"}, 12: {"correct"}, 13: {"correct"}}
    assert first == 0


def test_a_wrong_discriminant_after_the_formula_is_wrong():
    got, first = _verdicts(HEAD + r"Bhaskara: $\Delta = b^2 - 4 \cdot a \cdot c = 9801 - 556 = 9345$" + "\n" + TAIL)
    assert "wrong" in got[10] and "unreadable" not in got[10]
    assert got[11] == {"correct"} and first == 10


@pytest.mark.parametrize("text, expected", [
    (r"\Delta = b^2 - 4ac", r"\Delta = \operatorname{tr}^2 - 4\det"),
    (r"\Delta = b^{2}-4\cdot a\cdot c", r"\Delta = \operatorname{tr}^2 - 4\det"),
    (r"\lambda = \frac{-b\pm\sqrt{b^2-4ac}}{2a}", r"\lambda = \frac{\operatorname{tr} K \pm \sqrt{\Delta}}{2}"),
    (r"\lambda = \dfrac{-b \mp \sqrt\Delta}{2 a}", r"\lambda = \frac{\operatorname{tr} K \mp \sqrt{\Delta}}{2}"),
    (r"b^2 = 1", r"b^{[2]} = 1"),   # a bias of layer 2 stays one
    (r"b^2 - 4a", r"b^{[2]} - 4a"),
])
def test_the_letters_of_the_quadratic_formula(text, expected):
    assert normalise(text) == expected


@pytest.mark.parametrize("line, expected", [
    ("Os dois autovalores são positivos, logo K é definida positiva.", ["eig_pos", "pd"]),
    ("K não é definida positiva", ["not:pd"]),
    ("um autovalor é 0, então K é singular", ["eig_zero"]),
    ("K é quase singular", []),
    ("K é semidefinida positiva", ["psd"]),
])
def test_portuguese_statements_about_the_kernel(line, expected):
    assert sorted(facts_of_line(line)) == sorted(expected)
