"""Datapoint labels typed inside math by a converter (``$x_1 = 1 :$ $(…)$``, ``$x_2 = 2 : \\nabla f = (…)$``,
``$\\text{bei } x_2:$``) read as the same labels typed in prose; and squared single bars around a gradient
(``\\left| \\nabla f(x_1) \\right|^{2}``) as its squared length."""

import pytest
from check_helpers import line_verdicts

from symntk.check import check_text
from symntk.check.math_labels import math_labels
from symntk.check.normalise import normalise


@pytest.mark.parametrize("written, read", [
    (r"$x_1 = 1 :$ $(1, 2)$", r"$x_1 = 1$: $(1, 2)$"),
    (r"$x_2 = 2 : \nabla f = (1, 2)$", r"$x_2 = 2$: $\nabla f = (1, 2)$"),
    (r"$\text{bei } x^{(2)}: K_{22} = 5$", r"bei $x^{(2)}$: $K_{22} = 5$"),
    (r"$x^{(1)} = (1, 0)^T : f = 2$", r"$x^{(1)} = (1, 0)^T$: $f = 2$"),
    (r"$\mathbf{x}_2 = 3:$", r"$\mathbf{x}_2 = 3$:"),
])
def test_a_label_inside_math_goes_before_it(written, read):
    assert math_labels(written) == read


@pytest.mark.parametrize("written", [r"$f : \mathbb{R} \to \mathbb{R}$", r"$x := 2$", r"$K = JJ^T:$", r"$x: y$",
                                     r"$$x_1 = 1 : y = 2$$"])
def test_what_is_no_datapoint_label_stays(written):
    assert math_labels(written) == written


@pytest.mark.parametrize("written, read", [
    (r"\left| \nabla f\left( x_1\right) \right|^{2}", r"\|\nabla f\left( x_1\right)\|^2"),
    (r"|h(x_2)|^2", r"\|h(x_2)\|^2"),
    (r"|\nabla_\theta f(x_2)|^{2}", r"\|\nabla_\theta f(x_2)\|^2"),
])
def test_squared_single_bars_around_a_vector_are_its_squared_length(written, read):
    assert normalise(written) == normalise(read)


@pytest.mark.parametrize("written", [r"|K|^2", r"|K - \lambda I|", r"|\nabla f(x_1)| = 3"])
def test_bars_that_may_mean_a_determinant_or_no_square_stay(written):
    assert "\\langle" not in normalise(written)


# By hand: f(x) = W2 (W1 x + b1) + b2, W1 = (1, 1)^T, b1 = (0, 1)^T, W2 = (1, 0), b2 = 0; θ = (W1_11, W1_21, b1_1,
# b1_2, W2_11, W2_12, b2); ∇f(x) = (W2_11 x, W2_12 x, W2_11, W2_12, x, x + 1, 1) = (x, 0, 1, 0, x, x + 1, 1).
# ∇f(1) = (1, 0, 1, 0, 1, 2, 1), ∇f(2) = (2, 0, 1, 0, 2, 3, 1); K_11 = |∇f(1)|² = 1 + 1 + 1 + 4 + 1 = 8.
HEAD = (r"$W^{[1]} = [1, 1]^T$, $b^{[1]} = [0, 1]^T$, $W^{[2]} = [1, 0]$, $b^{[2]} = 0$, identity activation; "
        r"$x_1 = 1 , x_2 = 2$" "\n\n" r"$\frac{\partial f}{\partial b^{[2]}} = 1$" "\n\n")


def test_converted_labels_before_gradients_and_a_squared_length():
    body = ("$x_1 = 1 :$ $\\left( 1 \\, , \\, 0 \\, , \\, 1 \\, , \\, 0 \\, , \\, 1 \\, , \\, 2 \\, , "
            "\\, 1\\right)$\n\n"
            "$x_2 = 2 : \\nabla f = \\left( 2 , 0 , 1 , 0 , 2 , 2 , 1\\right)$\n\n"
            "$K_{11} = \\left| \\nabla f\\left( x_1\\right) \\right|^{2} = 1 + 1 + 1 + 4 + 1 = 8$\n")
    got = line_verdicts(check_text(HEAD + body, "notes.md"))
    assert got[5] == ["correct"] and got[7] == ["wrong"] and got[9] == ["correct", "correct"]
