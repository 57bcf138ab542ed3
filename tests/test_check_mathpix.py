"""Notes converted from handwriting by Mathpix: spaced tokens (``W ^ { [ 1 ] }``), arrays as matrices or as
stacked equations, unpaired ``\\left(\\right.`` brackets, operator names spelled letter by letter and digits
split by a space.

The notes here are invented for these tests. Their expected verdicts are worked out by hand:

* net f(x) = W⁽²⁾(W⁽¹⁾x + b⁽¹⁾) + b⁽²⁾ with W⁽¹⁾ = [2, −1]ᵀ, b⁽¹⁾ = [1, 0]ᵀ, W⁽²⁾ = [1, 2], b⁽²⁾ = 1 at
  x₁ = 1, x₂ = 3; gradient (x, 2x, 1, 2, 2x + 1, −x, 1), rows (1, 2, 1, 2, 3, −1, 1) and (3, 6, 1, 2, 7, −3, 1),
  K = [[21, 45], [45, 109]], tr 130, det 264, λ = 65 ± √3961 ≈ 127.94, 2.06;
* with ∂f/∂W₂₁⁽¹⁾ written W₁₁⁽²⁾ x = x (the wrong weight) the rows are (1, 1, 1, 2, 3, −1, 1) and
  (3, 3, 1, 2, 7, −3, 1), K = [[18, 36], [36, 82]], tr 100, det 180, λ ≈ 98.17, 1.83: carried.
"""

import math

import pytest
from check_helpers import first_mistake, line_verdicts

from symntk.check import check_text
from symntk.check.mathpix import arrays, mathpix_latex, writes_mathpix

from conftest import grows_linearly
from reference import central_jacobian, exact_jacobian, gram

HEAD = (
    "# Homework (scanned)\n"  # 1
    "\n"
    "$f ( x ) = W ^ { [ 2 ] } \\left( W ^ { [ 1 ] } x + b ^ { [ 1 ] } \\right) + b ^ { [ 2 ] }$ with\n"  # 3
    "\n"
    "$$\n"
    "W ^ { [ 1 ] } = \\left( \\begin{array} { c } 2 \\\\ - 1 \\end{array} \\right) , \\quad "
    "b ^ { [ 1 ] } = \\left[ \\begin{array} { c } 1 \\\\ 0 \\end{array} \\right] , \\quad "
    "W ^ { [ 2 ] } = \\left[ \\begin{array} { c | c } 1 & 2 \\end{array} \\right] , \\quad b ^ { [ 2 ] } = 1\n"  # 6
    "$$\n"
    "\n"
    "$x _ { 1 } = 1 , \\quad x _ { 2 } = 3$\n"  # 9
    "\n"
    "$$\n"
    "\\theta = \\left( W _ { 11 } ^ { [ 1 ] } , W _ { 21 } ^ { [ 1 ] } , b _ { 1 } ^ { [ 1 ] } , "
    "b _ { 2 } ^ { [ 1 ] } , W _ { 11 } ^ { [ 2 ] } , W _ { 12 } ^ { [ 2 ] } , b ^ { [ 2 ] } \\right)\n"  # 12
    "$$\n"
    "\n"
    "$$\n"
    "\\begin{aligned}\n"
)

DERIVATIVES = (
    "\\frac { \\mathrm { d } f } { \\mathrm { d } W _ { 11 } ^ { [ 1 ] } } "  # 17
    "& = W _ { 11 } ^ { [ 2 ] } x = x \\\\\n"
    "\\frac { \\partial f } { \\partial W _ { 21 } ^ { [ 1 ] } } & = {W21} \\\\\n"  # 18
    "\\frac { \\partial f } { \\partial b _ { 1 } ^ { [ 1 ] } } & = 1 , \\quad "
    "\\frac { \\partial f } { \\partial b _ { 2 } ^ { [ 1 ] } } = 2 \\\\\n"  # 19
    "\\frac { \\partial f } { \\partial W _ { 11 } ^ { [ 2 ] } } & = 2 x + 1 \\tag { 1 } \\\\\n"  # 20
    "\\frac { \\partial f } { \\partial W _ { 12 } ^ { [ 2 ] } } & = - x \\text { and } "
    "\\frac { \\partial f } { \\partial b ^ { [ 2 ] } } = 1\n"  # 21
    "\\end{aligned}\n"
    "$$\n"
    "\n"
)


