"""Size commands on the brackets of an index in a script (``W^{\\left[ 2\\right]}``, ``K^{\\left( 1\\right)}``), as
converters export them, read as the index itself; a script holding a formula is left as written."""

import pytest
from check_helpers import line_verdicts

from symntk.check import check_text
from symntk.check.script_brackets import script_brackets


@pytest.mark.parametrize("written, read", [
    (r"W^{\left[ 2\right]}", r"W^{[2]}"),
    (r"K^{ \left( 1 \right) }_{12}", r"K^{(1)}_{12}"),
    (r"x_{\left( 2\right)}", r"x_{(2)}"),
    (r"b^{\left[ f_1\right]}", r"b^{[f_1]}"),
])
def test_the_index_loses_its_size_commands(written, read):
    assert script_brackets(written) == read


@pytest.mark.parametrize("written", [r"e^{\left( x + 1\right) \cdot 2}", r"\left( 1\right)^{2}",
                                     r"e^{\left( \frac{1}{2}\right)}"])
def test_a_formula_in_a_script_stays(written):
    assert script_brackets(written) == written


# By hand: h = W1 x + b1 = x + 1, f = W2 h with W2 = (1, 2)^T, b2 = (0, 0)^T; θ = (W1, b1, W2_1, W2_2, b2_1, b2_2).
# ∇f_1 = (x, 1, x + 1, 0, 1, 0): (1, 1, 2, 0, 1, 0) at x = 1 and (2, 1, 3, 0, 1, 0) at x = 2, so
# K^(1) = [[1+1+4+1, 2+1+6+1], [·, 4+1+9+1]] = [[7, 10], [10, 15]]; ∇f_2 = (2x, 2, 0, x + 1, 0, 1): K^(2) =
# [[4+4+4+1, 8+4+6+1], [·, 16+4+9+1]] = [[13, 19], [19, 30]].
def test_per_output_kernels_named_with_converted_scripts():
    text = ("$W^{\\left[ 1\\right]} = 1 , \\; b^{\\left[ 1\\right]} = 1 , \\; W^{\\left[ 2\\right]} = \\left( "
            "\\begin{matrix} 1 \\\\ 2 \\end{matrix} \\right) , \\; b^{\\left[ 2\\right]} = \\left( \\begin{matrix} 0 "
            "\\\\ 0 \\end{matrix} \\right)$ , $x_1 = 1 , x_2 = 2$\n\n"
            "$$K^{\\left( 1\\right)} = \\left( \\begin{matrix} 7 & 10 \\\\ 10 & 15 \\end{matrix} \\right)$$\n\n"
            "$$K^{\\left( 2\\right)} = \\left( \\begin{matrix} 13 & 19 \\\\ 19 & 31 \\end{matrix} \\right)$$\n")
    assert line_verdicts(check_text(text, "notes.md")) == {3: ["correct"], 5: ["wrong"]}
