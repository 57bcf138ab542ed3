"""Error carried forward from the learner's own wrong network formula f (invented notes).

The learner writes f wrong (W^{[1]} transposed, a bias left out, tanh put on the output) and then works correctly
from their f: their units, gradient and kernel are carried; a value that follows from neither the truth nor their f
stays wrong. Every expected value is worked out by hand in the test's docstring.
"""

import math

from check_helpers import problem, verdicts

# z_1 = 2x_1 + x_2 + 1, z_2 = 3x_2 − 1, f = z_1 + 2z_2; datapoints (1, 0) and (1, 1)
TWO_INPUTS = problem([2, 2, 1], "identity", [[1, 0], [1, 1]], W1=[[2, 1], [0, 3]], b1=[1, -1], W2=[[1, 2]], b2=0)
# z_1 = 2x + 1, z_2 = x + 3, f = z_1 + 2z_2 + 1; datapoints 1 and 2
ONE_INPUT = problem([1, 2, 1], "identity", [1, 2], W1=[[2], [1]], b1=[1, 3], W2=[[1, 2]], b2=1)
# f = 2 tanh(x − 1); datapoints 1 and 0
TANH_HIDDEN = problem([1, 1, 1], "tanh", [1, 0], W1=1, b1=-1, W2=2, b2=0)

TRANSPOSED_F = (r"$$f(x) = W^{[2]}_{11}(W^{[1]}_{11}x_1 + W^{[1]}_{21}x_2 + b^{[1]}_1) + "
                r"W^{[2]}_{12}(W^{[1]}_{12}x_1 + W^{[1]}_{22}x_2 + b^{[1]}_2) + b^{[2]}$$")


def test_transposed_weights_in_f_carry_to_units_gradient_and_kernel(tmp_path):
    """Their f has unit 1 = W_11 x_1 + W_21 x_2 + b_1 = 2x_1 + 1 and unit 2 = W_12 x_1 + W_22 x_2 + b_2 = x_1 + 3x_2 − 1
    (true 2x_1 + x_2 + 1 and 3x_2 − 1). At (1, 0): their z = (3, 0) (true (3, −1)); at (1, 1): (3, 3) (true (4, 2)).
    Their ∇f = (W2_11 x_1, W2_12 x_1, W2_11 x_2, W2_12 x_2, W2_11, W2_12, z_1, z_2, 1): (1, 2, 0, 0, 1, 2, 3, 0, 1) at
    (1, 0) (true (1, 0, 2, 0, 1, 2, 3, −1, 1)) and (1, 2, 1, 2, 1, 2, 3, 3, 1) at (1, 1) (true (1, 1, 2, 2, 1, 2, 4,
    2, 1)); their K_11 = 1+4+1+4+9+1 = 20, K_12 = 1+4+1+4+9+1 = 20, K_22 = 1+4+1+4+1+4+9+9+1 = 34 (true 21, 21, 36)."""
    notes = "\n\n".join([
        TRANSPOSED_F,                                                                      # 1: wrong
        r"At $x^{(1)} = (1, 0)$: $z_1 = 3$, $z_2 = 0$.",                                   # 3: correct, carried
        r"At $x^{(2)} = (1, 1)$: $z_1 = 3$, $z_2 = 3$.",                                   # 5: carried ×2
        r"$$\nabla_\theta f = (W^{[2]}_{11}x_1, W^{[2]}_{12}x_1, W^{[2]}_{11}x_2, W^{[2]}_{12}x_2, "
        r"W^{[2]}_{11}, W^{[2]}_{12}, z_1, z_2, 1)$$",                                     # 7: carried
        r"$$\nabla_\theta f(x^{(1)}) = (1, 2, 0, 0, 1, 2, 3, 0, 1)$$",                    # 9: carried
        r"$$\nabla_\theta f(x^{(2)}) = (1, 2, 1, 2, 1, 2, 3, 3, 1)$$",                    # 11: carried
        r"$K_{11} = 20$, $K_{12} = 20$, $K_{22} = 34$",                                    # 13: carried ×3
    ])
    got, first = verdicts(tmp_path, TWO_INPUTS, notes)
    assert first == 1
    assert got == {1: ["wrong"], 3: ["correct", "carried"], 5: ["carried", "carried"], 7: ["carried"],
                   9: ["carried"], 11: ["carried"], 13: ["carried", "carried", "carried"]}


def test_values_from_neither_the_truth_nor_their_f_stay_wrong(tmp_path):
    """After the transposed f above: z_2 = 5 at (1, 1) is neither their 3 nor the true 2; a gradient with ∂f/∂W_12 =
    W2_11 x_1 is neither their W2_12 x_1 nor the true W2_11 x_2; K_22 = 35 is neither their 34 nor the true 36."""
    notes = "\n\n".join([
        TRANSPOSED_F,                                                                      # 1: wrong
        r"At $x^{(2)} = (1, 1)$: $z_1 = 3$, $z_2 = 5$.",                                   # 3: carried, wrong
        r"$$\nabla_\theta f = (W^{[2]}_{11}x_1, W^{[2]}_{11}x_1, W^{[2]}_{11}x_2, W^{[2]}_{12}x_2, "
        r"W^{[2]}_{11}, W^{[2]}_{12}, z_1, z_2, 1)$$",                                     # 5: wrong
        r"$$\nabla_\theta f(x^{(1)}) = (1, 2, 0, 0, 1, 2, 3, 0, 1)$$",
        r"$$\nabla_\theta f(x^{(2)}) = (1, 2, 1, 2, 1, 2, 3, 3, 1)$$",
        r"$K_{22} = 35$",                                                                  # 11: wrong
    ])
    got = verdicts(tmp_path, TWO_INPUTS, notes)[0]
    assert got[3] == ["carried", "wrong"] and got[5] == ["wrong"] and got[11] == ["wrong"]


