"""A letter for a whole layer said without a θ listing (``Notăm w = W^{[1]}, v = W^{[2]}, c = b^{[2]}``): the
letter's entries are the layer's, and the learner's b_1, b_2 are then the hidden biases, not the output bias.
A letter defined as a transposed layer has the numbers right after it judged against it
(``w = (W^{[2]})^T = [1, 0]^T``).

Exercise (check_helpers.IDENTITY_1_2_1): W^{[1]} = (1, 1)ᵀ, b^{[1]} = (0, 1)ᵀ, W^{[2]} = (1, 0), b^{[2]} = 0.
By hand: ∂f/∂b^{[1]}_2 = W^{[2]}_{12} = v_2, ∂f/∂W^{[1]}_{21} = W^{[2]}_{12} x = v_2 x, ∂f/∂b^{[1]}_1 = v_1 ≠ v_2.
"""

from check_helpers import IDENTITY_1_2_1, verdicts


def test_letters_name_the_layers_entries(tmp_path):
    """b_2 is b^{[1]}_2 (line 3 correct), w_{21} is W^{[1]}_{21} (line 5 correct); ∂f/∂b_1 = v_2 is wrong (line 7)."""
    notes = ("Notăm $w = W^{[1]}$, $v = W^{[2]}$, $c = b^{[2]}$.\n\n$\\partial f/\\partial b_2 = v_2$\n\n"
             "$\\partial f/\\partial w_{21} = v_2 x$\n\n$\\partial f/\\partial b_1 = v_2$\n")
    lines, first = verdicts(tmp_path, IDENTITY_1_2_1, notes)
    assert lines[3] == ["correct"]
    assert lines[5] == ["correct"]
    assert lines[7] == ["wrong"]
    assert first == 7


def test_numbers_after_a_transposed_layer(tmp_path):
    """(W^{[2]})ᵀ = (1, 0)ᵀ: ``[1, 0]^T`` correct (line 1), ``[0, 1]^T`` wrong (line 3)."""
    notes = ("$\\boldsymbol{w} = (W^{[2]})^\\top = [1, 0]^\\top$\n\n"
             "$\\boldsymbol{v} = (W^{[2]})^\\top = [0, 1]^\\top$\n")
    lines, _ = verdicts(tmp_path, IDENTITY_1_2_1, notes)
    assert lines[1] == ["correct"]
    assert lines[3] == ["wrong"]
