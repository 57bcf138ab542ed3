"""A derivative of f written as a function applied to its input after the fraction (``\\frac{\\partial f}{\\partial
W^{[1]}_{11}}(x)``, ``\\frac{df}{d\\theta_6}\\left(x_2\\right)``, ``(\\partial f/\\partial \\theta_5)(x_1)``,
``∂f/∂θ₂(x₂)``): read exactly as ∂f(x)/∂θ or ∂f(x_i)/∂θ, never as a product with x.

Expected values are worked out by hand for the network below.
"""

import pytest
from check_helpers import notes_verdicts

from symntk.check.syntax import parse

# f(x) = W2 (W1 x + b1) + b2, identity, with W1 = [2, -1]^T, b1 = [1, 3]^T, W2 = [1, 2], b2 = 1: h1 = 2x + 1,
# h2 = 3 - x. θ = (W1_11, W1_21, b1_1, b1_2, W2_11, W2_12, b2); ∇f(x) = (W2_11 x, W2_12 x, W2_11, W2_12, h1, h2, 1)
# = (x, 2x, 1, 2, 2x + 1, 3 - x, 1): at x1 = 1 (1, 2, 1, 2, 3, 2, 1), at x2 = -2 (-2, -4, 1, 2, -3, 5, 1).
HEAD = """# Dæmi

$W^{[1]} = [2, -1]^T$, $b^{[1]} = [1, 3]^T$, $W^{[2]} = [1, 2]$, $b^{[2]} = 1$; $x_1 = 1$, $x_2 = -2$.

$f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$

"""


def test_every_spelling_of_the_applied_derivative_is_read_and_right():
    notes = HEAD + "\n\n".join([
        r"$\dfrac{\partial f}{\partial W^{[1]}_{21}}(x) = W^{[2]}_{12}\,x = 2x$",   # line 7: two claims
        r"$\frac{\partial f}{\partial W^{[2]}_{11}}(x_2) = -3$",                   # line 9
        r"$\frac{df}{d\theta_6}\left(x_2\right) = 5$",                             # line 11
        r"$(\partial f/\partial \theta_5)(x_1) = 3$",                               # line 13
        "$∂f/∂θ₂(x₂) = -4$",                                                        # line 15
    ]) + "\n"
    lines, first = notes_verdicts(notes)
    assert lines[7] == ["correct", "correct"]
    assert lines[9] == lines[11] == lines[13] == lines[15] == ["correct"]
    assert first == 0


def test_a_wrong_value_at_a_datapoint_is_the_first_mistake():
    # ∂f/∂W2_12 = h2 = 3 - x: at x2 = -2 it is 5, not 1; at x1 = 1 it is 2 (right)
    notes = HEAD + (r"$\frac{\partial f}{\partial W^{[2]}_{12}}(x_1) = 2$" + "\n\n" +
                    r"$\frac{\partial f}{\partial W^{[2]}_{12}}(x_2) = 1$" + "\n")
    lines, first = notes_verdicts(notes)
    assert lines[7] == ["correct"] and lines[9] == ["wrong"] and first == 9


@pytest.mark.parametrize("applied, at_point", [
    (r"\frac{\partial f}{\partial \theta_1}(x_1)", r"\frac{\partial f(x_1)}{\partial \theta_1}"),
    (r"\dfrac{\partial f}{\partial W^{[1]}_{11}}\left(x\right)", r"\frac{\partial f(x)}{\partial W^{[1]}_{11}}"),
    (r"(\partial f/\partial \theta_3)(x_2)", r"\frac{\partial f(x_2)}{\partial \theta_3}"),
    (r"\frac{\partial f_2}{\partial \theta_3}(x_2)", r"\frac{\partial f_2(x_2)}{\partial \theta_3}"),
])
def test_the_applied_form_parses_as_the_derivative_of_f_at_the_input(applied, at_point):
    assert parse(applied).members[0].node == parse(at_point).members[0].node


@pytest.mark.parametrize("text", [
    r"\frac{\partial f}{\partial \theta_1}(2)",        # a number after the fraction: a product
    r"\frac{\partial h}{\partial \theta_1}(x)",        # not the network's output
    r"\frac{\partial f}{\partial \theta_1}(x + 1)",    # a formula, not the input
])
def test_other_parentheses_after_a_derivative_stay_a_product(text):
    node = parse(text).members[0].node
    assert node.op == "juxt"
