"""Matrix-calculus derivatives of whole layers: ``\\nabla_{W^{[1]}} f = (W^{[2]})^\\top x``,
``\\partial f/\\partial \\mathbf{b}^{[1]} = (W^{[2]})^\\top``, ``\\nabla_{W^{[2]}} f = h(x)^\\top``, in the sheet's
names and in the learner's letters (``\\nabla_{\\mathbf{v}} f = \\mathbf{h}(x)``), judged against the
true block (a vector block either way round).

B: W1 = [2, -1]^T, b1 = [1, 0]^T, W2 = [1, 3], b2 = 1, x_1 = 1, x_2 = -1 (no activation);
F: W1 = [[1, 2], [0, 1]], b1 = [0, 1]^T, W2 = [1, -1], b2 = 0, x^(1) = (1, 0)^T, x^(2) = (0, 1)^T.
The numbers at a datapoint come from tests/reference.py (central differences).
"""

import numpy as np
import pytest
from check_helpers import line_verdicts

from symntk.check import check_text

from reference import central_jacobian

B = (r"Network $f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$ with $W^{[1]} = [2, -1]^\top$, $b^{[1]} = [1, 0]^\top$, "
     r"$W^{[2]} = [1, 3]$, $b^{[2]} = 1$; $x_1 = 1$, $x_2 = -1$." "\n\n" r"$h(x) = W^{[1]}x + b^{[1]}$" "\n\n")
F = (r"Network $f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$ with $W^{[1]} = \begin{bmatrix} 1 & 2 \\ 0 & 1 "
     r"\end{bmatrix}$, $b^{[1]} = [0, 1]^\top$, $W^{[2]} = [1, -1]$, $b^{[2]} = 0$; $x^{(1)} = (1, 0)^\top$, "
     r"$x^{(2)} = (0, 1)^\top$." "\n\n" r"$h(x) = W^{[1]}x + b^{[1]}$" "\n\n")


def _verdict(head: str, claim: str) -> list[str]:
    return line_verdicts(check_text(head + f"$${claim}$$\n"))[5]


@pytest.mark.parametrize("claim, verdict", [
    (r"\nabla_{W^{[1]}} f = (W^{[2]})^\top x", "correct"),
    (r"\nabla_{W^{[1]}} f = x\, W^{[2]}", "correct"),            # a row for a column: a vector either way
    (r"\nabla_{W^{[1]}} f = (W^{[2]})^\top", "wrong"),           # the input factor x left out
    (r"\partial f/\partial \mathbf{b}^{[1]} = (W^{[2]})^\top", "correct"),
    (r"\frac{\partial f}{\partial \mathbf{b}^{[1]}} = (W^{[2]})^\top x", "wrong"),
    (r"\nabla_{W^{[2]}} f = h(x)^\top", "correct"),
    (r"\nabla_{W^{[2]}} f = h(x)", "correct"),
    (r"\nabla_{W^{[2]}} f = W^{[1]} x", "wrong"),                # the bias left out of h
])
def test_layer_blocks_in_the_sheets_names(claim, verdict):
    assert _verdict(B, claim) == [verdict]


def test_a_block_at_a_datapoint_by_central_differences():
    row = central_jacobian([2, -1, 1, 0, 1, 3, 1], [1, 2, 1], ["identity"], [[1], [-1]])[1]
    block = [int(v) for v in np.rint(row[:2])]   # ∂f/∂W^{[1]} at x_2
    assert _verdict(B, rf"\nabla_{{W^{{[1]}}}} f(x_2) = -(W^{{[2]}})^\top = ({block[0]}, {block[1]})^\top") == \
        ["correct", "correct"]
    assert _verdict(B, rf"\nabla_{{W^{{[1]}}}} f(x_2) = ({-block[0]}, {-block[1]})^\top") == ["wrong"]


@pytest.mark.parametrize("claim, verdict", [
    (r"\nabla_{W^{[1]}} f = (W^{[2]})^\top x^\top", "correct"),   # n_1 × n_0, as W^{[1]}
    (r"\nabla_{W^{[1]}} f = (W^{[2]})^\top x", "unreadable"),     # a column times a column
    (r"\nabla_{W^{[2]}} f = h(x)^\top", "correct"),
    (r"\frac{\partial f}{\partial \mathbf{b}^{[1]}} = W^{[2]}", "correct"),
])
def test_layer_blocks_of_a_two_input_network(claim, verdict):
    assert _verdict(F, claim) == [verdict]


LETTERS = (r"Let $u = [2, -1]^\top$, $b = [1, 0]^\top$, $v = [1, 3]^\top$, $c = 1$; $x_1 = 1$, $x_2 = -1$." "\n\n"
           r"$$f(x) = v^\top h(x) + c, \quad h(x) = ux + b$$" "\n\n")


@pytest.mark.parametrize("claim, verdict", [
    (r"\nabla_u f = v\,x", "correct"),
    (r"\nabla_{u} f = v", "wrong"),
    (r"\frac{\partial f}{\partial \mathbf{b}} = \mathbf{v}", "correct"),
    (r"\nabla_{\mathbf{v}} f = \mathbf{h}(x)", "correct"),
    (r"\nabla_{\mathbf{v}} f = u x", "wrong"),
    (r"\partial f/\partial c = 1", "correct"),
])
def test_layer_blocks_in_the_learners_letters(claim, verdict):
    assert line_verdicts(check_text(LETTERS + f"$${claim}$$\n"))[5] == [verdict]
