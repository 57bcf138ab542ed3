"""A number after a number in one chain of a derivative is at the same datapoint (invented notes).

Linear network (worked out by hand): W^{[1]} = (1, 2)ᵀ, b^{[1]} = (0, 1), W^{[2]} = (2, −1), b^{[2]} = 0,
x_1 = 1, x_2 = −2. ∂f/∂W^{[1]}_1 = W^{[2]}_1 x = 2x: 2 at x_1, −4 at x_2; ∂f/∂W^{[1]}_2 = W^{[2]}_2 x = −x: −1 at
x_1, 2 at x_2. So ``(−1) · (−2) = −1`` is the value at x_2 worked out (2) and then a slip that happens to be the
value at x_1: the slip is the mistake.
"""

from check_helpers import problem, verdicts

LINEAR = problem([1, 2, 1], "identity", [1, -2], W1=[[1], [2]], b1=[0, 1], W2=[[2, -1]], b2=0)


def test_a_slip_that_is_the_value_at_the_other_datapoint_is_wrong(tmp_path):
    notes = "\n\n".join([r"At $x_2 = -2$:", r"$\partial f/\partial W^{[1]}_2 = (-1)\cdot(-2) = -1$"])
    out, first = verdicts(tmp_path, LINEAR, notes)
    assert out[3] == ["correct", "wrong"] and first == 3


def test_a_right_chain_at_a_datapoint_stays_correct(tmp_path):
    notes = "\n\n".join([r"At $x_2 = -2$:", r"$\partial f/\partial W^{[1]}_1 = 2\cdot(-2) = -4$",
                         r"$\partial f/\partial W^{[1]}_2 = (-1)\cdot(-2) = 2$"])
    out, first = verdicts(tmp_path, LINEAR, notes)
    assert out[3] == ["correct", "correct"] and out[5] == ["correct", "correct"] and first == 0


def test_a_formula_then_its_value_at_a_datapoint_stays_correct(tmp_path):
    notes = r"$\partial f/\partial W^{[1]}_2 = W^{[2]}_2 x = -1$"
    out, first = verdicts(tmp_path, LINEAR, notes)
    assert out[1] == ["correct", "correct"] and first == 0
