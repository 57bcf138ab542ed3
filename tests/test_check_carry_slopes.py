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


def test_bare_derivative_values_under_a_datapoint_are_their_values_there(tmp_path):
    # Under "x_2 = 2" with their relu′(z_2) = 1 the learner writes ∂f/∂W^{[1]}_2 = 3 · 1 · 2 = 6 (true 0 at both
    # datapoints: carried from their relu′), then the gradient; a slip 3 · 1 · 2 = 7 is a new mistake.
    notes = "\n\n".join([
        AT_X2,
        r"$\partial f/\partial W^{[1]}_2 = 3 \cdot 1 \cdot 2 = 6$",
        r"$$\nabla_\theta f(x_2) = (2, 6, 1, 3, 5, 0, 1)$$",
        r"$\partial f/\partial W^{[1]}_2 = 3 \cdot 1 \cdot 2 = 7$",
    ])
    out, first = verdicts(tmp_path, RELU, notes)
    assert first == 1
    assert out[3] == ["carried", "carried"]
    assert out[5] == ["carried"]
    assert out[7] == ["carried", "wrong"]


def test_gradient_over_their_own_theta_without_the_output_bias_is_carried(tmp_path):
    # θ without b^{[2]} (wrong: 7 parameters); ∇f with the six true entries for their θ is carried, one with a
    # wrong entry (W^{[2]}_1 x in place of W^{[2]}_1) is wrong.
    theta = r"$\theta = (W^{[1]}_1, W^{[1]}_2, b^{[1]}_1, b^{[1]}_2, W^{[2]}_1, W^{[2]}_2)$"
    right = (r"$$\nabla_\theta f = (W^{[2]}_1 \mathrm{relu}'(z_1) x, W^{[2]}_2 \mathrm{relu}'(z_2) x, "
             r"W^{[2]}_1 \mathrm{relu}'(z_1), W^{[2]}_2 \mathrm{relu}'(z_2), \mathrm{relu}(z_1), \mathrm{relu}(z_2))$$")
    notes = "\n\n".join([theta, r"with $z_i = W^{[1]}_i x + b^{[1]}_i$", right,
                         right.replace(r"W^{[2]}_1 \mathrm{relu}'(z_1), ", r"W^{[2]}_1 \mathrm{relu}'(z_1) x, ")])
    out, first = verdicts(tmp_path, RELU, notes)
    assert out[1] == ["wrong"] and first == 1
    assert out[5] == ["carried"]
    assert out[7] == ["wrong"]
