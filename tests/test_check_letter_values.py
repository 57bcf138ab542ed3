"""Values given to a letter as a whole (``w = (2, -1)``, a matrix for ``w_{jk}``) for the learner's indexed names.

The notes here are invented for these tests; their expected values are worked out by hand and checked below by
the reference's exact backprop. One input: f(x) = v_1(w_1 x + b_1) + v_2(w_2 x + b_2) + c with w = (2, −1),
b = (1, 0), v = (1, 3), c = 2; θ = (w_1, w_2, b_1, b_2, v_1, v_2, c) and ∇f = (v_1 x, v_2 x, v_1, v_2, w_1 x + b_1,
w_2 x + b_2, 1): at x_1 = 1 (1, 3, 1, 3, 3, −1, 1), at x_2 = 2 (2, 6, 1, 3, 5, −2, 1); K = [[31, 48], [48, 80]].
Two inputs: w = [[1, 2], [0, 1]], b = (0, 1), v = (1, −1), c = 0 at x^{(1)} = (1, 0), x^{(2)} = (0, 1): h = (1, 1)
and (2, 2), ∇f = (1, 0, −1, 0, 1, −1, 1, 1, 1) and (0, 1, 0, −1, 1, −1, 2, 2, 1); K = [[7, 7], [7, 13]].
"""

import pytest
from check_helpers import first_mistake, line_verdicts

from symntk.check import check_text
from symntk.check.letter_values import letter_rows, letter_targets
from symntk.check.nodes import Num
from symntk.check.syntax import parse
from symntk.errors import InputError

from reference import exact_jacobian, gram

ONE_INPUT = (
    "Parameters $\\theta = (w_1, w_2, b_1, b_2, v_1, v_2, c)$.\n"                           # 1
    "\n"
    "Values: VALUES. Points: $x_1 = 1$, $x_2 = 2$.\n"                                      # 3
    "\n"
    "$$f(x) = v_1 h_1 + v_2 h_2 + c, \\quad h_1 = w_1 x + b_1, \\quad h_2 = w_2 x + b_2$$\n"  # 5
    "\n"
    "$\\nabla_\\theta f(x_1) = (1, 3, 1, 3, 3, -1, 1)^T$\n"                                  # 7
    "\n"
    "$\\nabla_\\theta f(x_2) = (2, 6, 1, 3, 5, -2, 1)^T$\n"                                  # 9
    "\n"
    "$K_{11} = 31$, $K_{12} = 47$\n"                                                         # 11
)


def test_the_invented_networks_by_the_reference():
    rows = exact_jacobian([2, -1, 1, 0, 1, 3, 2], [1, 2, 1], ["identity"], [[1], [2]])
    assert rows == [[1, 3, 1, 3, 3, -1, 1], [2, 6, 1, 3, 5, -2, 1]] and gram(rows) == [[31, 48], [48, 80]]
    rows = exact_jacobian([1, 2, 0, 1, 0, 1, 1, -1, 0], [2, 2, 1], ["identity"], [[1, 0], [0, 1]])
    assert rows == [[1, 0, -1, 0, 1, -1, 1, 1, 1], [0, 1, 0, -1, 1, -1, 2, 2, 1]]
    assert gram(rows) == [[7, 7], [7, 13]]


@pytest.mark.parametrize("values", [
    "$w=(2,-1)$, $b=(1,0)$, $v=(1,3)$, $c=2$",
    "$w = (2, -1)^T$, $b = [1, 0]$, $v = \\begin{pmatrix} 1 \\\\ 3 \\end{pmatrix}$, $c = 2$",
    "$w_1 = 2$, $w_2 = -1$, $b = (1, 0)$, $v = (1, 3)$, $c = 2$",   # some by name, some by letter
])
def test_a_vector_for_a_letter_gives_its_indexed_names(values):
    report = check_text(ONE_INPUT.replace("VALUES", values), "notes.md")
    got = line_verdicts(report)
    assert got[7] == ["correct"] and got[9] == ["correct"]
    assert got[11] == ["correct", "wrong"] and first_mistake(report) == 11
    assert report.problem.widths == (1, 2, 1)


def test_a_vector_of_another_length_gives_nothing():
    with pytest.raises(InputError) as err:
        check_text(ONE_INPUT.replace("VALUES", "$w=(2,-1)$, $b=(1,0,4)$, $v=(1,3)$, $c=2$"), "notes.md")
    assert "b_1, b_2" in str(err.value)   # the names without a value, as the notes write them


