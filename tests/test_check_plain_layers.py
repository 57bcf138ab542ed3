"""Networks written with plain layer names: W1 = W2 = W3 = 2 beside a W^{[l]} formula, W1_2 for W^{[1]}_2,
one index into a row or column vector (W^{[2]}_i), and rows of numbers separated by spaces ([1 2]^T).

Every expected verdict here was worked out by hand for the small networks below.
"""

from fractions import Fraction

import pytest
from check_helpers import worst_verdicts

from symntk.check import check_text
from symntk.check.at_value import at_datapoints
from symntk.check.normalise import normalise
from symntk.check.scope import vector_entry
from symntk.errors import InputError

THREE_LAYERS = """# three scalar layers

f(x) = W^{[3]}(W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}) + b^{[3]}, W1 = W2 = W3 = 2, b1 = b2 = b3 = 1, x_1 = 1, x_2 = 0

$\\partial f/\\partial W^{[1]} = W^{[3]} W^{[2]} x$

$f(x_1) = 15$

$\\frac{\\partial f(x_1)}{\\partial W^{[2]}} = 6$

$\\frac{\\partial f(x_1)}{\\partial W^{[3]}} = 3$
"""


def test_scalar_layers_given_as_one_chain_of_values_make_the_network():
    # z1 = 2·1 + 1 = 3, z2 = 2·3 + 1 = 7, f = 2·7 + 1 = 15; ∂f/∂W2 = W3 z1 = 6; ∂f/∂W3 = z2 = 7 (not 3)
    verdicts, report = worst_verdicts(THREE_LAYERS)
    assert verdicts[5] == verdicts[7] == verdicts[9] == "correct"
    assert verdicts[11] == "wrong" and report.exit_code == 1


def test_a_chain_missing_a_layer_is_still_not_a_network():
    text = THREE_LAYERS.replace("W1 = W2 = W3 = 2", "W1 = W2 = 2")   # W^{[3]} has no value anywhere
    with pytest.raises(InputError):
        check_text(text)


ROW_AND_COLUMN = """Given $f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$, no activation, with
W^{[1]} = [1 2]^T, b^{[1]} = [0 1]^T, W^{[2]} = [3 -1], b^{[2]} = 2, x_1 = 1, x_2 = 2.

$f(x) = W^{[2]}_1 (W^{[1]}_1 x + b^{[1]}_1) + W^{[2]}_2 (W^{[1]}_2 x + b^{[1]}_2) + b^{[2]}$

∂f/∂W1_2 = W2_2 x

$\\frac{\\partial f}{\\partial W^{[1]}_2} = W^{[2]}_1 x$

$f(x_1) = 2$

θ = (W1_1, W1_2, b1_1, b1_2, W2_1, W2_2, b2) = (1, 2, 0, 1, 3, -1, 2)
"""


def test_one_index_into_a_row_or_column_vector_and_plain_layer_names():
    # f(1) = 3·(1 + 0) − (2 + 1) + 2 = 2; ∂f/∂W^{[1]}_{2,1} = W^{[2]}_{1,2} x, not W^{[2]}_{1,1} x
    verdicts, _ = worst_verdicts(ROW_AND_COLUMN)
    assert verdicts[4] == "correct"      # the written-out formula, entry by entry
    assert verdicts[6] == "correct"      # W1_2 and W2_2 in plain text
    assert verdicts[8] == "wrong"
    assert verdicts[10] == verdicts[12] == "correct"   # [1 2]^T, [3 -1]: rows without commas; θ by plain names


def test_a_wrong_entry_in_the_written_out_formula_is_wrong():
    text = ROW_AND_COLUMN.replace("W^{[2]}_2 (W^{[1]}_2 x", "W^{[2]}_1 (W^{[1]}_2 x")
    verdicts, _ = worst_verdicts(text)
    assert verdicts[4] == "wrong"


@pytest.mark.parametrize("rows, cols, i, entry", [(1, 3, 2, (1, 2)), (3, 1, 2, (2, 1)), (2, 2, 2, (2,))])
def test_vector_entry(rows, cols, i, entry):
    assert vector_entry(rows, cols, i) == entry


@pytest.mark.parametrize("written, read", [
    ("W1_2 = 3", "W^{[1]}_{2} = 3"),
    ("b2_1", "b^{[2]}_{1}"),
    ("W1_{12} x_1", "W^{[1]}_{12} x_1"),
    ("[1 -2 0.5]^T", "[1, -2, 0.5]^T"),
    ("K = 8 12", "K = 8 12"),                 # no brackets: not a row
    ("[1 - 2]", "[1 - 2]"),                   # a difference, not a row
    ("xW1_2", "xW1_2"),                       # part of a longer name
    (r"\frac{\partial f}{\partial W1_1}", r"\frac{\partial f}{\partial W^{[1]}_{1}}"),   # its brace stays
])
def test_plain_layer_names_and_rows_without_commas(written, read):
    assert normalise(written) == read


