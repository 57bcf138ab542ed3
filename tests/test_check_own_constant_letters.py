"""The learner's own letters for every parameter, when one of them is otherwise a constant (``e``) or a sheet name
(``a``, ``h``, ``z``): ``f(x) = d_1(a_1 x + c_1) + d_2(a_2 x + c_2) + e`` with ``a = (2, -1)`` and ``e = 2``.

The notes here are invented for these tests. The network is the one of test_check_letter_values.py renamed
(w → a, b → c, v → d, c → e): a = (2, −1), c = (1, 0), d = (1, 3), e = 2; θ = (a_1, a_2, c_1, c_2, d_1, d_2, e),
∇f = (d_1 x, d_2 x, d_1, d_2, a_1 x + c_1, a_2 x + c_2, 1): at x_1 = 1 (1, 3, 1, 3, 3, −1, 1), at x_2 = 2
(2, 6, 1, 3, 5, −2, 1); K = [[31, 48], [48, 80]] (checked below by the reference's exact backprop).
"""

import pytest
from check_helpers import first_mistake, line_verdicts

from symntk.check import check_text
from symntk.errors import InputError

from reference import exact_jacobian, gram

NOTES = (
    "Let us call the weights $a_1, a_2$, the biases $c_1, c_2$, the output weights $d_1, d_2$ and the output "
    "bias $e$.\n"                                                                             # 1
    "\n"
    "Given: VALUES; $x_1 = 1$, $x_2 = 2$.\n"                                                 # 3
    "\n"
    "$$f(x) = d_1(a_1 x + c_1) + d_2(a_2 x + c_2) + e$$\n"                                   # 5
    "\n"
    "$\\nabla_\\theta f(x_1) = (1, 3, 1, 3, 3, -1, 1)$\n"                                    # 7
    "\n"
    "$\\nabla_\\theta f(x_2) = (2, 6, 1, 3, 5, -2, 1)$\n"                                    # 9
    "\n"
    "$K_{11} = 31$, $K_{12} = 47$\n"                                                         # 11
)


def test_the_invented_network_by_the_reference():
    rows = exact_jacobian([2, -1, 1, 0, 1, 3, 2], [1, 2, 1], ["identity"], [[1], [2]])
    assert rows == [[1, 3, 1, 3, 3, -1, 1], [2, 6, 1, 3, 5, -2, 1]] and gram(rows) == [[31, 48], [48, 80]]


@pytest.mark.parametrize("values", [
    "$a = (2, -1)$, $c = (1, 0)$, $d = (1, 3)$, $e = 2$",
    "$a_1 = 2$, $a_2 = -1$, $c = (1, 0)$, $d_1 = 1$, $d_2 = 3$, $e = 2$",
])
def test_e_given_a_number_is_the_learners_output_bias(values):
    report = check_text(NOTES.replace("VALUES", values), "notes.md")
    got = line_verdicts(report)
    assert report.problem.widths == (1, 2, 1)
    assert got[7] == ["correct"] and got[9] == ["correct"]
    assert got[11] == ["correct", "wrong"] and first_mistake(report) == 11
    assert "wrong" not in got.get(3, [])   # a = (2, -1) gives a_1, a_2: not a claim about the sheet's activations


def test_a_wrong_gradient_in_the_own_letters_is_still_found():
    notes = NOTES.replace("VALUES", "$a = (2, -1)$, $c = (1, 0)$, $d = (1, 3)$, $e = 2$")
    notes = notes.replace("(2, 6, 1, 3, 5, -2, 1)", "(2, 6, 1, 3, 5, -1, 1)")
    report = check_text(notes, "notes.md")
    assert line_verdicts(report)[9] == ["wrong"] and first_mistake(report) == 9


def test_e_without_a_value_stays_eulers_number():
    with pytest.raises(InputError) as err:   # nothing says e is a name: the formula is not a network of own names
        check_text(NOTES.replace("VALUES", "$a = (2, -1)$, $c = (1, 0)$, $d = (1, 3)$"), "notes.md")
    assert "e = 0 for an own e" in str(err.value) and "a = (1, 1) for a_1, a_2" in str(err.value)


