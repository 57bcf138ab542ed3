"""A chain that sets two outputs' derivatives equal (``∂f_1/∂b_1 = ∂f_2/∂b_2 = 0``) claims both (invented notes).

Network (worked out by hand): W^{[1]} = 1, b^{[1]} = 0, W^{[2]} = (1, 2)ᵀ, b^{[2]} = (0, 0), identity, x = (1, 2):
f_o = W^{[2]}_o (W^{[1]} x + b^{[1]}) + b^{[2]}_o, so ∂f_1/∂b^{[2]}_1 = ∂f_2/∂b^{[2]}_2 = 1 and ∂f_1/∂b^{[2]}_2 =
∂f_2/∂b^{[2]}_1 = 0; ∇f_2(x_1) = (2, 2, 0, 1, 0, 1), with their ∂f_2/∂b^{[2]}_2 = 0: (2, 2, 0, 1, 0, 0).
"""

from check_helpers import problem, verdicts

TWO = problem([1, 1, 2], "identity", [1, 2], W1=[[1]], b1=[0], W2=[[1], [2]], b2=[0, 0])
BOTH = r"$\frac{\partial f_1}{\partial b^{[2]}_{1}} = \frac{\partial f_2}{\partial b^{[2]}_{2}} = %s$"
CROSS = r"$\frac{\partial f_1}{\partial b^{[2]}_{2}} = \frac{\partial f_2}{\partial b^{[2]}_{1}} = 0$"


def test_both_outputs_derivatives_are_claimed(tmp_path):
    out, first = verdicts(tmp_path, TWO, "\n\n".join([BOTH % "1", CROSS, BOTH % "0"]))
    assert out[1] == ["correct", "correct"] and out[3] == ["correct", "correct"]
    assert out[5] == ["wrong", "wrong"] and first == 5


def test_the_second_outputs_gradient_follows_from_its_zero(tmp_path):
    notes = "\n\n".join([BOTH % "0", r"$\nabla_\theta f_2(x_1) = (2, 2, 0, 1, 0, 0)$",
                         r"$\nabla_\theta f_2(x_2) = (4, 2, 0, 1, 0, 0)$"])
    out, first = verdicts(tmp_path, TWO, notes)
    assert first == 1 and out[3] == ["carried"]
    assert out[5] == ["wrong"]   # their ∇f_2(x_2) is (4, 2, 0, 2, 0, 0): h(x_2) = 2 written 1 is a new mistake