TWO_OUTPUTS = """f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}, f: R → R², no activation

W1 = 2, b1 = 1, W2 = [1, 3]^T, b2 = [0, 1]^T, x_1 = 1, x_2 = 0

f_2(x) = W2_2(W1 x + b1) + b2_2

f_1(x) = W2_1(W1 x + b2_1)
"""


def test_w_l_is_the_one_number_of_layer_l_beside_a_column_of_outputs():
    # W^{[1]} is 1×1, so W1 is all of it; W^{[2]} is a column, so W2_2 is its second entry:
    # f_2 = 3(2x + 1) + 1 is right; f_1 = 1·(2x + 0) misses b^{[1]} and adds b^{[2]}_1 inside
    verdicts, _ = worst_verdicts(TWO_OUTPUTS)
    assert verdicts[5] == "correct" and verdicts[7] == "wrong"


EIGEN_PROSE = ROW_AND_COLUMN + """
tr = TRACE, det = 2480 − 2304 = 176

λ² − 111λ + 176 = 0 → λ = (111 ± √ROOT)/2
"""


@pytest.mark.parametrize("tr, root, trace_line, roots_line", [
    (111, 11617, "correct", "correct"),
    (110, 11616, "wrong", "wrong"),
])
def test_trace_in_prose_and_an_arrow_between_equations(tr, root, trace_line, roots_line):
    # ∇f(1) = (3, −1, 3, −1, 1, 3, 1), ∇f(2) = (6, −2, 3, −1, 2, 5, 1): K = [[31, 48], [48, 80]],
    # tr K = 111, det K = 2480 − 2304 = 176, λ = (111 ± √(111² − 4·176))/2 = (111 ± √11617)/2
    verdicts, _ = worst_verdicts(EIGEN_PROSE.replace("TRACE", str(tr)).replace("ROOT", str(root)))
    assert verdicts[14] == trace_line and verdicts[16] == roots_line


def test_an_arrow_in_a_signature_or_before_a_count_stays_an_arrow():
    assert normalise("f: R → R, f(x) = 2x") == r"f: R \to R, f(x) = 2x"
    assert normalise("θ = (w, b) → 1 + 1 = 2") == r"\theta = (w, b) \to 1 + 1 = 2"   # no name before its "="


SIGMOID_TABLES = """f(x) = W^{[2]} σ(W^{[1]}x + b^{[1]}) + b^{[2]}, W1 = 1, b1 = 0, W2 = 1, b2 = 0, x_1 = 0, x_2 = 2

| x | z | a | a' | f |
|---|---|---|---|---|
| 0 | 0 | 0.5 | 0.25 | 0.5 |
| 2 | 2 | 0.8808 | A2 | 0.8808 |

| param | f(0) | f(2) |
|---|---|---|
| W1 | 0 | W12 |
| b1 | 0.25 | 0.1050 |
| W2 | 0.5 | 0.8808 |
| b2 | 1 | 1 |
"""


@pytest.mark.parametrize("a2, w12, line6, line10", [
    ("0.1050", "0.2100", "correct", "correct"),
    ("0.1192", "0.2100", "wrong", "correct"),      # 1 − σ(2), not σ(2)(1 − σ(2))
    ("0.1050", "0.1050", "correct", "wrong"),      # ∂f/∂W1 at x = 2 without its factor x
])
def test_a_prime_is_the_activations_derivative_and_f_of_a_value_is_that_datapoint(a2, w12, line6, line10):
    # σ(2) = 0.880797, σ′(2) = 0.880797 · 0.119203 = 0.104994; ∂f/∂W1 = W2 σ′(z) x = 0.209988 at x = 2
    verdicts, _ = worst_verdicts(SIGMOID_TABLES.replace("A2", a2).replace("W12", w12))
    assert verdicts[5] == "correct" and verdicts[11] == verdicts[12] == verdicts[13] == "correct"
    assert verdicts[6] == line6 and verdicts[10] == line10


def test_f_of_a_value_that_is_no_datapoint_claims_nothing():
    verdicts, report = worst_verdicts(SIGMOID_TABLES.replace("| param | f(0) | f(2) |", "| param | f(0) | f(5) |")
                                 .replace("A2", "0.1050").replace("W12", "0.1050"))   # 0.1050 would be wrong
    assert [j.claimed for j in report.judgements if j.line == 10] == ["0"]
    assert verdicts[10] == "correct"     # only the f(0) column: ∂f/∂W1 at x = 0 is 0


@pytest.mark.parametrize("written, read", [
    ("a' = 1", r"\varphi'(z) = 1"),
    ("a'_2(x_{1}) = 0", r"\varphi'(z_2(x_{1})) = 0"),
    ("a_1' = 0.25", r"\varphi'(z_1) = 0.25"),
    (r"\sigma'(z_1)(x_{2}) = 0.19", r"\sigma'(z_1(x_{2})) = 0.19"),
    ("a'' = 0", "a'' = 0"),              # a second derivative is not the rule
    ("ba' = 2", "ba' = 2"),              # part of a longer name
])
def test_the_activations_derivative_on_its_unit(written, read):
    assert normalise(written) == read