def _by_line(notes: str) -> tuple[dict[int, list[str]], int, int]:
    report = check_text(notes, "notes.md")
    return line_verdicts(report), first_mistake(report), report.exit_code


def test_the_invented_network_by_two_methods():
    theta, widths, points = [2, -1, 1, 0, 1, 2, 1], [1, 2, 1], [[1], [3]]
    rows = exact_jacobian(theta, widths, ["identity"], points)
    assert rows == [[1, 2, 1, 2, 3, -1, 1], [3, 6, 1, 2, 7, -3, 1]]
    numeric = central_jacobian(theta, widths, ["identity"], points)
    assert all(abs(float(a) - b) < 1e-6 for r, s in zip(rows, numeric) for a, b in zip(r, s))
    assert gram(rows) == [[21, 45], [45, 109]] and 21 * 109 - 45 ** 2 == 264
    assert f"{65 + math.sqrt(3961):.2f}" == "127.94" and f"{65 - math.sqrt(3961):.2f}" == "2.06"
    own = [[1, 1, 1, 2, 3, -1, 1], [3, 3, 1, 2, 7, -3, 1]]
    assert gram(own) == [[18, 36], [36, 82]] and 18 * 82 - 36 ** 2 == 180
    assert f"{50 + math.sqrt(2320):.2f}" == "98.17" and f"{50 - math.sqrt(2320):.2f}" == "1.83"


def test_mathpix_notes_all_correct_are_read_from_the_notes():
    notes = HEAD + DERIVATIVES.replace("{W21}", "W _ { 12 } ^ { [ 2 ] } x = 2 x") + (
        "$$\n"
        "\\left\\{ \\begin{array} { l } \\nabla _ { \\theta } f \\left(\\right. x _ { 1 } \\left.\\right) = "
        "( 1,2,1,2,3 , - 1,1 ) \\\\ \\nabla _ { \\theta } f \\left(\\right. x _ { 2 } \\left.\\right) = "
        "( 3,6,1,2,7 , - 3,1 ) \\end{array} \\right.\n"  # 26
        "$$\n"
        "\n"
        "$$\n"
        "K _ { 11 } = 1 + 4 + 1 + 4 + 9 + 1 + 1 = 2 1 , \\quad K _ { 12 } = 3 + 12 + 1 + 4 + 21 + 3 + 1 = 45\n"  # 30
        "$$\n"
        "\n"
        "$$\n"
        "K = \\left[ \\begin{array} { l l } 21 & 4 5 \\\\ 45 & 109 \\end{array} \\right]\n"  # 34
        "$$\n"
        "\n"
        "$\\operatorname { t r } K = 130 , \\quad "  # 37
        "\\operatorname { det } K = 21 \\cdot 109 - 45 \\times 45 = 264$\n"
        "\n"
        "$$\n"
        "\\lambda _ { 1 } \\approx 127.94 , \\quad \\lambda _ { 2 } \\approx 2.06\n"  # 40
        "$$\n")
    got, first, code = _by_line(notes)
    for line in (17, 18, 20, 26, 34, 37, 40):
        assert got.get(line) and set(got[line]) == {"correct"}, (line, got.get(line))
    assert got[19] == ["correct", "correct"] and got[21] == ["correct", "correct"]
    assert got[30] == ["correct", "correct", "correct", "correct"]
    assert first == 0 and code == 0


