"""Index notation with the learner's own unit letter (``h_m = W^{(1)}_m x + b^{(1)}_m``, ``Σ_{n=1}^{2}``) read as
i, j, k are (symntk/check/index_letters.py), and a letter on the right of an equation only is summed
(symntk/check/index_notation.py)."""

from check_helpers import problem, verdicts

# A 1-2-1 identity net: W1 = (3, -1)ᵀ, b1 = (1, 2)ᵀ, W2 = (2, 1), b2 = 4; h = (3x + 1, 2 - x),
# f(x) = 2(3x + 1) + (2 - x) + 4 = 5x + 8; ∂f/∂W1_m = W2_m x, ∂f/∂b1_m = W2_m, ∂f/∂W2_m = h_m
NET = problem([1, 2, 1], "identity", [1, 2], W1=[[3], [-1]], b1=[1, 2], W2=[[2, 1]], b2=4)


def test_own_letter_definition_is_read_per_unit(tmp_path):
    """h_m = W^{(1)}_m x + b^{(1)}_m holds for m = 1 and m = 2: two correct instances on line 1."""
    lines, first = verdicts(tmp_path, NET, "$h_m = W^{(1)}_m x + b^{(1)}_m$\n")
    assert lines == {1: ["correct", "correct"]} and first == 0


def test_own_letter_derivative_without_the_input_is_wrong(tmp_path):
    """∂_{W^{(1)}_n} f = W^{(2)}_n forgets the factor x (true W^{(2)}_n x): wrong for n = 1 and n = 2 (line 1);
    ∂_{b^{(1)}_n} f = W^{(2)}_n on line 3 is correct for both."""
    notes = "- $\\partial_{W^{(1)}_n} f = W^{(2)}_n$\n\n- $\\partial_{b^{(1)}_n} f = W^{(2)}_n$\n"
    lines, first = verdicts(tmp_path, NET, notes)
    assert lines == {1: ["wrong", "wrong"], 3: ["correct", "correct"]} and first == 1


def test_sum_over_own_letter(tmp_path):
    """f(x) = Σ_{c=1}^{2} W^{(2)}_c h_c + b^{(2)} = 5x + 8: the sum is f written out and 5x + 8 its value (both
    correct); = 5x + 7 on line 3 is wrong."""
    notes = ("$h_c = W^{(1)}_c x + b^{(1)}_c$\n\n"
             "$f(x) = \\sum_{c=1}^{2} W^{(2)}_c h_c + b^{(2)} = 5x + 8$\n\n$f(x) = 5x + 7$\n")
    lines, first = verdicts(tmp_path, NET, notes)
    assert lines[3] == ["correct", "correct"] and lines[5] == ["wrong"] and first == 5


def test_implied_sum_is_not_one_claim_per_unit(tmp_path):
    """f(x) = W^{(2)}_i (W^{(1)}_i x + b^{(1)}_i) + b^{(2)} with the sum over i implied is f's general formula: no
    instance W^{(2)}_1(…) + b^{(2)} may be judged wrong; the value f(x) = 5x + 8 after it is correct."""
    notes = "$f(x) = W^{(2)}_i (W^{(1)}_i x + b^{(1)}_i) + b^{(2)}$ (summed over $i$), so $f(x) = 5x + 8$.\n"
    lines, first = verdicts(tmp_path, NET, notes)
    assert "wrong" not in lines[1] and "correct" in lines[1] and first == 0


def test_parameter_letters_are_not_index_letters(tmp_path):
    """b and x are never renamed: with W^{(1)}_m in the notes, b^{(2)} = 4 (line 3) stays the output bias, correct,
    and x_1 = 1 stays the first datapoint."""
    notes = "$h_m = W^{(1)}_m x + b^{(1)}_m$\n\n$b^{(2)} = 4$, $x_1 = 1$\n"
    lines, first = verdicts(tmp_path, NET, notes)
    assert lines[1] == ["correct", "correct"] and "wrong" not in lines.get(3, []) and first == 0
