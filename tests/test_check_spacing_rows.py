"""Rows of numbers separated by LaTeX spacing commands, as handwriting and OCR converters export them
(``\\left( 1 \\ 0\\right)``, ``( 1 \\; - 1)``, ``[2 \\quad -3]``): the spacing commands separate the entries, a
minus after one is the next entry's sign, and a minus between plain spaces or spacing on both sides stays a
subtraction."""

import pytest
from check_helpers import line_verdicts

from symntk.check import check_text
from symntk.check.normalise import normalise


@pytest.mark.parametrize("written, read", [
    (r"W = \left( 1 \ 0\right)", "W = (1, 0)"),
    (r"W = \left( 1 \; - 1\right)", "W = (1, -1)"),
    (r"v = [ 2 \quad -3 \quad 0.5 ]", "v = [2, -3, 0.5]"),
    (r"v = \left[ - 2 \,\, \frac{1}{2}\right]", r"v = [-2, \frac{1}{2}]"),
    (r"v = ( 1 ~ 2 \qquad 3 )", "v = (1, 2, 3)"),
    (r"u = ( 0{,}5 \enspace 1 )", "u = (0{,}5, 1)"),
])
def test_spacing_commands_separate_entries(written, read):
    assert normalise(written) == normalise(read)


@pytest.mark.parametrize("written", [r"(1 - 1)", r"(1 \; - \; 1)", r"x = 1 \quad 2", r"(x \; 1)"])
def test_what_is_not_a_spaced_row_stays(written):
    assert "," not in normalise(written)


# By hand: f(x) = W2 relu(W1 x + b1) + b2 with W1 = (1, 2)^T, b1 = (0, 1)^T, W2 = (1, -1), b2 = 0.
# At x = 1: z = (1, 3), h = (1, 3), f = 1 - 3 = -2. At x = 2: z = (2, 5), f = 2 - 5 = -3.
def test_a_converted_row_is_the_exercise_s_output_weights():
    text = ("$W^{\\left[ 1\\right]} = \\left( \\begin{matrix} 1 \\\\ 2 \\end{matrix} \\right)$ , "
            "$b^{\\left[ 1\\right]} = \\left( \\begin{matrix} 0 \\\\ 1 \\end{matrix} \\right)$ , "
            "$W^{\\left[ 2\\right]} = \\left( 1 \\; - 1\\right)$ , $b^{\\left[ 2\\right]} = 0$ , "
            "ReLU, $x_1 = 1$ , $x_2 = 2$\n\n"
            "$f\\left( x_1\\right) = - 2$\n\n$f\\left( x_2\\right) = - 1$\n")
    assert line_verdicts(check_text(text, "notes.md")) == {3: ["correct"], 5: ["wrong"]}
