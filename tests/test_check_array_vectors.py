"""``array`` vectors and matrices as web notebooks (KaTeX) type them: sized delimiters (``\\Bigg(``, ``\\bigl[``),
rules between rows (``\\hline``) and an array that only spaces out a tuple.

Expected verdicts by hand for the linear lecture example (f = W2(W1 x + b1) + b2, W1 = (1, 1)ᵀ, b1 = (0, 1)ᵀ,
W2 = (1, 0), b2 = 0, x_1 = 1, x_2 = 2): ∇f(x_1) = (1, 0, 1, 0, 1, 2, 1), ∇f(x_2) = (2, 0, 1, 0, 2, 3, 1),
K = [[8, 12], [12, 19]], θ = (1, 1, 0, 1, 1, 0, 0).
"""

import pytest

from symntk.check import check_text
from symntk.check.mathpix import arrays
from symntk.check.normalise import normalise

HEAD = (r"$f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$, $W^{[1]} = \begin{bmatrix}1\\1\end{bmatrix}$, "
        r"$b^{[1]} = \begin{bmatrix}0\\1\end{bmatrix}$, $W^{[2]} = \begin{bmatrix}1 & 0\end{bmatrix}$, "
        r"$b^{[2]} = 0$, $x_1 = 1$, $x_2 = 2$." "\n\n")


@pytest.mark.parametrize("written, name", [
    (r"\Bigg(\begin{array}{c} 1 \\ 0 \end{array}\Bigg)", "pmatrix"),
    (r"\bigl[\begin{array}{cc} 1 & 0 \end{array}\bigr]", "bmatrix"),
    (r"\Big|\begin{array}{cc} 8 & 12 \\ 12 & 19 \end{array}\Big|", "vmatrix"),
])
def test_an_array_in_sized_delimiters_is_their_matrix(written, name):
    assert arrays(written).count(name) == 2


def test_an_evaluation_bar_after_an_array_stays():
    assert arrays(r"\begin{array}{c} x \end{array}\Big|_{x=1}").endswith(r"\end{matrix}\Big|_{x=1}")


def test_rules_between_rows_are_no_entries():
    assert normalise(r"\begin{pmatrix} 8 & 12 \\ \hline 12 & 19 \\ \cline{1-2} \end{pmatrix}") == \
        normalise(r"\begin{pmatrix} 8 & 12 \\ 12 & 19 \\ \end{pmatrix}")


@pytest.mark.parametrize("line, verdicts", [
    (r"$$\nabla_\theta f(x_1) = \Bigg(\begin{array}{c} 1 \\ 0 \\ 1 \\ 0 \\ 1 \\ 2 \\ 1 \end{array}\Bigg)$$",
     ["correct"]),
    (r"$$\nabla_\theta f(x_2) = \bigl[\begin{array}{ccccccc} 2 & 0 & 1 & 0 & 2 & 3 & 1 \end{array}\bigr]^T$$",
     ["correct"]),
    (r"$$\nabla_\theta f(x_2) = \Bigl(\begin{array}{c} 2 \\ 0 \\ 1 \\ 0 \\ 2 \\ 2 \\ 1 \end{array}\Bigr)$$",
     ["wrong"]),   # the sixth entry is 3
    (r"$$K = \left(\begin{array}{c|c} 8 & 12 \\ \hline 12 & 19 \end{array}\right)$$", ["correct"]),
    (r"$$K = \left(\begin{array}{c|c} 8 & 12 \\ \hline 12 & 18 \end{array}\right)$$", ["wrong"]),
    (r"$$\theta = \begin{array}{c}[1, & 1, & 0, & 1, & 1, & 0, & 0]\end{array}$$", ["correct"]),
    (r"$$\theta = \begin{array}{c}(1, & 1, & 1, & 0, & 1, & 0, & 0)\end{array}^T$$", ["wrong"]),
])
def test_array_vectors_and_matrices_are_judged(line, verdicts):
    report = check_text(HEAD + line + "\n", "n.md")
    assert [j.verdict for j in report.judgements if j.line == 3] == verdicts
