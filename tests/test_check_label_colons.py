"""A label and a colon opening a piece of math (``K^{(1)}:\\ \\lambda_1 = …``, ``x_2: h = 4``), invented notes.

Network (worked out by hand): W^{[1]} = 2, b^{[1]} = 0, W^{[2]} = (1, 3)ᵀ, b^{[2]} = (0, 0), x_1 = 1, x_2 = 2;
h = 2x. Output 1: ∇f_1 = (x, 1, h, 0, 1, 0), K^{(1)} = [[7, 12], [12, 22]], tr 29, det 10,
λ = (29 ± √801)/2. Output 2: ∇f_2 = (3x, 3, 0, h, 0, 1), K^{(2)} = [[23, 36], [36, 62]], tr 85, det 130,
λ = (85 ± √6705)/2.
"""

import pytest
from check_helpers import problem, verdicts

from symntk.check.label_colons import labelled_math

TWO = problem([1, 1, 2], "identity", [1, 2], W1=[[2]], b1=[0], W2=[[1], [3]], b2=[0, 0])


@pytest.mark.parametrize("text, expected", [
    (r"$$\boxed{K^{(1)}:\ \lambda_1 = 3}$$", r"$$\boxed{K^{(1)} \quad \lambda_1 = 3}$$"),
    (r"$x_2: h = 4$", r"$x_2 \quad h = 4$"),
    (r"$\Theta^{(2)} :\quad \operatorname{tr} = 85$", r"$\Theta^{(2)} \quad \operatorname{tr} = 85$"),
    (r"$f: \mathbb{R} \to \mathbb{R}$, $f(x) = 2x$", r"$f: \mathbb{R} \to \mathbb{R}$, $f(x) = 2x$"),   # a signature
    (r"$f:\mathbb R\to\mathbb R^2 = g$", r"$f:\mathbb R\to\mathbb R^2 = g$"),
    (r"$P := 7$", r"$P := 7$"),                       # a definition
    (r"$K^{(1)}:$ see below", r"$K^{(1)}:$ see below"),   # no relation follows inside the math
])
def test_labelled_math(text, expected):
    assert labelled_math(text) == expected


def test_boxed_eigenvalues_after_their_kernel_label_are_read(tmp_path):
    notes = "\n\n".join([r"$$K^{(2)} = \begin{bmatrix} 23 & 36 \\ 36 & 62 \end{bmatrix}$$",
                         r"$$\boxed{K^{(2)}:\ \lambda_1 = \frac{85 + \sqrt{6705}}{2},\quad "
                         r"\lambda_2 = \frac{85 - \sqrt{6705}}{2}}$$"])
    out, first = verdicts(tmp_path, TWO, notes)
    assert out[3] == ["correct", "correct"] and first == 0


def test_a_datapoint_label_sets_the_datapoint_of_the_claim(tmp_path):
    out, first = verdicts(tmp_path, TWO, "\n\n".join([r"$x_2: h = 4$", r"$x_1: h = 4$"]))
    assert out[1] == ["correct"]
    assert out[3] == ["wrong"] and first == 3
