"""An index formula stated as a number (``σ(z_j) = 1/2`` under ``**First datapoint, $x_1 = 0$.**``) is a value of
every unit at the datapoint the label names (only that one: another datapoint where it holds does not rescue it;
with no label it stays a formula in x, see test_check_kronecker) (invented notes).

Worked out by hand: f(x) = W^{[2]} tanh(W^{[1]} x + b^{[1]}) + b^{[2]}, W^{[1]} = (1, 2)^T, b^{[1]} = (0, 0)^T,
W^{[2]} = (1, 1), b^{[2]} = 0, x_1 = 0, x_2 = 1. Then z_1 = x, z_2 = 2x; at x_1 = 0 both are 0, tanh(z_j) = 0,
tanh'(z_j) = 1; at x_2 = 1, tanh(z_1) ≈ 0.7616, tanh(z_2) ≈ 0.9640 (no datapoint gives tanh(z_j) = 0.5).
"""

from check_helpers import notes_verdicts

from symntk.check.points import prose_points

HEAD = ("$f(x) = W^{[2]}\\tanh(W^{[1]}x + b^{[1]}) + b^{[2]}$ with $W^{[1]} = (1, 2)^T$, $b^{[1]} = (0, 0)^T$, "
        "$W^{[2]} = (1, 1)$, $b^{[2]} = 0$; datapoints $x_1 = 0$, $x_2 = 1$.\n\n"
        "Write $z_j = W^{[1]}_j x + b^{[1]}_j$.\n\n")   # lines 1-4


def test_a_label_with_words_and_a_comma_before_the_point_names_it():
    text = "**First datapoint, $x_1 = 0$.** Both are zero.\n\n**Second point, $x_2 = 1$.** Now\n"
    assert prose_points(text) == {1: 1, 3: 2}


def test_index_values_under_a_datapoint_label_are_judged_at_the_datapoint():
    lines, first = notes_verdicts(HEAD + "**First datapoint, $x_1 = 0$.** So $z_j = 0$ and $\\tanh(z_j) = 0$.\n")
    assert lines[5] == ["correct"] * 4 and first == 0


def test_a_wrong_index_value_is_still_the_mistake():
    lines, first = notes_verdicts(HEAD + "**First datapoint, $x_1 = 0$.** So $\\tanh(z_j) = 0.5$.\n")
    assert lines[5] and lines[5][0] == "wrong" and "correct" not in lines[5] and first == 5


def test_an_index_formula_in_x_stays_a_formula():
    """tanh(z_1) = tanh(x) holds for every x, tanh(z_2) = tanh(2x) does not: the second instance is wrong."""
    lines, first = notes_verdicts(HEAD + "Then $\\tanh(z_j) = \\tanh(x)$.\n")
    assert lines[5] == ["correct", "wrong"] and first == 5


def test_an_index_value_true_only_at_another_datapoint_is_wrong():
    lines, first = notes_verdicts(HEAD + "**Second datapoint, $x_2 = 1$.** So $\\tanh(z_j) = 0$.\n")
    assert lines[5] and lines[5][0] == "wrong" and "correct" not in lines[5] and first == 5