def test_mathpix_notes_with_the_wrong_weight_carry_it_forward():
    notes = HEAD + DERIVATIVES.replace("{W21}", "W _ { 11 } ^ { [ 2 ] } x = x") + (
        "$\\nabla f \\left( x _ { 1 } \\right) = ( 1,1,1,2,3 , - 1,1 )$\n"  # 25
        "\n"
        "$\\nabla f \\left( x _ { 2 } \\right) = ( 3,3,1,2,7 , - 3,1 )$\n"  # 27
        "\n"
        "$$\n"
        "K = \\left[ \\begin{array} { l l } 18 & 36 \\\\ 36 & 8 2 \\end{array} \\right]\n"  # 30
        "$$\n"
        "\n"
        "$$\n"
        "\\lambda _ { 1 } \\approx 98.17 , \\quad \\lambda _ { 2 } \\approx 1.83\n"  # 34
        "$$\n")
    got, first, code = _by_line(notes)
    assert got[18] == ["wrong", "carried"]
    assert got[17] == ["correct", "correct"] and got[20] == ["correct"]
    assert got[25] == ["carried"] and got[27] == ["carried"] and got[30] == ["carried"]
    assert got[34] == ["carried", "carried"]
    assert first == 18 and code == 1


def test_digits_split_inside_a_sum_are_unreadable_not_a_product():
    notes = HEAD + DERIVATIVES.replace("{W21}", "2 x") + (
        "$$\nK _ { 11 } = 1 + 4 + 1 + 4 + 9 + 1 + 1 = 21\n$$\n\n"  # 26
        "$$\nK _ { 22 } = 9 + 3 6 + 1 + 4 + 49 + 9 + 1 = 109\n$$\n")                                    # 30
    got, first, code = _by_line(notes)
    assert got[26] == ["correct", "correct"]
    assert got[30] == ["unreadable"]
    assert first == 0 and code == 1


@pytest.mark.parametrize("written, read", [
    ("$W ^ { [ 1 ] } = 2 , b _ { 1 } ^ { [ 1 ] } = 0 , x _ { 2 } = 3$",
     "$W^{[1]} = 2,b_{1}^{[1]} = 0,x_{2} = 3$"),
    ("$\\frac { \\partial f } { \\partial W _ { j k } ^ { [ 1 ] } } = x _ { j }$ $a _ { 1 }$",
     "$\\frac{\\partial f}{\\partial W_{jk}^{[1]}} = x_{j}$ $a_{1}$"),
    ("$\\operatorname { t r } K = 3 , \\mathrm { d } x$ $y _ { 1 }$ $z _ { 2 }$",
     "$\\operatorname{tr} K = 3,\\mathrm{d} x$ $y_{1}$ $z_{2}$"),
    ("$\\sigma ^ { \\prime } ( z ) = \\tanh ^ { \\prime \\prime } ( z )$ $x _ { 1 }$ $x _ { 2 }$",
     "$\\sigma'(z) = \\tanh''(z)$ $x_{1}$ $x_{2}$"),
    ("$J J ^ { T } = ( 1 , - 2 ) \\quad \\lambda = - 3$ $x _ { 1 }$ $x _ { 2 }$",
     "$J J^{T} = (1,-2) \\quad \\lambda = -3$ $x_{1}$ $x_{2}$"),
    ("$K _ { 12 } = 1 2 , \\quad K _ { 11 } = 3 + 1 2$ $W _ { 1 1 }$ $x _ { 1 }$",
     "$K_{12} = 12,\\quad K_{11} = 3 + 1 2$ $W_{1 1}$ $x_{1}$"),
    ("$\\theta = ( a , b ) \\text { ( } 2 \\text { parameters) }$ $x _ { 1 }$ $x _ { 2 }$",
     "$\\theta = (a,b) \\quad 2 \\text{parameters}$ $x_{1}$ $x_{2}$"),
    ("$\\tan h ( 1 ) \\approx 0.76 , \\quad \\cos h ( 0 ) = 1 , \\quad \\tan ( h ) = \\tan h$ "
     "$x _ { 1 }$ $x _ { 2 }$ $x _ { 3 }$",
     "$\\tanh(1) \\approx 0.76,\\quad \\cosh(0) = 1,\\quad \\tan(h) = \\tanh$ $x_{1}$ $x_{2}$ $x_{3}$"),
    ("$\\lambda = \\frac { 27 \\pm \\sqrt { 6 97 } } { 2 } , ( 1 0 )$ $x _ { 1 }$ $x _ { 2 }$",
     "$\\lambda = \\frac{27 \\pm \\sqrt{697}}{2},(1 0)$ $x_{1}$ $x_{2}$"),
    ("$x _ { 1 } = 1$ says ( see above ) , then $x _ { 2 } = 2$ $b _ { 1 }$",
     "$x_{1} = 1$ says ( see above ) , then $x_{2} = 2$ $b_{1}$"),
])
def test_mathpix_spacing_is_compacted_inside_math_only(written, read):
    assert mathpix_latex(written) == read


