"""The kernel function written layer by layer with matrices: Θ(x, x′) = (x x′ + 1) W^{[2]} W^{[2]T} + h(x)^T h(x′) + 1.

Exercise 1 (invented here, one input): W1 = (1, −2)^T, b1 = (0, 3)^T, W2 = (2 −1), b2 = 1, no activation. By hand:
∇_θ f(x) = (2x, −x, 2, −1, x, 3 − 2x, 1), so Θ(x, x′) = 5xx′ + 5 + xx′ + (3 − 2x)(3 − 2x′) + 1
= (xx′ + 1)·W2 W2^T + h(x)^T h(x′) + 1 with W2 W2^T = 5 and h(x) = (x, 3 − 2x).

Exercise 2 (two inputs): W1 = [[1, 0], [2, −1]], b1 = (1, 0)^T, W2 = (1 2), b2 = 0. By hand: ∂f/∂W1 = W2^T x^T,
∂f/∂b1 = W2^T, ∂f/∂W2 = h^T with h = (x_1 + 1, 2x_1 − x_2), ∂f/∂b2 = 1, so
Θ(x, x′) = 5 x·x′ + 5 + h(x)·h(x′) + 1 = 10x_1x′_1 + 6x_2x′_2 − 2x_1x′_2 − 2x_2x′_1 + x_1 + x′_1 + 7.
"""

from check_helpers import claim_verdicts as _verdicts

ONE = r"""Given $W^{[1]} = \begin{pmatrix}1\\-2\end{pmatrix}$, $\mathbf{b}^{[1]} = \begin{pmatrix}0\\3\end{pmatrix}$,
$W^{[2]} = \begin{pmatrix}2 & -1\end{pmatrix}$, $b^{[2]} = 1$, no activation; $x_1 = 1$, $x_2 = -1$.
"""

TWO = r"""Given $W^{[1]} = \begin{pmatrix} 1 & 0 \\ 2 & -1 \end{pmatrix}$, $\mathbf{b}^{[1]} = (1, 0)^T$,
$W^{[2]} = \begin{pmatrix} 1 & 2 \end{pmatrix}$, $b^{[2]} = 0$;
$\mathbf{x}^{(1)} = (1, 1)^T$, $\mathbf{x}^{(2)} = (0, 2)^T$.
"""


def test_the_kernel_layer_by_layer_one_input():
    lines = _verdicts(ONE,
                      r"$$K(x,x')=(x x'+1)\,W^{[2]}W^{[2]T}+\big(\mathbf{h}(x)^T\mathbf{h}(x')+1\big)$$",
                      r"$$\Theta(x, x') = (xx' + 1)\,W^{[2]}(W^{[2]})^\top + \mathbf{h}^\top\mathbf{h}' + 1$$",
                      r"$$K(x,x')=(x x'+1)\,W^{[2]}W^{[2]T}+\mathbf{h}(x)^T\mathbf{h}(x')$$",   # + 1 of b2 left out
                      r"$$K(x,x')=(x x'+1)\,W^{[2]T}W^{[2]}+\mathbf{h}(x)^T\mathbf{h}(x')+1$$")
    # W^{[2]T}W^{[2]} of the row W^{[2]} is a 2×2 matrix, but in a formula for a number v^T v of one vector is its
    # squared norm whichever way the vector stands (block_kernel.vector_square): the learner's ‖W^{[2]}‖²
    assert lines == {1: ["correct"], 2: ["correct"], 3: ["wrong"], 4: ["correct"]}


def test_a_block_left_out_earlier_carries_into_the_kernel():
    lines = _verdicts(ONE,
                      r"$\partial f/\partial b^{[2]} = 0$",
                      r"$$K(x,x')=(x x'+1)\,W^{[2]}W^{[2]T}+\mathbf{h}(x)^T\mathbf{h}(x')$$")
    assert lines == {1: ["wrong"], 2: ["carried"]}


def test_the_kernel_layer_by_layer_two_inputs():
    lines = _verdicts(TWO,
                      r"$K(\mathbf{x}, \mathbf{x}') = (\mathbf{x}^T\mathbf{x}' + 1)\,W^{[2]}W^{[2]T} + "
                      r"\mathbf{h}^T\mathbf{h}' + 1$, and $W^{[2]}W^{[2]T} = 5$",
                      r"$\Theta(\mathbf{x}, \mathbf{x}') = (\mathbf{x}\cdot\mathbf{x}' + 1)\,W^{[2]}W^{[2]T} + "
                      r"\mathbf{h}(\mathbf{x})\cdot\mathbf{h}(\mathbf{x}') + 1$",
                      r"$K(\mathbf{x}, \mathbf{x}') = \mathbf{x}^T\mathbf{x}'\,W^{[2]}W^{[2]T} + "
                      r"\mathbf{h}^T\mathbf{h}' + 1$")   # the + 1 of b1 left out
    assert lines == {1: ["correct", "correct"], 2: ["correct"], 3: ["wrong"]}


def test_squared_norms_and_inner_products_of_layer_quantities():
    # ‖W2‖² = W2 W2^T = 4 + 1 = 5; h(x_2) = (−1, 5): ‖h(x_2)‖² = 26
    lines = _verdicts(ONE,
                      r"$W^{[2]}W^{[2]\top} = \|W^{[2]}\|^2 = 5$",
                      r"$\|W^{[2]}\|^2 = 4$",
                      r"$\|\mathbf{h}(x_2)\|^2 = 26$",
                      r"$$K(x, x') = (xx' + 1)\|W^{[2]}\|^2 + \langle \mathbf{h}(x), \mathbf{h}(x') \rangle + 1$$",
                      r"$$\Theta(x, x') = (xx' + 1)\left\|W^{[2]}\right\|_2^2 + \langle \mathbf{h}(x), \mathbf{h}(x')"
                      r" \rangle$$")   # + 1 of b2 left out
    assert lines == {1: ["correct", "correct"], 2: ["wrong"], 3: ["correct"], 4: ["correct"], 5: ["wrong"]}
