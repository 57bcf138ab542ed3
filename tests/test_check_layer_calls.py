"""A layer written as a function of the input (``h(x)^T``, ``\\mathbf{h}(1)``, ``z(x')``), the transpose written inside
the layer's superscript (``W^{[2]T}``, ``W^{[2]\\top}``), an activation before a unit call (``\\tanh z(x)``), the
gradient by one layer (``∇_{W^{[1]}} f``), blocks of a vector output (∂**f**/∂W^{[1]} = W^{[2]} x) and a slip in
tr K or det K carried into det(K − λI).

The exercise (invented here): f(x) = W2 (W1 x + b1) + b2 with W1 = (1, −2)^T, b1 = (0, 3)^T, W2 = (2 −1), b2 = 1,
no activation, x_1 = 1, x_2 = −1. By hand: h(x) = (x, 3 − 2x), f(x) = 4x − 2; ∂f/∂W1 = W2^T x = (2x, −x)^T,
∂f/∂b1 = W2^T = (2, −1)^T, ∂f/∂W2 = h(x)^T = (x, 3 − 2x), ∂f/∂b2 = 1; h(1) = (1, 1), h(−1) = (−1, 5), h(2) = (2, −1);
W2 W2^T = 5 and W2^T W2 = [[4, −2], [−2, 1]]. ∇_θ f(x) = (2x, −x, 2, −1, x, 3 − 2x, 1), so K = [[13, 5], [5, 37]]
(checked below against tests/reference.py).
"""

import pytest
from check_helpers import claim_verdicts as _verdicts

from symntk.check.normalise import normalise

from reference import exact_jacobian, gram

GIVEN = r"""Given $W^{[1]} = \begin{pmatrix}1\\-2\end{pmatrix}$, $\mathbf{b}^{[1]} = \begin{pmatrix}0\\3\end{pmatrix}$,
$W^{[2]} = \begin{pmatrix}2 & -1\end{pmatrix}$, $b^{[2]} = 1$, no activation; $x_1 = 1$, $x_2 = -1$.
"""

TANH = r"""Given $W^{[1]} = 1$, $b^{[1]} = 0$, $W^{[2]} = 2$, $b^{[2]} = 0$, activation $\tanh$; $x_1 = 0$, $x_2 = 1$.
"""


def test_the_hand_worked_values_are_right():
    J = exact_jacobian([1, -2, 0, 3, 2, -1, 1], [1, 2, 1], ["identity"], [[1], [-1]])
    assert J == [[2, -1, 2, -1, 1, 1, 1], [-2, 1, 2, -1, -1, 5, 1]]
    assert gram(J) == [[13, 5], [5, 37]]


@pytest.mark.parametrize("written", [r"W^{[2]T}", r"W^{[2]\top}", r"W^{(2)T}", r"W^{[2]}{}^T", r"W^{[2]^T}",
                                     r"W^{[2]}{}^{\top}", r"W^{[2] T}"])
def test_a_transpose_inside_the_layers_superscript(written):
    assert normalise(written) == normalise(r"(W^{[2]})^T")


def test_a_plain_superscript_is_left_alone():
    assert normalise(r"W^{[2]} T") == normalise(r"W^{[2]} T")
    assert "(W" not in normalise(r"W^{[2]}x^T")


def test_blocks_with_the_layer_as_a_function_of_x():
    lines = _verdicts(GIVEN,
                      r"$\partial f/\partial W^{[2]} = \mathbf{h}(x)^T = (x,\ 3 - 2x)$",
                      r"$\partial f/\partial W^{[2]} = h(x)^T$",
                      r"$\partial f/\partial W^{[2]} = \mathbf{h}(x)^T = (x,\ 3 + 2x)$",
                      r"$\partial f/\partial \mathbf{b}^{[1]} = W^{[2]T} = (2, -1)^T$",
                      r"$\partial f/\partial W^{[1]} = W^{[2]\top} x^\top = (2x, -x)^T$",
                      r"$\partial f/\partial W^{[1]} = W^{[2]T} = (2, -1)^T$")   # x left out; (2, −1)^T is W2^T
    assert lines == {1: ["correct", "correct"], 2: ["correct"], 3: ["correct", "wrong"],
                     4: ["correct", "correct"], 5: ["correct", "correct"], 6: ["wrong", "correct"]}


def test_the_layer_at_an_input_written_as_a_number():
    lines = _verdicts(GIVEN,
                      r"$\mathbf{h}(1) = (1, 1)^T$",
                      r"$\mathbf{h}(-1) = (-1, 5)^T$",
                      r"$\mathbf{h}(-1) = (-1, 1)^T$",
                      r"$h(2) = \begin{pmatrix}2\\-1\end{pmatrix}$",   # 2 is no datapoint: h at the input 2
                      r"$\mathbf{z}(2) = (2, 1)^T$")
    assert lines == {1: ["correct"], 2: ["correct"], 3: ["wrong"], 4: ["correct"], 5: ["wrong"]}


def test_a_layer_before_a_bracket_of_anything_else_is_not_a_product():
    lines = _verdicts(GIVEN, r"$\mathbf{h}(x + 1) = (1, 2)^T$")
    assert lines == {1: ["unreadable"]}


def test_products_of_layer_matrices_with_the_transpose_in_the_superscript():
    lines = _verdicts(GIVEN,
                      r"$W^{[2]}W^{[2]T} = 5$",
                      r"$W^{[2]}W^{[2]\top} = 4$",
                      r"$W^{[2]T}W^{[2]} = \begin{pmatrix}4 & -2\\-2 & 1\end{pmatrix}$")
    assert lines == {1: ["correct"], 2: ["wrong"], 3: ["correct"]}


