"""Formulas at a datapoint that keep the parameters by name and put the datapoint's input in for x
(``Datapoint x_2 = -2: z_1 = W^{[1]}_{11} \\cdot (-2) + b^{[1]}_1``, ``∂f(x_2)/∂W^{[1]}_{21} = W^{[2]}_{12} x_2``):
right when they are the truth at that datapoint with the parameters still letters, never a false alarm for
lacking x; wrong when the letters or the input are wrong.

Expected values are worked out by hand for the network below.
"""

from check_helpers import notes_verdicts

# f(x) = W2 (W1 x + b1) + b2, identity, with W1 = [2, -1]^T, b1 = [1, 3]^T, W2 = [1, 2], b2 = 1, x1 = 1, x2 = -2.
# z1 = W1_11 x + b1_1 (= 2x + 1: 3 at x1, -3 at x2); z2 = W1_21 x + b1_2 (= 3 - x: 2 at x1, 5 at x2).
# ∂f/∂W1_21 = W2_12 x (= 2x: -4 at x2); ∂f/∂W2_12 = z2.
HEAD = """# Exercise

$W^{[1]} = [2, -1]^T$, $b^{[1]} = [1, 3]^T$, $W^{[2]} = [1, 2]$, $b^{[2]} = 1$; $x_1 = 1$, $x_2 = -2$.

$f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$

"""


def test_units_at_a_datapoint_with_the_parameters_by_name_are_right():
    notes = HEAD + (r"**Datapoint $x_2 = -2$.** $z_1 = W^{[1]}_{11} \cdot (-2) + b^{[1]}_1 = -3$, "
                    r"$z_2 = W^{[1]}_{21} \cdot (-2) + b^{[1]}_2 = 5$." + "\n")
    lines, first = notes_verdicts(notes)
    assert set(lines[7]) == {"correct"} and len(lines[7]) == 4 and first == 0


def test_a_unit_at_a_datapoint_with_the_wrong_bias_is_wrong():
    # W1_21·(-2) + b1_1 = 2 + 1 = 3, but z2(x2) = 5 and z2 keeps b1_2
    notes = HEAD + r"**Datapoint $x_2 = -2$.** $z_2 = W^{[1]}_{21} \cdot (-2) + b^{[1]}_1$" + "\n"
    lines, first = notes_verdicts(notes)
    assert lines[7] == ["wrong"] and first == 7


def test_a_derivative_at_a_datapoint_with_letters_kept_is_right():
    notes = HEAD + (r"$\frac{\partial f(x_2)}{\partial W^{[1]}_{21}} = W^{[2]}_{12} x_2 = -4$" + "\n\n" +
                    r"$\frac{\partial f(x_2)}{\partial W^{[2]}_{12}} = W^{[1]}_{21} \cdot (-2) + b^{[1]}_2 = 5$" + "\n")
    lines, first = notes_verdicts(notes)
    assert lines[7] == ["correct", "correct"] and lines[9] == ["correct", "correct"] and first == 0


def test_a_derivative_at_a_datapoint_with_the_other_input_is_wrong():
    # at x2 the derivative is W1_21 x2 + b1_2 = 5; with x1 put in it is 2
    notes = HEAD + r"$\frac{\partial f(x_2)}{\partial W^{[2]}_{12}} = W^{[1]}_{21} x_1 + b^{[1]}_2$" + "\n"
    lines, first = notes_verdicts(notes)
    assert lines[7] == ["wrong"] and first == 7


def test_a_unit_with_x_forgotten_is_wrong_even_where_a_datapoint_is_one():
    # z1 = W1_11 x + b1_1; W1_11 + b1_1 is it at x1 = 1 only, and no datapoint is named here: x forgotten
    notes = HEAD + r"$z_1 = W^{[1]}_{11} + b^{[1]}_1$" + "\n"
    lines, first = notes_verdicts(notes)
    assert lines[7] == ["wrong"] and first == 7
