"""Rows of expressions apart by wide LaTeX spacing (``[x\\ \\ x+1]``, ``(a_1 \\quad a_2)``): a ``\\quad`` or a run of
two or more spacing commands separates the entries of a row; a single spacing command (``2\\ x``, ``x \\; 1``,
``2\\,x``) may sit inside a product and is never a separator for expressions."""

import pytest
from check_helpers import line_verdicts

from symntk.check import check_text
from symntk.check.normalise import normalise
from symntk.check.rows import symbol_row


@pytest.mark.parametrize("written, read", [
    (r"[x\ \ x+1]", "[x, x+1]"),
    (r"\left( a^{[1]}_1 \quad a^{[1]}_2 \right)", "(a^{[1]}_1, a^{[1]}_2)"),
    (r"(x \;\; 2x \;\; x^2)", "(x, 2x, x^2)"),
    (r"[\sigma(z_1) \qquad \sigma(z_2)]", r"[\sigma(z_1), \sigma(z_2)]"),
    (r"[x\ \ 0]", "[x, 0]"),
    (r"[-x \quad \frac{x}{2}]", r"[-x, \frac{x}{2}]"),
])
def test_wide_gaps_separate_expressions(written, read):
    assert symbol_row(written) == read


@pytest.mark.parametrize("written", [
    r"(2\ x)", r"(x \; 1)", r"(x \;\; -1)", r"(x + \quad 1)", r"(x \quad \text{for } x > 0)", r"(1 \quad 2)",
    r"(x \quad y \; z)", r"(x \quad y]", r"(x = 1 \quad y = 2)",
])
def test_what_is_not_a_row_of_expressions_stays(written):
    assert symbol_row(written) == written


def test_the_normaliser_reads_the_row_inside_a_claim():
    assert normalise(r"\frac{\partial f}{\partial W^{[2]}} = (a^{[1]})^T = [x\ \ x+1]").endswith("= [x, x+1]")


# By hand: W1 = (2, 1)^T, b1 = (1, 0)^T, W2 = (1, 3), b2 = 0, linear: a1 = W1 x + b1 = (2x + 1, x), so
# df/dW2 = a1^T = (2x + 1, x) at every x, and df/db1 = W2^T = (1, 3)^T.
HEAD = ("$W^{[1]} = \\begin{bmatrix}2\\\\1\\end{bmatrix},\\ b^{[1]} = \\begin{bmatrix}1\\\\0\\end{bmatrix},\\ "
        "W^{[2]} = [1\\ \\ 3],\\ b^{[2]} = 0$, linear, $x_1 = 1$, $x_2 = 2$.\n\n")


@pytest.mark.parametrize("row, verdict", [
    (r"[2x+1\ \ x]", "correct"),
    (r"(2x+1 \quad x)", "correct"),
    (r"[2x\ \ x]", "wrong"),
    (r"[x \quad 2x+1]", "wrong"),
])
def test_a_row_of_expressions_is_judged_as_the_gradient(row, verdict):
    text = HEAD + f"$$\\frac{{\\partial f}}{{\\partial W^{{[2]}}}} = (a^{{[1]}})^T = {row}$$\n"
    assert line_verdicts(check_text(text, "notes.md")) == {3: ["correct", verdict]}   # (a^{[1]})^T, then the row
