"""Vectors between angle brackets (``\\langle 3, 1 \\rangle^T``, ``⟨2, 1, 2⟩``) read as tuples, while
``\\langle g_1, g_2 \\rangle`` and ``\\langle \\nabla f(x_1), \\nabla f(x_2) \\rangle`` stay inner products
(symntk.check.angle_vectors); invented notes.

The network (worked out by hand): W^{[1]} = (3, 1)ᵀ, b^{[1]} = (0, −2)ᵀ, W^{[2]} = (2, 1), b^{[2]} = 1, identity,
x = (1, 2): h = (3x, x − 2), θ = (W^{[1]}_1, W^{[1]}_2, b^{[1]}_1, b^{[1]}_2, W^{[2]}_1, W^{[2]}_2, b^{[2]}),
∇f(x) = (2x, x, 2, 1, h_1, h_2, 1) = (2x, x, 2, 1, 3x, x − 2, 1), so ∇f(x_1) = (2, 1, 2, 1, 3, −1, 1) and
∇f(x_2) = (4, 2, 2, 1, 6, 0, 1); K_11 = 4+1+4+1+9+1+1 = 21, K_12 = 8+2+4+1+18+0+1 = 34, K_22 = 16+4+4+1+36+0+1 = 62.
"""

import pytest
from check_helpers import GRAD_X1, GRAD_X2, IDENTITY_1_2_1, NETWORK_HEAD, notes_verdicts, verdicts

from symntk.check.angle_vectors import angle_vector
from symntk.check.normalise import normalise

GIVEN = ("Given: $W^{[1]} = \\langle 3, 1 \\rangle^T$, $b^{[1]} = \\langle 0, -2 \\rangle^T$, $W^{[2]} = [2, 1]$, "
         "$b^{[2]} = 1$, $x_1 = 1$, $x_2 = 2$.\n\n")


@pytest.mark.parametrize("written, read", [
    ("\\langle 5, -2, 0 \\rangle", "(5, -2, 0)"),
    ("\\langle 4, 7 \\rangle", "(4, 7)"),
    ("\\langle 2x, x - 3 \\rangle^T", "(2x, x - 3)^T"),
    ("\\langle 0.25, \\frac{1}{3} \\rangle", "(0.25, \\frac{1}{3})"),
    ("\\langle 1; 6; 2 \\rangle", "(1; 6; 2)"),
    ("\\langle a, b, c \\rangle", "(a, b, c)"),
])
def test_a_vector_between_angle_brackets_is_a_tuple(written, read):
    """Three entries, a transpose or two numbers make a vector."""
    assert angle_vector(written) == read


@pytest.mark.parametrize("written", [
    "\\langle g_1, g_2 \\rangle",
    "\\langle \\nabla f(x_1), \\nabla f(x_2) \\rangle",
    "\\langle u, v \\rangle",
    "\\langle (1,2),(2,3) \\rangle",
    "\\langle [1, 2], [2, 3] \\rangle",
])
def test_two_names_stay_an_inner_product(written):
    """Two entries that are not numbers (names, or two vectors) and no transpose: an inner product, as written."""
    assert angle_vector(written) == written


def test_unicode_and_sized_angle_brackets_are_read_too():
    """⟨…⟩ and \\left\\langle … \\right\\rangle are the same brackets; a decimal comma between semicolons stays one
    number (0,75 is 0{,}75)."""
    assert normalise("⟨6, 0, 1⟩") == "(6, 0, 1)"
    assert normalise("\\left\\langle 3, 8, 1 \\right\\rangle") == "(3, 8, 1)"
    assert normalise("⟨0,75; 2⟩ᵀ") == "(0{,}75, 2)^T"


def test_given_data_and_gradients_in_angle_brackets_are_marked():
    """The given vectors are read as the exercise; h = (3x, x − 2) and ∇f(x_1) are right, ∇f(x_2) with its last
    entry 2 (true 1) is wrong, and the inner products K_11 = 21, K_12 = 34 are right."""
    notes = GIVEN + ("- $h = W^{[1]} x + b^{[1]} = \\langle 3x, x - 2 \\rangle^T$\n"
                     "- $\\nabla_\\theta f(x_1) = \\langle 2, 1, 2, 1, 3, -1, 1 \\rangle$\n"
                     "- $\\nabla_\\theta f(x_2) = \\langle 4, 2, 2, 1, 6, 0, 2 \\rangle$\n"
                     "- $K_{11} = \\langle \\nabla_\\theta f(x_1), \\nabla_\\theta f(x_1) \\rangle = 21$\n"
                     "- $K_{12} = \\left\\langle \\nabla_\\theta f(x_1), "
                     "\\nabla_\\theta f(x_2) \\right\\rangle = 34$\n")
    out, first = notes_verdicts(notes)
    assert out[3] == ["correct", "correct"] and out[4] == ["correct"] and out[5] == ["wrong"]
    assert out[6] == ["correct"] and out[7] == ["correct"] and first == 5


def test_a_wrong_hidden_vector_in_angle_brackets_is_wrong():
    """h at x_2 = 2 is (6, 0); ⟨6, 1⟩ is wrong."""
    out, first = notes_verdicts(GIVEN + "At $x_2$: $h = \\langle 6, 1 \\rangle$ and "
                                "$\\nabla f(x_2) = \\langle 4, 2, 2, 1, 6, 0, 1 \\rangle$.\n")
    assert out[3][-1] == "correct" and "wrong" in out[3] and first == 3


def test_inner_product_of_two_written_vectors_stays_an_inner_product(tmp_path):
    """K = [[8, 12], [12, 19]] (check_helpers): ``K_{12} = ⟨(1,0,1,0,1,2,1), (2,0,1,0,2,3,1)⟩ = 12`` is the inner
    product of the two gradients, 2 + 0 + 1 + 0 + 2 + 6 + 1 = 12: correct (read as a pair of vectors it was
    unreadable); the same with ``= 13`` is wrong."""
    head = NETWORK_HEAD + f"The gradient at $x_1$ is {GRAD_X1} and at $x_2$ it is {GRAD_X2}.\n\n"
    pair = "\\langle (1,0,1,0,1,2,1), (2,0,1,0,2,3,1) \\rangle"
    lines, first = verdicts(tmp_path, IDENTITY_1_2_1, head + f"$K_{{12}} = {pair} = 12$\n\n$K_{{21}} = {pair} = 13$\n")
    assert lines[5] == ["correct", "correct"] and lines[7][-1] == "wrong" and first == 7
