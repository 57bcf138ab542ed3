"""A chain that starts with the learner's own name for a known quantity (c_2 = tr K = 46) and ∂f/∂z with no layer
in a one-hidden-layer network (δ = ∂f/∂z = W_2^T) (invented notes; verdicts worked out by hand).

HIDDEN: f(x) = W2 (W1 x + b1) + b2, identity, W1 = (1, 2)^T, b1 = (0, 1)^T, W2 = (3, -1), b2 = 0; the hidden
layer's δ = ∂f/∂z = W2^T = (3, -1)^T. θ = (W1_1, W1_2, b1_1, b1_2, W2_1, W2_2, b2); ∇f(x) = (3x, -x, 3, -1, x,
2x + 1, 1). At x_1 = 0: (0, 0, 3, -1, 0, 1, 1), |.|² = 12; at x_2 = 1: (3, -1, 3, -1, 1, 3, 1), |.|² = 31;
K_12 = 9 + 1 + 3 + 1 = 14. K = [[12, 14], [14, 31]]: tr K = 43, det K = 372 - 196 = 176.
"""

from check_helpers import problem
from check_helpers import verdicts as _verdicts

HIDDEN = problem([1, 2, 1], "identity", [0, 1], W1=[[1], [2]], b1=[0, 1], W2=[[3, -1]], b2=0)


def test_an_own_name_for_the_trace_and_the_determinant(tmp_path):
    notes = "\n".join([r"$K = \begin{pmatrix} 12 & 14 \\ 14 & 31 \end{pmatrix}$", "",
                       r"$s = \operatorname{tr} K = 43$", "", r"$p = \det K = 186$", "",   # det K is 176
                       r"$q = K_{12} = 14$"])
    verdicts, first = _verdicts(tmp_path, HIDDEN, notes)
    assert verdicts.get(3) == ["correct"] and verdicts.get(5) == ["wrong"] and verdicts.get(7) == ["correct"]
    assert first == 5


def test_an_own_name_before_a_derivative_of_a_unit_is_left_alone(tmp_path):
    notes = r"$\delta_1 = \partial f/\partial z_1 = W^{[2]}_{1,1} = 3$"
    verdicts, _ = _verdicts(tmp_path, HIDDEN, notes)
    assert "wrong" not in verdicts.get(1, [])


def test_delta_as_df_dz_without_a_layer(tmp_path):
    notes = "\n".join([r"Backprop: $\delta = \partial f/\partial z = (W^{[2]})^\top = (3, -1)^\top$", "",
                       r"and $\partial f/\partial z = (3, 1)^\top$"])   # the second entry is -1
    verdicts, first = _verdicts(tmp_path, HIDDEN, notes)
    assert verdicts.get(1) == ["correct", "correct"] and verdicts.get(3) == ["wrong"]
    assert first == 3
