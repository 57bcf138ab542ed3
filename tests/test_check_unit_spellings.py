"""Spellings around the learner's per-unit formulas: ``W^{(2)}_jH_j`` (an index, then a name), ``\\mathbb 1[z_j>0]``,
a row break ``\\\\[2pt]`` with spacing, and a hidden unit called at an input (``z(x) z(x')``).

Hand-worked networks. ReLU: W1 = (2, −1)^T, b1 = (1, 1)^T, W2 = (3, 1), b2 = 0, so ∂f/∂b1_j = W2_j relu′(z_j) and
∂f/∂W2_j = a_j; writing ∂f/∂b1_j = H_j drops W2_1 = 3. Linear, one unit: W1 = 2, b1 = 1, W2 = 1, b2 = 0, so
∇_θ f(x) = (W2 x, W2, z, 1) with z = 2x + 1 and Θ(x, x′) = xx′ + 1 + (2x + 1)(2x′ + 1) + 1.
"""

import sympy
from check_helpers import verdict_sets

from symntk.check.normalise import normalise
from symntk.check.source import segments

RELU = r"""Given $\phi(z) = \max(0, z)$, $W^{(1)} = (2, -1)^T$, $b^{(1)} = (1, 1)^T$, $W^{(2)} = (3, 1)$, $b^{(2)} = 0$;
datapoints $x_1 = 1$, $x_2 = 2$.

$\theta = (W^{(1)}_1, W^{(1)}_2, b^{(1)}_1, b^{(1)}_2, W^{(2)}_1, W^{(2)}_2, b^{(2)})$

$z_j = W^{(1)}_jx + b^{(1)}_j$, $a_j = \phi(z_j)$, $H_j = \phi'(z_j) = \mathbb 1[z_j>0]$.
"""

LINEAR = r"""Given $W^{(1)} = 2$, $b^{(1)} = 1$, $W^{(2)} = 1$, $b^{(2)} = 0$, no activation;
datapoints $x_1 = 1$, $x_2 = 2$.

$\theta = (W^{(1)}, b^{(1)}, W^{(2)}, b^{(2)})$, and $z = W^{(1)}x + b^{(1)}$.
"""


def _by_line(header, *claims):
    """{line counted from the first claim = 1: sorted set of verdicts} after the header."""
    return verdict_sets(header, *claims, carried=False)[0]


def test_row_spacing_is_not_math():
    found = segments("$$\\begin{aligned} a &= 1,\\\\[2pt] b &= 2 \\end{aligned}$$", "n.md")
    assert [s.text.strip() for s in found] == ["a = 1", "b = 2"]


def test_indicator_without_braces_is_relu_prime():
    assert "\\operatorname{relu}'(z_1)" in normalise(r"H_1 = \mathbb 1[z_1>0]")


def test_index_then_a_name_is_instantiated():
    assert _by_line(RELU,
                    r"$$\frac{\partial f}{\partial b^{(1)}_j} = W^{(2)}_jH_j$$",
                    r"$$\frac{\partial f}{\partial W^{(2)}_j} = a_j$$",
                    r"$$\frac{\partial f}{\partial b^{(1)}_j} = H_j$$") == {
        1: ["correct"], 3: ["correct"], 5: ["correct", "wrong"]}   # W2_2 = 1: only unit 1's is wrong


def test_unit_called_at_the_second_input():
    x, y = sympy.symbols("x y")
    grads = [x, sympy.Integer(1), 2 * x + 1, sympy.Integer(1)]
    theta = sum(g * g.subs(x, y) for g in grads)
    assert sympy.expand(theta - (x * y + 1 + (2 * x + 1) * (2 * y + 1) + 1)) == 0
    assert _by_line(LINEAR,
                    r"$$\Theta(x,x') = \big(W^{(2)}\big)^2(xx'+1) + z(x)z(x') + 1$$",
                    r"$$\Theta(x,x') = (xx'+1) + z(x)z(x)$$") == {1: ["correct"], 3: ["wrong"]}


THREE_LAYERS = r"""Given $f(x) = W^{(3)}(W^{(2)}(W^{(1)}x + b^{(1)}) + b^{(2)}) + b^{(3)}$, all scalar, no activation,
$W^{(1)} = 1$, $W^{(2)} = 2$, $W^{(3)} = 3$, $b^{(1)} = b^{(2)} = b^{(3)} = 0$; $x_1 = 1$, $x_2 = 2$.
"""


def test_layer_deltas_with_round_brackets():
    # δ^{(3)} = ∂f/∂z^{(3)} = 1, δ^{(2)} = W^{(3)} = 3, δ^{(1)} = W^{(3)} W^{(2)} = 6 (identity activations)
    assert _by_line(THREE_LAYERS, r"$\delta^{(3)} = 1$", r"$\delta^{(2)} = W^{(3)}$",
                    r"$\delta^{(1)} = W^{(3)}W^{(2)}$", r"$\delta^{(1)} = W^{(3)}$") == {
        1: ["correct"], 3: ["correct"], 5: ["correct"], 7: ["wrong"]}


def test_a_primed_unit_is_the_unit_at_the_second_input():
    # z′ = 2x′ + 1 in the one-unit network: Θ(x, x′) = (W2)²(xx′ + 1) + z z′ + 1
    assert _by_line(LINEAR,
                    r"$$\Theta(x,x') = \big(W^{(2)}\big)^2(xx'+1) + z\,z' + 1$$",
                    r"$$\Theta(x,x') = \big(W^{(2)}\big)^2(xx'+1) + z\,z + 1$$") == {1: ["correct"], 3: ["wrong"]}
