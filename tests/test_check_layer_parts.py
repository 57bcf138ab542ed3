"""A layer's block of the gradient labelled "part" (``$b^{[1]}$ part: $(1, -1)$``) is ∂f/∂b^{[1]} at the datapoint
the block is under; a flat list for a matrix block that is the learner's own derivatives in θ order (after their
transposed ∂f/∂W_{ij} = W^{[2]}_j x_i) is carried.

Invented exercise, by hand: W^{[1]} = [[1, 2], [0, 1]], b^{[1]} = (0, 1), W^{[2]} = (1, −1), b^{[2]} = 0, linear,
x_1 = (1, 0). ∂f/∂W^{[1]}_{ij} = W^{[2]}_i x_j, so at x_1 the block is (1, 0, −1, 0) row by row; ∂f/∂b^{[1]} =
(1, −1); ∂f/∂W^{[2]} = h(x_1) = (1, 1). The learner's own W^{[2]}_j x_i gives (1, −1, 0, 0).
"""

from check_helpers import problem, verdicts

NET = problem([2, 2, 1], "identity", [[1, 0], [0, 1]], W1=[[1, 2], [0, 1]], b1=[0, 1], W2=[[1, -1]], b2=0)
HEAD = ("$$\\theta = (W^{[1]}_{11}, W^{[1]}_{12}, W^{[1]}_{21}, W^{[1]}_{22}, b^{[1]}_1, b^{[1]}_2, W^{[2]}_1, "
        "W^{[2]}_2, b^{[2]})$$\n\n")


def test_labelled_parts_at_a_datapoint(tmp_path):
    """Under ``At x^{(1)}``: the b^{[1]} and W^{[2]} parts correct (line 5), a wrong W^{[2]} part wrong (line 6)."""
    notes = HEAD + ("At $x^{(1)} = (1,0)$: $h = (1, 1)$\n\n- $b^{[1]}$ part: $(1, -1)$, $W^{[2]}$ part: $(1, 1)$\n"
                    "- $W^{[2]}$ part: $(2, 1)$\n")
    lines, _ = verdicts(tmp_path, NET, notes)
    assert lines[5] == ["correct", "correct"]
    assert lines[6] == ["wrong"]


def test_flat_block_from_their_own_transposed_formula_is_carried(tmp_path):
    """``∂f/∂W^{[1]}_{ij} = W^{[2]}_j x_i`` is wrong (line 3); the W^{[1]} part (1, −1, 0, 0) that follows from it is
    carried (line 7), and the true (1, 0, −1, 0) correct (line 8)."""
    notes = HEAD + ("$$\\frac{\\partial f}{\\partial W^{[1]}_{ij}} = W^{[2]}_{j}\\, x_i$$\n\n"
                    "At $x^{(1)} = (1,0)$: $h = (1, 1)$\n\n- W^{[1]} part: $(1, -1, 0, 0)$\n"
                    "- W^{[1]} part: $(1, 0, -1, 0)$\n")
    lines, first = verdicts(tmp_path, NET, notes)
    assert "wrong" in lines[3]
    assert lines[7] == ["carried"]
    assert lines[8] == ["correct"]
    assert first == 3
