"""Two things said in words (invented notes): the gradient's length ("the gradient only has three entries", the
claim P = 3; gradients and J then written without the parameter left out are carried), and "the other two are
$\\approx …$" after an eigenvalue was named (the remaining eigenvalues, not a continuation of the formula before).

LINEAR: f(x) = W2 (W1 x + b1) + b2 with W1 = 3, b1 = 1, W2 = 2, b2 = 0 (P = 4), datapoints 1 and 2:
K = [[25, 41], [41, 70]], tr K = 95, λ = (95 ± √8749)/2 ≈ 94.2680, 0.7320 (by hand, checked with NumPy).
"""

from check_helpers import NETWORK_HEAD, problem
from check_helpers import verdicts as _verdicts

LINEAR = problem([1, 1, 1], "identity", [1, 2], W1=3, b1=1, W2=2, b2=0)


def _check(tmp_path, body: str):
    found, first = _verdicts(tmp_path, LINEAR, NETWORK_HEAD + body)
    return {line - 2: v for line, v in found.items()}, max(first - 2, 0)


def test_the_gradients_length_in_words_is_a_count(tmp_path):
    verdicts, first = _check(tmp_path, "$\\theta = (W^{[1]}, b^{[1]}, W^{[2]}, b^{[2]})$, so the gradient has four "
                                       "entries.\n")
    assert "wrong" not in verdicts[1] and "correct" in verdicts[1] and first == 0
    verdicts, first = _check(tmp_path, "$b^{[2]}$ only shifts f, so the gradient only has three entries.\n")
    assert verdicts[1] == ["wrong"] and first == 1
    verdicts, first = _check(tmp_path, "Here $\\theta$ has 5 components.\n")
    assert verdicts[1] == ["wrong"] and first == 1


def test_a_count_of_something_else_is_no_claim(tmp_path):
    verdicts, _ = _check(tmp_path, "The kernel has three entries that differ, and K has 4 entries.\n")
    assert 1 not in verdicts


def test_the_other_two_after_an_eigenvalue_are_eigenvalues(tmp_path):
    notes = "$\\operatorname{tr} K = 95$ and one eigenvalue is small, so the others are $\\approx 94.2680$.\n"
    verdicts, first = _check(tmp_path, notes)
    assert verdicts[1] == ["correct", "correct"] and first == 0   # tr K, then λ ≈ 94.2680 (not tr K ≈ 94.2680)
    verdicts, first = _check(tmp_path, notes.replace("94.2680", "94.7320"))
    assert verdicts[1] == ["correct", "wrong"] and first == 1



DROPPED = ("$b^{[2]}$ only shifts f, so the gradient only has three entries.\n\n"
           "$\\frac{\\partial f}{\\partial W^{[1]}} = 2x$, $\\frac{\\partial f}{\\partial b^{[1]}} = 2$, "
           "$\\frac{\\partial f}{\\partial W^{[2]}} = 3x + 1$\n\n"
           "$\\nabla_\\theta f(x_1) = (2, 2, 4)$, $\\nabla_\\theta f(x_2) = (4, 2, 7)$\n\n"
           "$J = \\begin{pmatrix} 2 & 2 & 4 \\\\ 4 & 2 & 7 \\end{pmatrix}$\n")


def test_gradients_without_the_parameter_the_learner_said_to_leave_out_are_carried(tmp_path):
    verdicts, first = _check(tmp_path, DROPPED)   # ∂f/∂b2 = 1 left out: (2, 2, 4) of (2, 2, 4, 1) at x_1 = 1
    assert verdicts[1] == ["wrong"] and verdicts[3] == ["correct"] * 3
    assert verdicts[5] == ["carried", "carried"] and verdicts[7] == ["carried"]
    assert first == 1


def test_gradients_that_leave_a_parameter_out_with_no_mistake_before_are_the_mistake(tmp_path):
    verdicts, first = _check(tmp_path, DROPPED.replace("so the gradient only has three entries", "fine"))
    assert verdicts[5][0] == "wrong" and first == 5
    verdicts, first = _check(tmp_path, DROPPED.replace("(4, 2, 7)$\n", "(4, 2, 6)$\n"))
    assert verdicts[5] == ["carried", "wrong"]   # (4, 2, 6) is not their own gradient at x_2 either
