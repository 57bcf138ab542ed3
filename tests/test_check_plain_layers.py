"""Networks written with plain layer names: W1 = W2 = W3 = 2 beside a W^{[l]} formula, W1_2 for W^{[1]}_2,
one index into a row or column vector (W^{[2]}_i), and rows of numbers separated by spaces ([1 2]^T).

Every expected verdict here was worked out by hand for the small networks below.
"""

import pytest

from symntk.check import check_text
from symntk.check.normalise import normalise
from symntk.check.scope import vector_entry
from symntk.errors import InputError


def _verdicts(text):
    report = check_text(text)
    return {j.line: j.verdict for j in report.judgements}, report


THREE_LAYERS = """# three scalar layers

f(x) = W^{[3]}(W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}) + b^{[3]}, W1 = W2 = W3 = 2, b1 = b2 = b3 = 1, x_1 = 1, x_2 = 0

$\\partial f/\\partial W^{[1]} = W^{[3]} W^{[2]} x$

$f(x_1) = 15$

$\\frac{\\partial f(x_1)}{\\partial W^{[2]}} = 6$

$\\frac{\\partial f(x_1)}{\\partial W^{[3]}} = 3$
"""


def test_scalar_layers_given_as_one_chain_of_values_make_the_network():
    # z1 = 2·1 + 1 = 3, z2 = 2·3 + 1 = 7, f = 2·7 + 1 = 15; ∂f/∂W2 = W3 z1 = 6; ∂f/∂W3 = z2 = 7 (not 3)
    verdicts, report = _verdicts(THREE_LAYERS)
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
    verdicts, _ = _verdicts(ROW_AND_COLUMN)
    assert verdicts[4] == "correct"      # the written-out formula, entry by entry
    assert verdicts[6] == "correct"      # W1_2 and W2_2 in plain text
    assert verdicts[8] == "wrong"
    assert verdicts[10] == "correct"     # the values [1 2]^T, [3 -1] read as rows without commas


def test_a_wrong_entry_in_the_written_out_formula_is_wrong():
    text = ROW_AND_COLUMN.replace("W^{[2]}_2 (W^{[1]}_2 x", "W^{[2]}_1 (W^{[1]}_2 x")
    verdicts, _ = _verdicts(text)
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
])
def test_plain_layer_names_and_rows_without_commas(written, read):
    assert normalise(written) == read
