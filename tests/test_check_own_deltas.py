"""The learner's own δ^{[l]} carried through backprop: their wrong numbers for δ at a datapoint give, by
∂f/∂W^{[l]} = δ a^{[l-1]T} and ∂f/∂b^{[l]} = δ, their ∂f/∂W, ∂f/∂b and gradient there; their wrong general formula
for δ (``δ^{[1]} = 3(1 − tanh z)``, from tanh′ = 1 − tanh) gives their δ at each datapoint."""

import pytest
from check_helpers import line_verdicts

from symntk.check import check_text

# By hand: W1 = (2, -1)^T, b1 = (0, 2)^T, W2 = (1, 3), b2 = 0, relu. At x_2 = 3: z = (6, -1), a = (6, 0),
# relu' = (1, 0), δ1 = W2^T ⊙ relu' = (1, 0); df/dW1 = δ1 · 3 = (3, 0); g_2 = (3, 0, 1, 0, 6, 0, 1).
# With the wrong δ1 = (1, 3) (unit 2 taken as on): df/dW1 = (3, 9), g_2 = (3, 9, 1, 3, 6, 0, 1).
RELU = ("$f(x) = W^{[2]}\\,\\mathrm{relu}(W^{[1]}x + b^{[1]}) + b^{[2]}$, "
        "$W^{[1]} = \\begin{bmatrix}2\\\\-1\\end{bmatrix}$, $b^{[1]} = \\begin{bmatrix}0\\\\2\\end{bmatrix}$, "
        "$W^{[2]} = [1,\\ 3]$, $b^{[2]} = 0$, points $x_1 = 1$, $x_2 = 3$.\n\n"
        "$\\theta = (W^{[1]}_{11}, W^{[1]}_{21}, b^{[1]}_1, b^{[1]}_2, W^{[2]}_{11}, W^{[2]}_{12}, b^{[2]})$.\n\n"
        "**At $x_2 = 3$:** $z^{[1]} = (6, -1)^T$, $a^{[1]} = (6, 0)^T$, and $\\delta^{[1]} = {delta}^T$.\n"
        "$$\\frac{{\\partial f}}{{\\partial W^{[1]}}} = \\begin{bmatrix}{w}\\end{bmatrix}, \\quad g_2 = {g}$$\n")


def _relu(delta: str, w: str, g: str) -> str:
    return (RELU.replace("{delta}", delta).replace("{w}", w).replace("{g}", g)
            .replace("{{", "{").replace("}}", "}"))


@pytest.mark.parametrize("delta, w, g, verdicts", [
    ("(1, 3)", "3\\\\9", "(3, 9, 1, 3, 6, 0, 1)", {5: ["correct", "correct", "wrong"], 6: ["carried", "carried"]}),
    ("(1, 3)", "3\\\\8", "(3, 8, 1, 3, 6, 0, 1)", {5: ["correct", "correct", "wrong"], 6: ["wrong", "carried"]}),
    # (the gradient follows from the ∂f/∂W^{[1]} = (3, 8) just written)
    ("(1, 0)", "3\\\\0", "(3, 0, 1, 0, 6, 0, 1)", {5: ["correct"] * 3, 6: ["correct", "correct"]}),
    ("(1, 0)", "3\\\\9", "(3, 9, 1, 3, 6, 0, 1)", {5: ["correct"] * 3, 6: ["wrong", "wrong"]}),
])
def test_numbers_from_the_learner_s_delta_at_a_datapoint_are_carried(delta, w, g, verdicts):
    got = line_verdicts(check_text(_relu(delta, w, g), "notes.md"))
    assert {line: got.get(line) for line in verdicts} == verdicts


# By hand: W1 = 1, b1 = 0, W2 = 3, b2 = 0, tanh; the learner's rule δ1 = 3(1 − tanh z) (true 3(1 − tanh² z)).
# At x_2 = 1: tanh 1 = 0.761594, their δ1 = 3(1 − 0.761594) = 0.715218 ≈ 0.7152 (true 3 sech² 1 = 1.259946);
# θ = (W1, b1, W2, b2): their g_2 = (δ · 1, δ, tanh 1, 1) = (0.7152, 0.7152, 0.7616, 1).
TANH = ("Given: $f(x) = W^{[2]}\\tanh(W^{[1]}x + b^{[1]}) + b^{[2]}$, $W^{[1]} = 1$, $b^{[1]} = 0$, "
        "$W^{[2]} = 3$, $b^{[2]} = 0$. Datapoints $x_1 = 0$, $x_2 = 1$.\n\n"
        "$$\\delta^{[1]} = W^{[2]}\\,\\tanh'(z^{[1]}) = 3\\,(1 - \\tanh(z^{[1]}))$$\n\n"
        "### $x_2 = 1$\n"
        "$a^{[1]} = \\tanh 1 \\approx 0.7616$, $\\delta^{[1]} = {link} = {value}$.\n"
        "$$g_2 = (0.7152,\\ 0.7152,\\ 0.7616,\\ 1)$$\n")


CARRIED = {3: ["correct", "wrong"], 6: ["correct", "correct", "carried", "carried"], 7: ["carried"]}


@pytest.mark.parametrize("link, value, verdicts", [
    ("3(1 - 0.7616)", "0.7152", CARRIED),
    ("3 - 3(0.7616)", "0.7152", CARRIED),
    ("3(1 - 0.6616)", "1.0152", {3: ["correct", "wrong"], 6: ["correct", "correct", "wrong", "carried"]}),
])
def test_the_learner_s_general_delta_at_a_datapoint_is_carried(link, value, verdicts):
    got = line_verdicts(check_text(TANH.replace("{link}", link).replace("{value}", value), "notes.md"))
    assert {line: got.get(line) for line in verdicts} == verdicts
