"""A symmetric matrix with a placeholder (``\\cdot``, ``*``, ``\\ast``, ``\\text{sym}``) for the entries below or
above its diagonal: each placeholder stands for its mirror entry; a placeholder on the diagonal, one whose mirror is
a placeholder too, or one in a matrix that is not square is left as written."""

import pytest
from check_helpers import line_verdicts

from symntk.check import check_text
from symntk.check.symmetric_cells import mirrored


@pytest.mark.parametrize("written, read", [
    (r"\begin{pmatrix} 7 & 7 \\ \cdot & 13 \end{pmatrix}", r"\begin{pmatrix} 7 & 7 \\ 7 & 13 \end{pmatrix}"),
    (r"\begin{bmatrix}8&*\\12&19\end{bmatrix}", r"\begin{bmatrix}8& 12 \\ 12&19\end{bmatrix}"),
    (r"\begin{matrix} 1 & 2 & 3 \\ \ast & 4 & 5 \\ \text{sym} & \cdot & 6 \end{matrix}",
     r"\begin{matrix} 1 & 2 & 3 \\ 2 & 4 & 5 \\ 3 & 5 & 6 \end{matrix}"),
])
def test_a_placeholder_is_its_mirror_entry(written, read):
    assert " ".join(mirrored(written).split()) == " ".join(read.split())


@pytest.mark.parametrize("written", [r"\begin{pmatrix} \cdot & 1 \\ 2 & 3 \end{pmatrix}",
                                     r"\begin{pmatrix} 1 & \cdot \\ \cdot & 3 \end{pmatrix}",
                                     r"\begin{pmatrix} 1 & 2 & 3 \\ \cdot & 4 & 5 \end{pmatrix}"])
def test_what_cannot_be_mirrored_stays(written):
    assert mirrored(written) == written


# By hand: W1 = (1, -1)^T, b1 = (0, 0)^T, W2 = (1, 1), b2 = 0, identity activation: f = W2_1 (W1_1 x + b1_1) +
# W2_2 (W1_2 x + b1_2) + b2; ∇f(x) = (x, x, 1, 1, x, -x, 1): (0, 0, 1, 1, 0, 0, 1) at x = 0 and (1, 1, 1, 1, 1, -1, 1)
# at x = 1. K_11 = 3, K_12 = 1 + 1 + 1 = 3, K_22 = 1 + 1 + 1 + 1 + 1 + 1 + 1 = 7.
def test_a_kernel_written_with_its_lower_triangle_left_out():
    text = (r"$W^{[1]} = (1, -1)^T$, $b^{[1]} = (0, 0)^T$, $W^{[2]} = (1, 1)$, $b^{[2]} = 0$, identity activation, "
            r"$x_1 = 0$, $x_2 = 1$" "\n\n"
            r"$$K = \left( \begin{matrix} 1 + 1 + 1 & 1 + 1 + 1 \\ \cdot & 7 \end{matrix} \right)$$" "\n\n"
            r"$$K = \begin{bmatrix} 3 & 4 \\ * & 7 \end{bmatrix}$$" "\n")
    assert line_verdicts(check_text(text, "notes.md")) == {3: ["correct"], 5: ["wrong"]}
