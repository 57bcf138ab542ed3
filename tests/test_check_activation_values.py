"""Error carried forward from the learner's own number for φ′ or φ at a number (σ′(−2) ≈ −0.1050), invented notes.

Sigmoid network (worked out by hand): W^{[1]} = (2, −2)ᵀ, b^{[1]} = 0, W^{[2]} = (1, 1), b^{[2]} = 0, x_1 = 0,
x_2 = 1. At x_2: z = (2, −2), σ(2) = 1/(1 + e^{−2}) ≈ 0.880797, σ(−2) ≈ 0.119203, σ′(±2) = σ(2)σ(−2) ≈ 0.104994;
∇f(x_2) = (σ′(2)·1, σ′(−2)·1, σ′(2), σ′(−2), σ(2), σ(−2), 1) ≈ (0.1050, 0.1050, 0.1050, 0.1050, 0.8808, 0.1192, 1).
A learner who takes σ′ odd (σ′(−2) ≈ −0.1050) gets (0.1050, −0.1050, 0.1050, −0.1050, 0.8808, 0.1192, 1); one who
writes σ(−2) ≈ 0.8808 gets (…, 0.8808, 0.8808, 1) with the same σ′ (0.8808 · 0.1192 is σ′ either way).

Tanh network: W^{[1]} = (1, −1)ᵀ, b^{[1]} = 0, W^{[2]} = (2, 1), b^{[2]} = 0, x = (0, 1). At x_2: z = (1, −1),
tanh 1 ≈ 0.761594, tanh′(±1) = 1 − tanh² 1 ≈ 0.419974; ∇f(x_2) ≈ (0.8399, 0.4200, 0.8399, 0.4200, 0.7616, −0.7616, 1);
with tanh′(−1) ≈ −0.4200 (taken odd): (0.8399, −0.4200, 0.8399, −0.4200, 0.7616, −0.7616, 1).
"""

from check_helpers import problem, verdicts

SIGMOID = problem([1, 2, 1], "sigmoid", [0, 1], W1=[[2], [-2]], b1=[0, 0], W2=[[1, 1]], b2=0)
TANH = problem([1, 2, 1], "tanh", [0, 1], W1=[[1], [-1]], b1=[0, 0], W2=[[2, 1]], b2=0)
ODD = r"$\sigma'(2) \approx 0.1050$, $\sigma'(-2) = -\sigma'(2) \approx -0.1050$"
SIGN = r"$$\nabla_\theta f(x_2) \approx (0.1050, -0.1050, 0.1050, -0.1050, 0.8808, 0.1192, 1)$$"


def test_gradient_from_their_odd_sigmoid_slope_is_carried(tmp_path):
    out, first = verdicts(tmp_path, SIGMOID, "\n\n".join([ODD, SIGN]))
    assert "wrong" in out[1] and first == 1
    assert out[3] == ["carried"]


def test_their_slope_named_by_the_unit_under_a_datapoint_is_carried(tmp_path):
    notes = "\n\n".join([r"At $x_2 = 1$: $z_1 = 2$, $z_2 = -2$", r"$\sigma'(z_2) \approx -0.1050$", SIGN])
    out, first = verdicts(tmp_path, SIGMOID, notes)
    assert out[3] == ["wrong"] and first == 3
    assert out[5] == ["carried"]


def test_a_fresh_slip_after_their_odd_slope_stays_wrong(tmp_path):
    # From their σ′(−2) the fifth entry is σ(2) ≈ 0.8808, not σ(−2).
    slip = r"$$\nabla_\theta f(x_2) \approx (0.1050, -0.1050, 0.1050, -0.1050, 0.1192, 0.1192, 1)$$"
    out, first = verdicts(tmp_path, SIGMOID, "\n\n".join([ODD, slip]))
    assert first == 1 and out[3] == ["wrong"]


def test_a_right_slope_then_a_sign_slip_in_the_gradient_stays_wrong(tmp_path):
    right = r"$\sigma'(2) \approx 0.1050$, $\sigma'(-2) \approx 0.1050$"
    out, first = verdicts(tmp_path, SIGMOID, "\n\n".join([right, SIGN]))
    assert out[1] == ["correct", "correct"]
    assert out[3] == ["wrong"] and first == 3


def test_gradient_from_their_wrong_sigmoid_value_is_carried(tmp_path):
    notes = "\n\n".join([r"$\sigma(-2) = \frac{1}{1 + e^{-2}} \approx 0.8808$",
                         r"$$\nabla_\theta f(x_2) \approx (0.1050, 0.1050, 0.1050, 0.1050, 0.8808, 0.8808, 1)$$"])
    out, first = verdicts(tmp_path, SIGMOID, notes)
    assert first == 1
    assert out[3] == ["carried"]


def test_gradient_from_their_odd_tanh_slope_is_carried(tmp_path):
    notes = "\n\n".join([r"$\tanh'(-1) = -(1 - \tanh^2 1) \approx -0.4200$",
                         r"$$\nabla_\theta f(x_2) \approx (0.8399, -0.4200, 0.8399, -0.4200, 0.7616, -0.7616, 1)$$",
                         r"$$\nabla_\theta f(x_2) \approx (0.8399, -0.4200, 0.8399, -0.8399, 0.7616, -0.7616, 1)$$"])
    out, first = verdicts(tmp_path, TANH, notes)
    assert first == 1
    assert out[3] == ["carried"]
    assert out[5] == ["wrong"]   # the fourth entry is W^{[2]}_2 tanh′(−1) = −0.4200 in their work too