BY_VALUE = """Given $f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$, no activation, with
W^{[1]} = [1, 2]^T, b^{[1]} = [0, 1]^T, W^{[2]} = [3, -1], b^{[2]} = 2, x_1 = 1, x_2 = 2.

So ∇f(2) = G2 and ∇f(1) = (3, -1, 3, -1, 1, 3, 1).

| unit | z at x=1 | z at x=2 |
|---|---|---|
| 1 | 1 | 2 |
| 2 | 3 | Z |

θ = (W1_1, W1_2, b1_1, b1_2, W2_1, W2_2, b2), that's 7
"""


@pytest.mark.parametrize("g2, z, line4, line9", [
    ("(6, -2, 3, -1, 2, 5, 1)", "5", "correct", "correct"),
    ("(3, -1, 3, -1, 1, 3, 1)", "4", "wrong", "wrong"),    # the gradient at x = 1, not at x = 2; z_2(2) = 5
])
def test_the_gradient_and_units_at_a_datapoint_written_by_its_value(g2, z, line4, line9):
    # ∇f(x) = (3x, −x, 3, −1, x, 2x + 1, 1); z_1 = x, z_2 = 2x + 1
    verdicts, _ = worst_verdicts(BY_VALUE.replace("G2", g2).replace("Z", z))
    assert verdicts[4] == line4 and verdicts[9] == line9
    assert verdicts[8] == "correct" and verdicts[11] == "correct"   # "that's 7" is prose, the θ listing is read


def test_only_a_datapoints_value_is_read_as_that_datapoint():
    points = {(Fraction(1),): 1, (Fraction(-2),): 2}
    assert at_datapoints(r"\nabla f(1) = (1) ; ∂f(−2)/∂w ; ∇f(3) ; g(1)", points) == \
        r"\nabla f(x_{1}) = (1) ; ∂f(x_{2})/∂w ; ∇f(3) ; g(1)"


APPROX = """Given: $f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$, no activation.
$W^{[1]} = [1, 1]^T$, $b^{[1]} = [0, 1]^T$, $W^{[2]} = [1, 0]$, $b^{[2]} = 0$. Points $x_1 = 1$, $x_2 = 2$.

√697 approx 26.40 so λ1 approx L1 and λ2 ~ 0.30

λ2 ≃ L2
"""


@pytest.mark.parametrize("l1, l2, line4, line6", [
    ("26.70", "0.2996", "correct", "correct"),
    ("26.71", "0.3", "wrong", "correct"),          # (27 + √697)/2 = 26.7004: 26.71 is neither rounded nor cut
    ("26.7", "0.31", "correct", "wrong"),
])
def test_approx_in_words_and_other_signs_are_approximations(l1, l2, line4, line6):
    # K = [[8, 12], [12, 19]]: λ = (27 ± √697)/2 = 26.7004, 0.2996
    verdicts, _ = worst_verdicts(APPROX.replace("L1", l1).replace("L2", l2))
    assert verdicts[4] == line4 and verdicts[6] == line6


WHOLE_LAYERS = """f(x) = W2 (W1 x + b1) + b2, no activation, W1 = [1, 2]^T, b1 = [0, 1]^T, W2 = [3, -1], b2 = 2, \
x1 = 1, x2 = 2

f(x) = W2_1 (W1_1 x + b1_1) + W2_2 (W1_2 x + b1_2) + b2

f(2) = F2
"""


@pytest.mark.parametrize("f2, line5", [("3", "correct"), ("4", "wrong")])
def test_one_name_per_layer_with_vector_values_names_the_layers_matrices(f2, line5):
    # W1, b1, W2 are vectors, so W1 … b2 are the layers: f(2) = 3·2 − (2·2 + 1) + 2 = 3
    verdicts, report = worst_verdicts(WHOLE_LAYERS.replace("F2", f2))
    assert verdicts[3] == "correct" and verdicts[5] == line5
    assert 1 not in verdicts or verdicts[1] == "correct"   # the exercise's own formula is no mistake


def test_claims_before_a_conditional_one_on_a_prose_line_are_read():
    # ∂f/∂W1_1 = W2_1 x and ∂f/∂b1_2 = W2_2 (true); the third holds only under its condition (context)
    text = ROW_AND_COLUMN.replace("∂f/∂W1_2 = W2_2 x",
                                  "derivatives: ∂f/∂W1_1 = W2_1 x, ∂f/∂b1_2 = W2_1, ∂f/∂W2_j = z_j if j = 1 else 0")
    verdicts, report = worst_verdicts(text)
    assert verdicts[6] == "wrong"          # ∂f/∂b^{[1]}_2 = W^{[2]}_2, not W^{[2]}_1
    assert [j.verdict for j in report.judgements if j.line == 6][:1] == ["correct"]
