"""A Jacobian stacked from the learner's own gradients, invented notes.

Linear network (worked out by hand): W^{[1]} = (2, 1)ᵀ, b^{[1]} = (1, 0), W^{[2]} = (1, 1), b^{[2]} = 0,
x = (1, 3). h = (2x + 1, x), ∇f(x) = (x, x, 1, 1, 2x + 1, x, 1): ∇f(1) = (1, 1, 1, 1, 3, 1, 1),
∇f(3) = (3, 3, 1, 1, 7, 3, 1). A learner who forgets ∂f/∂b^{[2]} = 1 writes the first six entries of each;
their J with those two rows follows their work (carried); a J that differs from them as well is a new mistake.
"""

from check_helpers import problem, verdicts

LINEAR = problem([1, 2, 1], "identity", [1, 3], W1=[[2], [1]], b1=[1, 0], W2=[[1, 1]], b2=0)
GRADIENTS = r"$$\nabla f(x_1) = (1, 1, 1, 1, 3, 1),\quad \nabla f(x_2) = (3, 3, 1, 1, 7, 3)$$"


def _jacobian(last: int) -> str:
    return r"$$J = \begin{pmatrix} 1 & 1 & 1 & 1 & 3 & 1 \\ 3 & 3 & 1 & 1 & 7 & " + str(last) + r" \end{pmatrix}$$"


def test_their_gradients_stacked_are_carried(tmp_path):
    out, first = verdicts(tmp_path, LINEAR, "\n\n".join([GRADIENTS, _jacobian(3)]))
    assert first == 1 and out[3] == ["carried"]


def test_a_jacobian_unlike_their_gradients_is_wrong(tmp_path):
    out, first = verdicts(tmp_path, LINEAR, "\n\n".join([GRADIENTS, _jacobian(4)]))
    assert first == 1 and out[3] == ["wrong"]
