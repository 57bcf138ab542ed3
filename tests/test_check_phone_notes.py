"""Notes typed in plain text on a phone: a matrix as nested brackets in a file that writes decimal commas, the
backprop shorthand dW1_11 for ∂f/∂W^{[1]}_{11}, and ReLU's derivative by cases with Indonesian condition words."""

from check_helpers import notes_verdicts

from symntk.check.decimal_comma import mark_decimal_commas

# Exercise A (worked by hand): ∂f/∂W^{[1]}_{11} = W^{[2]}_{11} x, ∂f/∂b^{[1]}_1 = W^{[2]}_{11}, ∂f/∂b^{[2]} = 1,
# K = [[8, 12], [12, 19]], λ = (27 ± √697)/2 ≈ 26,700 and 0,300
HEAD = "W1 = [1, 1]^T, b1 = [0, 1]^T, W2 = [1, 0], b2 = 0, x1 = 1, x2 = 2, f(x) = W2 (W1 x + b1) + b2\n\n"


def test_a_nested_bracket_row_keeps_its_commas():
    """In ``[[7,10],[10,15]]`` each ``a,b`` is a row's two entries, not a decimal; ``21,770`` stays a decimal."""
    marked = mark_decimal_commas("K = [[7,10],[10,15]], lambda ≈ 21,770 dan 0,230")
    assert "[[7,10],[10,15]]" in marked and "21{,}770" in marked and "0{,}230" in marked


def test_a_matrix_in_a_file_of_decimal_commas_is_judged_as_written():
    """K = [[8,12],[12,19]] is the true kernel, read as a 2×2 matrix although the file writes 26,700 and 0,300."""
    notes = HEAD + "K = [[8,12],[12,19]]\n\nlambda ≈ 26,700 dan 0,300\n"
    lines, first = notes_verdicts(notes)
    assert lines[3] == ["correct"] and set(lines[5]) == {"correct"} and first == 0


def test_backprop_shorthand_states_derivatives():
    """dW1_11 = W2_11 x and db1_1 = W2_11 are the true derivatives (correct); db2 = 0 is wrong (true 1)."""
    notes = HEAD + "dW1_11 = W2_11 x, db1_1 = W2_11\n\ndb2 = 0\n"
    lines, first = notes_verdicts(notes)
    assert lines[3] == ["correct", "correct"] and lines[5] == ["wrong"] and first == 5


def test_relu_cases_with_indonesian_condition_words():
    """relu'(z) = 1 kalau z > 0, 0 kalau z < 0 is ReLU's derivative (correct); with the cases swapped it is wrong."""
    relu = ("W1 = [1, -1]^T, b1 = [0, 2]^T, W2 = [1, 2], b2 = 0, x1 = 1, x2 = 3, "
            "f(x) = W2 relu(W1 x + b1) + b2\n\n")
    right, _ = notes_verdicts(relu + "relu'(z) = 1 kalau z > 0, 0 kalau z < 0\n")
    swapped, first = notes_verdicts(relu + "relu'(z) = 0 jika z > 0, 1 jika z < 0\n")
    assert right[3] == ["correct"] and swapped[3] == ["wrong"] and first == 3


def test_eigenvalues_listed_in_brackets_after_the_word():
    """``eigenvalues = [0.2996, 26.7004]`` (and with a colon or parentheses) lists both eigenvalues, (27 ∓ √697)/2 to 4
    decimals: correct; ``[0.2996, 26.8]`` is wrong (26.8 is not 26.7004 rounded)."""
    notes = HEAD + ("eigenvalues = [0.2996, 26.7004]\n\neigenvalues: [0.2996, 26.7004]\n\n"
                    "eigenvalues = (0.2996, 26.7004)\n\neigenvalues = [0.2996, 26.8]\n")
    lines, first = notes_verdicts(notes)
    assert lines[3] == lines[5] == lines[7] == ["correct"] and lines[9] == ["wrong"] and first == 9
