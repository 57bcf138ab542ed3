"""The kernel function with its output as a subscript, ``Θ_o(x_i, x_j)`` (``K_2(x_1, x_2)``): the entry (i, j) of
output o's own kernel.

Two outputs (by hand): f_1 = W^{[2]}_{11} h + b^{[2]}_1, f_2 = W^{[2]}_{21} h + b^{[2]}_2, h = W^{[1]} x + b^{[1]} with
W^{[1]} = 1, b^{[1]} = 0, W^{[2]} = (1, 2)^T, b^{[2]} = 0, x = 1, 2; θ = (W1, b1, W2_11, W2_21, b2_1, b2_2).
∇f_1 = (x, 1, x, 0, 1, 0): (1,1,1,0,1,0) and (2,1,2,0,1,0), so Θ_1 = [[4, 6], [6, 10]];
∇f_2 = (2x, 2, 0, x, 0, 1): (2,2,0,1,0,1) and (4,2,0,2,0,1), so Θ_2 = [[10, 15], [15, 25]].
"""

import pytest
from check_helpers import NETWORK_HEAD, THETA_HEAD, problem, verdicts, worst_verdicts

from symntk.check.kernel_targets import kernel_ref
from symntk.check.syntax import parse

TWO = problem([1, 1, 2], "identity", [1, 2], W1=[[1]], b1=[0], W2=[[1], [2]], b2=[0, 0])


@pytest.mark.parametrize("claim, verdict", [
    ("\\Theta_1(x_1, x_1) = 4", "correct"), ("\\Theta_1(x_1, x_2) = 2 + 1 + 2 + 1 = 6", "correct"),
    ("\\Theta_2(x_2, x_2) = 25", "correct"), ("K_2(x_1, x_2) = 15", "correct"),
    ("\\Theta_2(x_1, x_2) = 6", "wrong"), ("\\Theta_1(x_2, x_2) = 25", "wrong")])
def test_the_subscript_names_the_output(tmp_path, claim, verdict):
    notes = NETWORK_HEAD + f"${claim}$\n"
    found, _ = verdicts(tmp_path, TWO, notes)
    assert found.get(3) and set(found[3]) == {verdict}


def test_one_output_reads_the_subscript_one():
    found, _ = worst_verdicts(THETA_HEAD + "$\\Theta_1(x_1, x_2) = 43$\n")
    assert found.get(5) == "correct"


def test_other_subscripts_are_not_an_output():
    assert kernel_ref(parse("\\Theta_{12}(x_1, x_2)").members[0].node) is None
    assert kernel_ref(parse("\\Theta_2(x_1, x_2)").members[0].node) == (1, 2, 2)
    assert kernel_ref(parse("\\Theta(x_1, x_2)").members[0].node) == (1, 2, None)
