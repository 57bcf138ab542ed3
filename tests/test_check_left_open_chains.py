"""A chain left open with a dangling relation (``… = 99{,}01 \\approx 99 =`` before ``Spur $K$``): only its last
member may be unfinished and is not judged when it is not right; the members before it were finished and are judged
(a sum of the learner's own wrongly rounded eigenvalues is carried).

The invented notes (worked by hand): f(x) = W2 (W1 x + b1) + b2 with W1 = 2, b1 = 1, W2 = 3, b2 = 0, x_1 = 1,
x_2 = 2; ∇f(1) = (3, 3, 3, 1), ∇f(2) = (6, 3, 5, 1); K = [[28, 43], [43, 71]], tr K = 99, det K = 139,
λ = (99 ± √9245)/2 with √9245 = 96.1509…: λ_1 = 97.5755… ≈ 97.58, λ_2 = 1.4245… ≈ 1.42 (1.43 is a slip).
"""

import math

from check_helpers import notes_verdicts

HEAD = r"""Data: $W^{[1]}=2,\ b^{[1]}=1,\ W^{[2]}=3,\ b^{[2]}=0$, $x_1=1$, $x_2=2$, no activation.

$f(x;\theta)=W^{[2]}(W^{[1]}x+b^{[1]})+b^{[2]}$, $\theta=(W^{[1]},b^{[1]},W^{[2]},b^{[2]})$

$K = \begin{pmatrix} 28 & 43 \\ 43 & 71 \end{pmatrix}$

$\lambda_{1,2} = \frac{99 \pm \sqrt{9245}}{2}$
"""
PROBE = "Probe: $\\lambda_1 + \\lambda_2 \\approx {} \\approx 99 =$ Spur $K$\n"


def test_the_hand_values():
    root = math.sqrt(9245)
    assert round((99 + root) / 2, 2) == 97.58 and round((99 - root) / 2, 2) == 1.42


def test_a_sum_of_own_wrongly_rounded_eigenvalues_is_carried():
    got, first = notes_verdicts(HEAD + r"$\lambda_1 \approx 97{,}58$, $\lambda_2 \approx 1{,}43$" + "\n" + PROBE
                                .format(r"97{,}58 + 1{,}43 = 99{,}01"))
    assert "wrong" in got[8] and first == 8
    assert "carried" in got[9] and "wrong" not in got[9]


def test_a_sum_of_right_eigenvalues_is_correct():
    got, first = notes_verdicts(HEAD + r"$\lambda_1 \approx 97{,}58$, $\lambda_2 \approx 1{,}42$" + "\n" + PROBE
                                .format(r"97{,}58 + 1{,}42 = 99{,}00"))
    assert set(got[9]) == {"correct"} and first == 0


def test_the_last_member_of_a_chain_left_open_is_still_not_judged():
    """18 + 9 + 15 + 2 is not K_12 = 43, but the learner may not have finished the sum."""
    got, first = notes_verdicts(HEAD + r"$K_{12} = 18 + 9 + 15 + 2 =$" + "\n")
    assert "wrong" not in got.get(8, []) and first == 0