TWO_INPUTS = (
    "My names: $\\theta = (w_{{11}}, w_{{12}}, w_{{21}}, w_{{22}}, b_1, b_2, v_1, v_2, c)$.\n"     # 1
    "\n"
    "Given {w}, $b = (0, 1)$, $v = (1, -1)$, $c = 0$; $x^{{(1)}} = (1, 0)^T$, $x^{{(2)}} = (0, 1)^T$.\n"  # 3
    "\n"
    "$$f(x) = v_1(w_{{11}} x_1 + w_{{12}} x_2 + b_1) + v_2(w_{{21}} x_1 + w_{{22}} x_2 + b_2) + c$$\n"  # 5
    "\n"
    "$\\nabla f(x^{{(1)}}) = (1, 0, -1, 0, 1, -1, 1, 1, 1)$\n"                                   # 7
    "\n"
    "$\\nabla f(x^{{(2)}}) = (0, 1, 0, -1, 1, -1, 2, 2, 1)$\n"                                   # 9
    "\n"
    "$K_{{12}} = 7$, $K_{{22}} = 12$\n"                                                          # 11
)


@pytest.mark.parametrize("w", [
    "$w = \\begin{pmatrix} 1 & 2 \\\\ 0 & 1 \\end{pmatrix}$",
    "$w = [[1, 2], [0, 1]]$",
    "$w_{11} = 1$, $w_{12} = 2$, $w_{21} = 0$, $w_{22} = 1$",
])
def test_a_matrix_for_a_letter_gives_its_rows_to_the_names_with_two_indices(w):
    report = check_text(TWO_INPUTS.format(w=w), "notes.md")
    got = line_verdicts(report)
    assert got[7] == ["correct"] and got[9] == ["correct"] and got[11] == ["correct", "wrong"]
    assert report.problem.widths == (2, 2, 1)


def _rows(text: str):
    return letter_rows(parse(text).members[-1].node)


def _numbers(found: dict) -> dict:
    return {name: int(node.value) for name, node in found.items()}


def test_which_names_a_letters_value_goes_to():
    vector, matrix = _rows("w = (3, 4)"), _rows("w = [[1, 2], [5, 6]]")
    assert _numbers(letter_targets("w", vector, ["W_1", "W_2", "b_1"])) == {"W_1": 3, "W_2": 4}
    assert _numbers(letter_targets("v", vector, ["v_2", "v_1"])) == {"v_1": 3, "v_2": 4}
    assert _numbers(letter_targets("w", matrix, ["W_11", "W_12", "W_21", "W_22"])) == \
        {"W_11": 1, "W_12": 2, "W_21": 5, "W_22": 6}
    assert _numbers(letter_targets("u", matrix, ["u_1,1", "u_1,2", "u_2,1", "u_2,2"]))["u_2,1"] == 5
    assert letter_targets("w", vector, ["W_1", "W_2", "W_3"]) is None     # three names, two numbers
    assert letter_targets("w", vector, ["W_11", "W_12"]) is None          # a vector for names with two indices
    assert letter_targets("w", matrix, ["W_1", "W_2"]) is None            # a matrix for names with one index
    assert letter_targets("c", vector, ["v_1", "v_2"]) is None            # no name of the letter
    assert _rows("w = 2") is None and _rows("w = (1, (2, 3))") is None
    assert [[int(n.value) for n in r] for r in _rows("w = [[1, 2], [5, 6]]^T")] == [[1, 5], [2, 6]]
    assert all(isinstance(n, Num) for n in _rows("b = (0, 1)^T")[0])


def test_a_letter_that_is_a_parameter_itself_keeps_its_meaning():
    notes = ("Names: $w$, $b$, $v_1, v_2$, $c_1, c_2$. Given $w = 1$, $b = 1$, $v = (1, 2)^T$, $c = (0, 0)^T$; "
             "$x_1 = 1$, $x_2 = 2$.\n"                                                  # 1
             "\n"
             "$$f_1(x) = v_1(wx + b) + c_1, \\quad f_2(x) = v_2(wx + b) + c_2$$\n"      # 3
             "\n"
             "$\\nabla f_1(x_2) = (2, 1, 3, 0, 1, 0)$\n")                               # 5
    # θ = (w, b, v_1, v_2, c_1, c_2): ∇f_1 = (v_1 x, v_1, wx + b, 0, 1, 0) = (2, 1, 3, 0, 1, 0) at x_2 = 2
    report = check_text(notes, "notes.md")
    assert report.problem.widths == (1, 1, 2) and line_verdicts(report)[5] == ["correct"]
