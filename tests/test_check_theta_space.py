"""A θ listing by the learner's own names followed by the space it lies in, ``θ = (w_{11}, …, v_1, v_2, c) ∈ ℝ^9``:
the names are θ's entries in order (as without ``∈ ℝ^9``) and the count is read too. Notes invented; the exercise
is f(x) = W2(W1 x + b1) + b2 with two inputs, W1 = [[1, 2], [0, 1]], b1 = (0, 1)ᵀ, W2 = (1, −1), b2 = 0, so
∂f/∂W1_{jk} = W2_j x_k, ∂f/∂b1_j = W2_j, ∂f/∂W2_j = h_j, ∂f/∂b2 = 1 (worked by hand); 9 parameters."""

from check_helpers import notes_verdicts

HEAD = ("$W^{[1]} = \\begin{pmatrix} 1 & 2 \\\\ 0 & 1\\end{pmatrix}$, $b^{[1]} = (0, 1)^T$, $W^{[2]} = (1, -1)$, "
        "$b^{[2]} = 0$, $x^{(1)} = (1, 0)^T$, $x^{(2)} = (0, 1)^T$.\n\n")


def test_named_theta_in_a_space_gives_the_names():
    """The listing with ``∈ ℝ^9`` (line 3) is correct twice (θ and the count); the derivatives in its names on
    line 5 are judged, right ones correct and ``∂f/∂c = 0`` wrong (it is 1)."""
    notes = HEAD + ("$\\theta = (w_{11}, w_{12}, w_{21}, w_{22}, b_1, b_2, v_1, v_2, c) \\in \\mathbb{R}^9$\n\n"
                    "$\\partial f / \\partial w_{21} = v_2 x_1$, $\\partial f/\\partial v_1 = h_1$\n\n"
                    "$\\partial f / \\partial c = 0$\n")
    lines, first = notes_verdicts(notes)
    assert lines[3] == ["correct", "correct"]
    assert lines[5] == ["correct", "correct"]
    assert lines[7] == ["wrong"]
    assert first == 7


def test_space_of_a_wrong_size_is_still_wrong():
    """``θ = (…) ∈ ℝ^8`` with nine names: the count 8 is wrong (there are 9 parameters)."""
    notes = HEAD + "$\\theta = (w_{11}, w_{12}, w_{21}, w_{22}, b_1, b_2, v_1, v_2, c) \\in \\mathbb{R}^8$\n"
    lines, _ = notes_verdicts(notes)
    assert "wrong" in lines[3]
