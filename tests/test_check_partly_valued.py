"""A formula that keeps some parameters by name and writes the others as their given values ("with the values",
``f(x) = relu(W^{[1]}_1 x + b^{[1]}_1) + 2 relu(…)``) is judged against the truth with exactly those others put in:
right when it is, and still wrong for a wrong index or a wrong value."""

from check_helpers import line_verdicts

from symntk.check import check_text

# By hand: W1 = (2, -1)^T, b1 = (1, 0)^T, W2 = (3, 1), b2 = 1, tanh hidden layer, so
# f(x) = 3 tanh(2x + 1) + tanh(-x) + 1; ∂f/∂b1_1 = W2_1 (1 − tanh²(W1_1 x + b1_1)) = W2_1 (1 − tanh²(2x + 1));
# ∂f/∂W1_2 = W2_2 x (1 − tanh²(W1_2 x + b1_2)) = x (1 − tanh²(W1_2 x + b1_2)) with W2_2 = 1.
HEAD = ("# Netz mit tanh\n\nGegeben: $W^{[1]} = (2, -1)^\\top$, $b^{[1]} = (1, 0)^\\top$, $W^{[2]} = (3, 1)$, "
        "$b^{[2]} = 1$, $x_1 = 0$, $x_2 = 1$, Aktivierung $\\tanh$.\n\n")


def _verdicts(body: str) -> dict[int, list[str]]:
    return line_verdicts(check_text(HEAD + body, "notes.md"))


def test_output_weights_put_in_hidden_ones_by_name_is_correct():
    got = _verdicts("$f(x) = 3\\tanh(W^{[1]}_1 x + b^{[1]}_1) + \\tanh(W^{[1]}_2 x + b^{[1]}_2) + 1$\n\n"
                    "$f(x) = W^{[2]}_1 \\tanh(2x + 1) + W^{[2]}_2 \\tanh(-x) + b^{[2]}$\n")
    assert got == {5: ["correct"], 7: ["correct"]}


def test_a_swapped_index_among_the_named_parameters_is_still_wrong():
    # b^{[1]}_1 = 1 and b^{[1]}_2 = 0 swapped between the units: f would be 3 tanh(2x) + tanh(1 - x) + 1
    got = _verdicts("$f(x) = 3\\tanh(W^{[1]}_1 x + b^{[1]}_2) + \\tanh(W^{[1]}_2 x + b^{[1]}_1) + 1$\n")
    assert got == {5: ["wrong"]}


def test_a_wrong_value_put_in_is_still_wrong():
    got = _verdicts("$f(x) = 2\\tanh(W^{[1]}_1 x + b^{[1]}_1) + \\tanh(W^{[1]}_2 x + b^{[1]}_2) + 1$\n")
    assert got == {5: ["wrong"]}


def test_derivatives_written_with_some_values_put_in():
    # ∂f/∂b1_2 = W2_2 (1 − tanh²(W1_2 x + b1_2)) = W2_2 (1 − tanh²(−x)) with layer 1's values (−1 and 0) put in
    got = _verdicts("$\\partial f / \\partial b^{[1]}_1 = W^{[2]}_1 (1 - \\tanh^2(2x + 1))$\n\n"
                    "$\\partial f / \\partial b^{[1]}_2 = W^{[2]}_2 (1 - \\tanh^2(-x))$\n\n"
                    "$\\partial f / \\partial b^{[1]}_2 = W^{[2]}_2 (1 - \\tanh^2(x + 1))$\n")
    assert got == {5: ["correct"], 7: ["correct"], 9: ["wrong"]}


def test_only_a_zero_or_a_factor_one_left_out_stays_wrong():
    # W2_2 = 1 dropped from W2_2 x (1 − tanh²(W1_2 x + b1_2)): no value shows, so it is read as written (the rule
    # of test_check_kept_layers); b1_2 = 0 dropped next to a kept b1_1: the bias vector is not put in whole
    got = _verdicts("$\\partial f / \\partial W^{[1]}_2 = x\\,(1 - \\tanh^2(W^{[1]}_2 x + b^{[1]}_2))$\n\n"
                    "$f(x) = 3\\tanh(W^{[1]}_1 x + b^{[1]}_1) + \\tanh(W^{[1]}_2 x) + 1$\n")
    assert got == {5: ["wrong"], 7: ["wrong"]}
