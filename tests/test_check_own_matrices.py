"""A matrix of the learner's own: the relu mask D = diag(relu′(z)), its values at the datapoints, and its uses in
the blocks (∂f/∂b^{[1]} = D W^{[2]T}) and in the kernel layer by layer (W^{[2]} D(x) D(x′) W^{[2]T}).

The exercise (invented here): W1 = (1, −1)^T, b1 = (0, 1)^T, W2 = (2 1), b2 = 0, relu; x_1 = 2, x_2 = −1. By hand:
z = (x, 1 − x); at x_1 z = (2, −1), D = diag(1, 0), D W2^T = (2, 0)^T; at x_2 z = (−1, 2), D = diag(0, 1),
D W2^T = (0, 1)^T. ∇_θ f = (D W2^T x, D W2^T, h, 1): (4, 0, 2, 0, 2, 0, 1) and (0, −1, 0, 1, 0, 2, 1), so
K = [[25, 1], [1, 7]] = (x x′ + 1) W2 D(x) D(x′) W2^T + h(x)^T h(x′) + 1 at the datapoints (checked below).
"""

from check_helpers import claim_verdicts

from symntk.check import check_text

from reference import exact_jacobian, gram

GIVEN = r"""Given $W^{[1]} = \begin{pmatrix}1\\-1\end{pmatrix}$, $\mathbf{b}^{[1]} = \begin{pmatrix}0\\1\end{pmatrix}$,
$W^{[2]} = \begin{pmatrix}2 & 1\end{pmatrix}$, $b^{[2]} = 0$, relu; $x_1 = 2$, $x_2 = -1$.

Let $D = \mathrm{diag}\big(\mathrm{relu}'(\mathbf{z})\big)$ (the 0/1 mask).
"""


def _verdicts(*lines: str) -> dict[int, list[str]]:
    """line (counted from the first claim = 1, a blank line between claims) → its verdicts."""
    return claim_verdicts(GIVEN, *lines)


def test_the_hand_worked_values_are_right():
    J = exact_jacobian([1, -1, 0, 1, 2, 1, 0], [1, 2, 1], ["relu"], [[2], [-1]])
    assert J == [[4, 0, 2, 0, 2, 0, 1], [0, -1, 0, 1, 0, 2, 1]]
    assert gram(J) == [[25, 1], [1, 7]]


def test_the_definition_claims_nothing():
    assert _verdicts(r"$f(x_1) = 4$") == {1: ["correct"]}


def test_the_mask_at_each_datapoint():
    lines = _verdicts(r"$x_1 = 2$: $D = \mathrm{diag}(1, 0)$",
                      r"$x_2 = -1$: $D = \mathrm{diag}(1, 0)$",
                      r"$x_2 = -1$: $D = \mathrm{diag}(0, 1)$",
                      r"$x_1 = 2$: $D = I$")
    assert lines == {1: ["correct"], 2: ["wrong"], 3: ["correct"], 4: ["wrong"]}


def test_blocks_with_the_mask():
    lines = _verdicts(r"$\partial f/\partial \mathbf{b}^{[1]} = D\,W^{[2]T}$",
                      r"$\partial f/\partial W^{[1]} = D\,W^{[2]T} x^T$",
                      r"$\partial f/\partial \mathbf{b}^{[1]} = W^{[2]T}$")   # the mask left out
    assert lines == {1: ["correct"], 2: ["correct"], 3: ["wrong"]}


def test_the_kernel_with_masks():
    lines = _verdicts(r"$$K(x, x') = (x x' + 1)\, W^{[2]} D(x) D(x') W^{[2]T} + "
                      r"\big(\mathbf{h}(x)^T\mathbf{h}(x') + 1\big)$$",
                      r"$$K(x, x') = (x x' + 1)\, W^{[2]} W^{[2]T} + \mathbf{h}(x)^T\mathbf{h}(x') + 1$$")
    assert lines == {1: ["correct"], 2: ["wrong"]}


TANH = r"""Given $W^{[1]} = \begin{pmatrix}1\\0\end{pmatrix}$, $\mathbf{b}^{[1]} = \begin{pmatrix}0\\1\end{pmatrix}$,
$W^{[2]} = \begin{pmatrix}2 & 1\end{pmatrix}$, $b^{[2]} = 0$, activation $\tanh$; $x_1 = 0$, $x_2 = 1$.
"""


def test_a_number_beside_a_vector_is_in_every_entry():
    # z = (x, 1), h = tanh z: ∂f/∂b1 = W2^T ⊙ (1 − h ⊙ h) = (2(1 − tanh² x), 1 − tanh² 1)
    report = check_text(TANH + "\n" + "\n\n".join([
        r"$\frac{\partial f}{\partial \mathbf{b}^{[1]}} = W^{[2]T} \odot (1 - \mathbf{h}\odot\mathbf{h})$",
        r"$\frac{\partial f}{\partial \mathbf{b}^{[1]}} = \mathrm{diag}(1 - \tanh^2(\mathbf{z}))\, W^{[2]T}$",
        r"$\frac{\partial f}{\partial \mathbf{b}^{[1]}} = W^{[2]T} \odot (1 - \mathbf{h})$",
        r"$$K(x,x') = (xx'+1)\, W^{[2]} \mathrm{diag}\big(\tanh'(\mathbf{z}(x)) \odot \tanh'(\mathbf{z}(x'))\big)"
        r" W^{[2]T} + \mathbf{h}(x)^T\mathbf{h}(x') + 1$$"]), "notes.md")
    assert [j.verdict for j in report.judgements] == ["correct", "correct", "wrong", "correct"]