def test_a_declared_letter_vector_is_no_claim_about_the_sheets_activations():
    notes = NOTES.replace("VALUES", "$a = (2, -1)$, $c = (1, 0)$, $d = (1, 3)$, $e = 2$").replace(
        "Let us call", "Own letters $a = (a_1, a_2)$, $c = (c_1, c_2)$; we call")
    got = line_verdicts(check_text(notes, "notes.md"))
    assert "wrong" not in got.get(1, []) and "wrong" not in got.get(3, [])
    assert got[11] == ["correct", "wrong"]


def test_the_sheets_activation_vector_keeps_its_meaning_with_other_letters():
    notes = ("$$f(x) = v_1(w_1 x + b_1) + v_2(w_2 x + b_2) + c$$ with $w = (2, -1)$, $b = (1, 0)$, $v = (1, 3)$, "
             "$c = 2$; $x_1 = 1$, $x_2 = 2$.\n"                                            # 1
             "\n"
             "At $x_1$: $a = (3, 0)$\n")                                                    # 3
    got = line_verdicts(check_text(notes, "notes.md"))
    assert got[3] == ["wrong"]   # the hidden layer at x_1 is (3, −1); a is not a letter of the learner's names


TWO_INPUTS = (
    "We call the first layer's matrix $A = (a_{ij})$, the biases $c = (c_1, c_2)$, the output weights "
    "$d = (d_1, d_2)$ and the output bias $e$.\n"                                            # 1
    "\n"
    "Given MATRIX, $c = (0, 1)$, $d = (1, -1)$, $e = 0$; $x^{(1)} = (1, 0)$, $x^{(2)} = (0, 1)$.\n"  # 3
    "\n"
    "$$f(x) = d_1(a_{11} x_1 + a_{12} x_2 + c_1) + d_2(a_{21} x_1 + a_{22} x_2 + c_2) + e$$\n"  # 5
    "\n"
    "$\\nabla f(x^{(1)}) = (1, 0, -1, 0, 1, -1, 1, 1, 1)$\n"                                 # 7
    "\n"
    "$\\nabla f(x^{(2)}) = (0, 1, 0, -1, 1, -1, 2, 2, 1)$\n"                                 # 9
    "\n"
    "$K_{12} = 7$, $K_{22} = 12$\n"                                                          # 11
)


def test_the_invented_two_input_network_by_the_reference():
    rows = exact_jacobian([1, 2, 0, 1, 0, 1, 1, -1, 0], [2, 2, 1], ["identity"], [[1, 0], [0, 1]])
    assert rows == [[1, 0, -1, 0, 1, -1, 1, 1, 1], [0, 1, 0, -1, 1, -1, 2, 2, 1]]
    assert gram(rows) == [[7, 7], [7, 13]]


@pytest.mark.parametrize("matrix", [
    "$A = \\begin{pmatrix} 1 & 2 \\\\ 0 & 1 \\end{pmatrix}$",
    "$A = [[1, 2], [0, 1]]$",
])
def test_a_capitals_matrix_gives_the_small_letters_entries(matrix):
    report = check_text(TWO_INPUTS.replace("MATRIX", matrix), "notes.md")
    got = line_verdicts(report)
    assert report.problem.widths == (2, 2, 1)
    assert got[7] == ["correct"] and got[9] == ["correct"] and got[11] == ["correct", "wrong"]
    assert first_mistake(report) == 11 and "wrong" not in got.get(1, []) and "wrong" not in got.get(3, [])


def test_a_capital_matrix_of_another_shape_gives_nothing():
    with pytest.raises(InputError):
        check_text(TWO_INPUTS.replace("MATRIX", "$A = [[1, 2, 3], [0, 1, 4]]$"), "notes.md")
