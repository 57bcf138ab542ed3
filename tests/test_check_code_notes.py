"""Notes that put results in code fences and type names as a program does: a datapoint label with its index typed
plain (``**x2 = 2:**``, symntk.check.points), a comment after ``#``, ``%`` or ``//`` on a fence's line
(symntk.check.plain_text), a program's name for the eigenvalues (``eigvals = […]``, the layout rules) and the
gradient named as a function of the datapoint inside an inner product (``⟨g(x_1), g(x_2)⟩``,
symntk.check.own_gradients); invented notes.

The exercise (worked out by hand): f(x) = W2 (W1 x + b1) + b2 with W1 = 3, b1 = −1, W2 = 2, b2 = 1, x = (1, 2):
z = 3x − 1 (2 at x_1, 5 at x_2), ∇f(x) = (W2 x, W2, z, 1) = (2x, 2, 3x − 1, 1), so ∇f(x_1) = (2, 2, 2, 1) and
∇f(x_2) = (4, 2, 5, 1); K_11 = 4+4+4+1 = 13, K_12 = 8+4+10+1 = 23, K_22 = 16+4+25+1 = 46; tr K = 59,
det K = 598 − 529 = 69, λ = (59 ± √3205)/2 ≈ 1.1936 and 57.8064.
"""

import pytest
from check_helpers import notes_verdicts

GIVEN = ("Given: $f(x) = W2(W1 x + b1) + b2$, $W1 = 3$, $b1 = -1$, $W2 = 2$, $b2 = 1$; $x_1 = 1$, $x_2 = 2$.\n\n")


@pytest.mark.parametrize("label", ["**x2 = 2:**", "x2 = 2:", "**At x2:**", "- x2:"])
def test_a_label_with_a_plain_index_heads_its_line(label):
    """z = 5 under the second datapoint's label is right (at x_1 it would be 2); z = 4 there is wrong."""
    out, first = notes_verdicts(GIVEN + f"**x1 = 1:** $z = 2$\n\n{label} $z = 5$\n")
    assert out[3] == ["correct"] and out[5] == ["correct"] and first == 0
    out, first = notes_verdicts(GIVEN + f"**x1 = 1:** $z = 2$\n\n{label} $z = 4$\n")
    assert out[5] == ["wrong"] and first == 5


def test_comments_in_a_code_fence_are_not_math():
    """Each statement keeps its own line and is read without its comment: both gradients and K are right, and the
    wrong K_22 (45, true 46) on the line after a comment is wrong."""
    fence = ("```\ng(x1) = [2, 2, 2, 1]   # first point\ng(x2) = [4, 2, 5, 1]   % second point\n"
             "K = [[13, 23], [23, 46]]   // by hand\n```\n")
    out, first = notes_verdicts(GIVEN + fence)
    assert out[4] == ["correct"] and out[5] == ["correct"] and out[6] == ["correct"] and first == 0
    out, first = notes_verdicts(GIVEN + fence.replace("46]]", "45]]"))
    assert out[6] == ["wrong"] and first == 6


@pytest.mark.parametrize("name", ["eigvals", "eig", "lam", "evals(K)", "Eigenwerte"])
def test_a_programs_name_for_the_eigenvalues(name):
    """≈ 1.1936 and 57.8064 are the eigenvalues; 1.2936 is not."""
    head = GIVEN + "```\nK = [[13, 23], [23, 46]]\n"
    out, first = notes_verdicts(head + f"{name} = [1.1936, 57.8064]\n```\n")
    assert out[5] == ["correct"] and first == 0
    out, first = notes_verdicts(head + f"{name} = [1.2936, 57.8064]\n```\n")
    assert out[5] == ["wrong"] and first == 5


@pytest.mark.parametrize("pair", ["\\langle g(x_1), g(x_2) \\rangle", "\\langle g(x1), g(x2) \\rangle",
                                  "g(x_1)^T g(x_2)"])
def test_gradients_named_as_functions_of_the_datapoint_in_an_inner_product(pair):
    """With g(x1) and g(x2) given as vectors, ⟨g(x_1), g(x_2)⟩ is K_12 = 23 (right) and 24 is wrong."""
    head = GIVEN + "```\ng(x1) = [2, 2, 2, 1]\ng(x2) = [4, 2, 5, 1]\n```\n\n"
    out, first = notes_verdicts(head + f"$K_{{12}} = {pair} = 23$\n")
    assert out[8] == ["correct"] and first == 0
    out, first = notes_verdicts(head + f"$K_{{12}} = {pair} = 24$\n")
    assert "wrong" in out[8] and first == 8