def test_a_bias_left_out_of_f_is_carried_into_the_gradient_and_kernel(tmp_path):
    """f without b^{[1]}_2: W2_11(W1_11 x + b1_1) + W2_12 W1_21 x + b2, so their ∇f = (W2_11 x, W2_12 x, W2_11, 0,
    W1_11 x + b1_1, W1_21 x, 1) (true ∂f/∂b1_2 = W2_12 = 2 and ∂f/∂W2_12 = x + 3). At x = 1: (1, 2, 1, 0, 3, 1, 1);
    at x = 2: (2, 4, 1, 0, 5, 2, 1). K_11 = 1+4+1+9+1+1 = 17, K_12 = 2+8+1+15+2+1 = 29, K_22 = 4+16+1+25+4+1 = 51
    (true 36, 51, 76)."""
    notes = "\n\n".join([
        r"$$f(x) = W^{[2]}_{11}(W^{[1]}_{11} x + b^{[1]}_1) + W^{[2]}_{12} W^{[1]}_{21} x + b^{[2]}$$",   # 1: wrong
        r"$$\nabla_\theta f = (W^{[2]}_{11} x, W^{[2]}_{12} x, W^{[2]}_{11}, 0, W^{[1]}_{11} x + b^{[1]}_1, "
        r"W^{[1]}_{21} x, 1)$$",                                                           # 3: carried
        r"$$\nabla_\theta f(x_1) = (1, 2, 1, 0, 3, 1, 1)$$",                              # 5: carried
        r"$$\nabla_\theta f(x_2) = (2, 4, 1, 0, 5, 2, 1)$$",                              # 7: carried
        r"$K_{11} = 17$, $K_{12} = 29$, $K_{22} = 51$",                                    # 9: carried ×3
    ])
    got, first = verdicts(tmp_path, ONE_INPUT, notes)
    assert first == 1
    assert got == {1: ["wrong"], 3: ["carried"], 5: ["carried"], 7: ["carried"], 9: ["carried"] * 3}


def test_tanh_put_on_the_output_is_carried_into_the_gradient(tmp_path):
    """f = tanh(W2 (W1 x + b1) + b2) for the true W2 tanh(W1 x + b1) + b2: with u = W2(W1 x + b1) + b2 and
    s = 1 − tanh²u, their ∇f = (s W2 x, s W2, s (W1 x + b1), s) (carried, written as a formula). At x = 0, u = −2:
    (0, 2s, −s, s) with s = 1 − tanh² 2 ≈ 0.070651 (true (0, 2(1 − tanh² 1), tanh(−1), 1) ≈ (0, 0.8399, −0.7616,
    1)); a gradient with ∂f/∂b2 = 1 there follows neither (wrong)."""
    s = 1 - math.tanh(2) ** 2
    u = r"W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]}"
    notes = "\n\n".join([
        rf"$$f(x) = \tanh({u})$$",                                                           # 1: wrong
        rf"$$\nabla_\theta f = ((1 - \tanh^2({u})) W^{{[2]}} x, (1 - \tanh^2({u})) W^{{[2]}}, "
        rf"(1 - \tanh^2({u})) (W^{{[1]}} x + b^{{[1]}}), 1 - \tanh^2({u}))$$",              # 3: carried
        rf"$$\nabla_\theta f(x_2) = (0, {2 * s:.4f}, {-s:.4f}, {s:.4f})$$",               # 5: carried
        rf"$$\nabla_\theta f(x_2) = (0, {2 * s:.4f}, {-s:.4f}, 1)$$",                     # 7: wrong
    ])
    got, first = verdicts(tmp_path, TANH_HIDDEN, notes)
    assert first == 1
    assert got == {1: ["wrong"], 3: ["carried"], 5: ["carried"], 7: ["wrong"]}


def test_a_correct_gradient_after_a_wrong_f_stays_correct(tmp_path):
    """After the transposed f above, the true ∇f = (W2_11 x_1, W2_11 x_2, W2_12 x_1, W2_12 x_2, W2_11, W2_12, z_1, z_2,
    1) written in the unit names is correct (z_1, z_2 are the true units there), and so is the true ∇f(x^{(1)}) =
    (1, 0, 2, 0, 1, 2, 3, −1, 1)."""
    notes = "\n\n".join([
        TRANSPOSED_F,                                                                      # 1: wrong
        r"$$\nabla_\theta f = (W^{[2]}_{11}x_1, W^{[2]}_{11}x_2, W^{[2]}_{12}x_1, W^{[2]}_{12}x_2, "
        r"W^{[2]}_{11}, W^{[2]}_{12}, z_1, z_2, 1)$$",                                     # 3: correct
        r"$$\nabla_\theta f(x^{(1)}) = (1, 0, 2, 0, 1, 2, 3, -1, 1)$$",                 # 5: correct
    ])
    assert verdicts(tmp_path, TWO_INPUTS, notes)[0] == {1: ["wrong"], 3: ["correct"], 5: ["correct"]}
