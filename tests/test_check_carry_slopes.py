"""Error carried forward from the learner's own φ′ or hidden values at a datapoint (invented notes).

Network (worked out by hand): W^{[1]} = (2, −1)ᵀ, b^{[1]} = (1, 1), W^{[2]} = (1, 3), b^{[2]} = 0, ReLU, x_1 = 0,
x_2 = 2; θ = (W^{[1]}_1, W^{[1]}_2, b^{[1]}_1, b^{[1]}_2, W^{[2]}_1, W^{[2]}_2, b^{[2]}). At x_2: z = (5, −1),
a = (5, 0), relu′(z) = (1, 0), δ^{[1]} = (1, 0), ∇f(x_2) = (2, 0, 1, 0, 5, 0, 1). A learner who takes relu′(z_2) = 1
there gets ∂f/∂W^{[1]}_2 = 3 · 1 · 2 = 6, ∂f/∂b^{[1]}_2 = 3 and ∇f(x_2) = (2, 6, 1, 3, 5, 0, 1); one who takes
z_2 = 1 there gets δ^{[1]} = (1, 3).
"""

from check_helpers import problem, verdicts

RELU = problem([1, 2, 1], "relu", [0, 2], W1=[[2], [-1]], b1=[1, 1], W2=[[1, 3]], b2=0)
AT_X2 = r"At $x_2 = 2$: $z^{[1]} = (5, -1)$, $\mathrm{relu}'(z) = (1, 1)$"


def test_gradient_from_their_own_relu_slopes_as_a_vector_is_carried(tmp_path):
    notes = "\n\n".join([AT_X2, r"$$\nabla_\theta f(x_2) = (2, 6, 1, 3, 5, 0, 1)$$"])
    out, first = verdicts(tmp_path, RELU, notes)
    assert out[1] == ["correct", "wrong"] and first == 1
    assert out[3] == ["carried"]


def test_gradient_from_their_own_relu_slope_of_one_unit_is_carried(tmp_path):
    notes = "\n\n".join([
        r"At $x_2 = 2$:",
        r"$z_1 = 5$, $z_2 = -1$",
        r"$\mathrm{relu}'(z_1) = 1$ and $\mathrm{relu}'(z_2) = 1$",
        r"$$\nabla_\theta f(x_2) = (2, 6, 1, 3, 5, 0, 1)$$",
    ])
    out, first = verdicts(tmp_path, RELU, notes)
    assert out[5] == ["correct", "wrong"] and first == 5
    assert out[7] == ["carried"]


def test_a_fresh_slip_after_their_own_relu_slopes_stays_wrong(tmp_path):
    # From their relu′(z_2) = 1 the fourth entry is 3 · 1 = 3, not 2.
    notes = "\n\n".join([AT_X2, r"$$\nabla_\theta f(x_2) = (2, 6, 1, 2, 5, 0, 1)$$"])
    out, _ = verdicts(tmp_path, RELU, notes)
    assert out[3] == ["wrong"]


def test_right_relu_slopes_then_a_wrong_gradient_stays_wrong(tmp_path):
    notes = "\n\n".join([r"At $x_2 = 2$: $z^{[1]} = (5, -1)$, $\mathrm{relu}'(z) = (1, 0)$",
                         r"$$\nabla_\theta f(x_2) = (2, 6, 1, 3, 5, 0, 1)$$"])
    out, first = verdicts(tmp_path, RELU, notes)
    assert out[1] == ["correct", "correct"]
    assert out[3] == ["wrong"] and first == 3


def test_delta_from_their_own_wrong_hidden_values_is_carried(tmp_path):
    # δ^{[1]} at x_1 = 0 is (1, 3) too, so δ is written on the line that names x_2.
    notes = "\n\n".join([r"At $x_2 = 2$: $z^{[1]} = (5, 1)$, $\delta^{[1]} = (1, 3)$",
                         r"At $x_2 = 2$: $z^{[1]} = (5, 1)$, $\delta^{[1]} = (1, 2)$"])
    out, first = verdicts(tmp_path, RELU, notes)
    assert out[1] == ["wrong", "carried"] and first == 1
    assert out[3] == ["carried", "wrong"]
