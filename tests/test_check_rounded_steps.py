"""A chain step evaluating a correct member that holds rounded decimals, invented notes.

Tanh network (worked out by hand): W^{[1]} = (1, −1)ᵀ, b^{[1]} = 0, W^{[2]} = (2, 1), b^{[2]} = 0, x = (0, 1).
At x_2: z = (1, −1), tanh 1 ≈ 0.761594, tanh′(±1) = 1 − tanh² 1 ≈ 0.419974, so
∇f(x_2) ≈ (0.839948, 0.419974, 0.839948, 0.419974, 0.761594, −0.761594, 1).
Written with tanh′ ≈ 0.42 (right to two decimals), 2 × 0.42 = 0.8400 exactly: the learner's own arithmetic on a
correctly rounded number, right although 0.839948 is 0.8399 to four decimals. 2 × 0.42 = 0.8600 is a slip
(0.42 stands for 0.415 … 0.425, so 2 × 0.42 lies in 0.83 … 0.85).
"""

from check_helpers import problem, verdicts

TANH = problem([1, 2, 1], "tanh", [0, 1], W1=[[1], [-1]], b1=[0, 0], W2=[[2, 1]], b2=0)
STEP = r"$$\nabla_\theta f(x_2) = (2 \times 0.42, 0.42, 2 \times 0.42, 0.42, 0.7616, -0.7616, 1) = ({}, 0.4200, " \
    r"0.8400, 0.4200, 0.7616, -0.7616, 1)$$"


def test_a_step_evaluating_a_right_rounded_member_is_correct(tmp_path):
    out, first = verdicts(tmp_path, TANH, STEP.replace("{}", "0.8400"))
    assert out == {1: ["correct", "correct"]} and first == 0


def test_a_slip_in_that_step_is_still_wrong(tmp_path):
    out, first = verdicts(tmp_path, TANH, STEP.replace("{}", "0.8600"))
    assert out == {1: ["correct", "wrong"]} and first == 1
