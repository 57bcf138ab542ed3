"""A matrix given by its rows or columns in words (``$W^{[1]}$ rows $[2, 0]$ and $[1, -1]$``) is problem data.

The notes are invented for these tests. Their exercise: f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]}, x ∈ ℝ²,
W^{[1]} with rows (2, 0) and (1, −1), b^{[1]} = (1, 0)^T, W^{[2]} = (1, 2), b^{[2]} = 0, x^{(1)} = (1, 1)^T,
x^{(2)} = (0, 2)^T. The expected kernel comes from central differences of a plain forward pass (no symntk):
K_11 = 25, K_12 = 19, K_22 = 31; the matrix read the other way round (rows taken as columns) gives K_11 = 33.
"""

import pytest

from symntk.check import check_text
from symntk.check.row_words import matrices_by_rows

ROWS, BIAS, OUT = [[2.0, 0.0], [1.0, -1.0]], [1.0, 0.0], [1.0, 2.0]
POINTS = [(1.0, 1.0), (0.0, 2.0)]


def _f(theta, x):
    w = [[theta[0], theta[1]], [theta[2], theta[3]]]
    h = [w[i][0] * x[0] + w[i][1] * x[1] + theta[4 + i] for i in range(2)]
    return theta[6] * h[0] + theta[7] * h[1] + theta[8]


def _kernel(rows):
    theta = [v for r in rows for v in r] + BIAS + OUT + [0.0]
    grads = []
    for x in POINTS:
        g = []
        for k in range(9):
            up, down = list(theta), list(theta)
            up[k] += 1e-5
            down[k] -= 1e-5
            g.append((_f(up, x) - _f(down, x)) / 2e-5)
        grads.append(g)
    return {(i, j): round(sum(p * q for p, q in zip(grads[i - 1], grads[j - 1]))) for i in (1, 2) for j in (1, 2)}


K = _kernel(ROWS)
K_TRANSPOSED = _kernel([list(c) for c in zip(*ROWS)])


def test_the_reference_kernel_is_the_hand_computation():
    assert (K[1, 1], K[1, 2], K[2, 2], K_TRANSPOSED[1, 1]) == (25, 19, 31, 33)


F = "$f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$"
GIVEN = {
    "en rows": F + " with $W^{[1]}$ rows $[2, 0]$ and $[1, -1]$, ",
    "en has rows, plain": F + "; W^{[1]} has rows (2, 0), (1, -1), and ",
    "de columns": F + " mit $W^{[1]}$ mit den Spalten $(2, 1)$ und $(0, -1)$, ",
    "is rows": F + " þar sem $W^{[1]}$ hefur línur $(2,\\ 0)$ og $(1,\\ -1)$, ",
}
REST = "$b^{[1]} = (1, 0)^T$, $W^{[2]} = (1, 2)$, $b^{[2]} = 0$, $x^{(1)} = (1, 1)^T$, $x^{(2)} = (0, 2)^T$.\n\n"


@pytest.mark.parametrize("given", GIVEN.values(), ids=GIVEN.keys())
def test_a_matrix_in_words_is_read_row_by_row(given):
    wrong = K_TRANSPOSED[2, 2] + 1
    notes = given + REST + f"$K_{{11}} = {K[1, 1]}$\n\n$K_{{12}} = {K[1, 2]}$\n\n$K_{{22}} = {wrong}$\n"
    report = check_text(notes, "notes.md")
    verdicts = {j.line: j.verdict for j in report.judgements}
    assert report.problem.widths[:2] == (2, 2) or list(report.problem.widths[:2]) == [2, 2]
    assert verdicts[3] == "correct" and verdicts[5] == "correct" and verdicts[7] == "wrong"


def test_the_rewrite_keeps_the_line_and_the_rest_of_it():
    line = "with $\\mathbf{W}^{[1]}$ rows $[2, 0]$ and $[1, -1]$, and $b = 1$."
    assert matrices_by_rows(line) == ("with $\\mathbf{W}^{[1]} = \\begin{bmatrix} 2 & 0 \\\\ 1 & -1 \\end{bmatrix}$, "
                                      "and $b = 1$.")


@pytest.mark.parametrize("text", [
    "rows [1, 2] and [0, 1, 3]",                     # rows of unequal length: not a matrix
    "the rows of K are (8, 12) and (12, 19)",        # a result about K, not data given by rows
    "$W$ rows $[1, 2]$",                             # one row only
    "$f(x) = W x$ rows [1, 2] and [3, 4]",           # a formula, not a name
])
def test_what_is_not_a_matrix_given_in_words_is_left_alone(text):
    assert matrices_by_rows(text) == text