@pytest.mark.parametrize("written, read", [
    (r"\left[ \begin{array} { l l } 1 & 0 \end{array} \right]", r"\begin{bmatrix} 1 & 0 \end{bmatrix}"),
    (r"\left( \begin{array} { c } 1 \\ 0 \end{array} \right)", r"\begin{pmatrix} 1 \\ 0 \end{pmatrix}"),
    (r"\left| \begin{array} { c c } a & b \\ c & d \end{array} \right|",
     r"\begin{vmatrix} a & b \\ c & d \end{vmatrix}"),
    (r"\begin{array}{r|r} 1 & 2 \end{array}", r"\begin{matrix} 1 & 2 \end{matrix}"),
    (r"\left\{ \begin{array} { l } a = 1 \\ b = 2 \end{array} \right.",
     r"\begin{gathered} a = 1 \\ b = 2 \end{gathered}"),
    (r"\left. \begin{array} { l } a = 1 \\ b = 2 \end{array} \right.",
     r"\begin{gathered} a = 1 \\ b = 2 \end{gathered}"),
    (r"\left[ \begin{array} { c } \left( \begin{array} { c } 1 \end{array} \right) \end{array} \right]",
     r"\begin{bmatrix} \begin{pmatrix} 1 \end{pmatrix} \end{bmatrix}"),
    (r"f \left(\right. x _ { 1 } \left.\right) + \left[\right. 2 \left.\right]", r"f ( x _ { 1 } ) + [ 2 ]"),
    (r"\left\{ \begin{array} { l l } 1 & z > 0 \\ 0 & z < 0 \end{array} \right.",
     r"\begin{cases} 1 & z > 0 \\ 0 & z < 0 \end{cases}"),
    (r"\left\{ \begin{array} { l } 1 \\ 2 \end{array} \right\}", r"\begin{Bmatrix} 1 \\ 2 \end{Bmatrix}"),
    (r"\left.\frac{\partial f}{\partial b}\right|_{x = 2}", r"\left.\frac{\partial f}{\partial b}\right|_{x = 2}"),
])
def test_arrays_are_matrices_or_stacked_equations(written, read):
    assert arrays(written) == read


def test_only_a_file_in_mathpix_spacing_is_compacted():
    typed = r"$W = [1 1]^T$, $x_1 = 1$, $K_{12} = 1 2$ and $W_{1 1}$"
    assert not writes_mathpix(typed) and mathpix_latex(typed) == typed
    assert writes_mathpix("$x _ { 1 }$ $x _ { 2 }$ $W ^ { [ 1 ] }$")
    assert not writes_mathpix("$x _ { 1 }$ $x _ { 2 }$")


def test_a_long_mathpix_file_is_read_in_linear_time():

    unit = "$W _ { 1 } ^ { [ 1 ] } = \\left( \\begin{array} { l } 1 \\end{array} \\right. ( ( ( 1 2 3$\n"
    text = unit * 4000
    out = mathpix_latex(text)
    assert out.count("\n") == text.count("\n")
    assert grows_linearly(mathpix_latex, lambda n: unit * n, 500)