def test_an_activation_before_a_unit_called_at_x():
    # h = tanh(W1 x + b1) = tanh x; σ is not the network's activation
    lines = _verdicts(TANH,
                      r"With $z(x) = W^{[1]}x + b^{[1]}$: $h(x) = \tanh z(x)$",
                      r"$f(x) = W^{[2]}\tanh z(x) + b^{[2]} = 2\tanh x$",
                      r"$h(x) = \sigma z(x)$")
    assert lines == {1: ["correct", "correct"], 2: ["correct", "correct"], 3: ["wrong"]}


K_GIVEN = GIVEN + r"""
$$K = \begin{pmatrix}13 & 5\\5 & 37\end{pmatrix}$$
"""


def test_a_slip_in_det_k_carries_into_the_characteristic_polynomial():
    # tr K = 50, det K = 481 − 25 = 456; the learner's 446 gives λ² − 50λ + 446 and λ = 25 ± √179
    lines = _verdicts(K_GIVEN,
                      r"$\det K = 481 - 25 = 446$",
                      r"$\det(K - \lambda I) = \lambda^2 - 50\lambda + 446$",
                      r"$\lambda = 25 \pm \sqrt{179}$")
    assert lines == {1: ["correct", "wrong"], 2: ["carried"], 3: ["carried"]}


def test_a_slip_in_tr_k_carries_into_the_characteristic_polynomial():
    lines = _verdicts(K_GIVEN,
                      r"$\mathrm{tr}\,K = 40$",
                      r"$\lambda^2 - 40\lambda + 456 = 0$",
                      r"$\lambda^2 - 50\lambda + 456 = 0$")
    assert lines == {1: ["wrong"], 2: ["carried"], 3: ["correct"]}


VECTOR_OUT = r"""Given $W^{[1]} = 2$, $b^{[1]} = -1$, $W^{[2]} = \begin{pmatrix}1\\-3\end{pmatrix}$,
$\mathbf{b}^{[2]} = \begin{pmatrix}0\\1\end{pmatrix}$, no activation; $x_1 = 1$, $x_2 = 0$.
"""


def test_blocks_of_a_vector_output_are_jacobian_blocks():
    # h = 2x − 1, f = (h, −3h + 1): ∂f/∂W1 = W2 x = (x, −3x)^T, ∂f/∂b1 = W2, ∂f/∂W2 = h I_2, ∂f/∂b2 = I_2
    lines = _verdicts(VECTOR_OUT,
                      r"$\partial \mathbf{f}/\partial W^{[1]} = W^{[2]} x = (x, -3x)^T$",
                      r"$\partial \mathbf{f}/\partial b^{[1]} = W^{[2]}$",
                      r"$\partial \mathbf{f}/\partial W^{[2]} = h\, I_2$",
                      r"$\partial \mathbf{f}/\partial \mathbf{b}^{[2]} = I_2$",
                      r"$\partial \mathbf{f}/\partial W^{[1]} = W^{[2]}$",     # x left out
                      r"$\partial \mathbf{f}/\partial \mathbf{b}^{[2]} = (1, 1)^T$",   # not the 2 × 2 block
                      r"$\partial f_2/\partial W^{[1]} = -3x$")
    assert lines == {1: ["correct", "correct"], 2: ["correct"], 3: ["correct"], 4: ["correct"], 5: ["wrong"],
                     6: ["unreadable"], 7: ["correct"]}


@pytest.mark.parametrize("written, read", [
    (r"\nabla_{W^{[1]}} f", r"\frac{\partial f}{\partial W^{[1]}}"),
    (r"\nabla_{\mathbf{W}^{(1)}} f", r"\frac{\partial f}{\partial W^{[1]}}"),
    (r"\nabla_{b^{[2]}}f(x)", r"\frac{\partial f(x)}{\partial b^{[2]}}"),
    (r"∇_{W^{[2]}} f_2(x_1)", r"\frac{\partial f_2(x_1)}{\partial W^{[2]}}"),
])
def test_the_gradient_by_one_layers_matrix_is_that_block(written, read):
    assert normalise(written) == normalise(read)


def test_a_gradient_by_a_layer_is_never_judged_as_the_gradient_by_theta():
    lines = _verdicts(GIVEN,
                      r"$\nabla_{W^{[1]}} f = W^{[2]T} x = (2x, -x)^T$",
                      r"$\nabla_{\mathbf{b}^{[1]}} f = (2, 1)^T$",
                      r"$\nabla_{x} f = 4$")   # by the input: not a claim about θ
    assert lines[1] == ["correct", "correct"] and lines[2] == ["wrong"]
    assert 3 not in lines or lines[3] != ["wrong"]


def test_a_product_of_transposed_layers_at_two_datapoints():
    # h(x_1) = (1, 1), h(x_2) = (−1, 5): h(x_1)^T h(x_2) = −1 + 5 = 4
    lines = _verdicts(GIVEN,
                      r"$\mathbf{h}(x_1)^T \mathbf{h}(x_2) = -1 + 5 = 4$",
                      r"$\mathbf{h}(x_1)^T \mathbf{h}(x_2) = 6$",
                      r"$\mathbf{h}(x_2)^T \mathbf{h}(x_2) = 26$")
    assert lines == {1: ["correct", "correct"], 2: ["wrong"], 3: ["correct"]}
