"""A plain bracketed symmetric matrix with rows apart by semicolons and the mirrored entry left as a placeholder
(``[9+9+9+1, 18+9+15+1; ., 36+9+25+1]``, ``[28 43; * 71]``, ``[28 43; · 71]``): the placeholder is the
mirror entry, so the matrix and its chain are read (symmetric_cells.mirrored_rows).

The invented note (worked by hand): f(x) = W2 (W1 x + b1) + b2 with W1 = 2, b1 = 1, W2 = 3, b2 = 0, x_1 = 1,
x_2 = 2; ∇f = (W2 x, W2, W1 x + b1, 1) = (3, 3, 3, 1) and (6, 3, 5, 1); K_11 = 9+9+9+1 = 28,
K_12 = 18+9+15+1 = 43, K_22 = 36+9+25+1 = 71.
"""

import pytest
from check_helpers import notes_verdicts

from symntk.check.normalise import normalise
from symntk.check.symmetric_cells import mirrored_rows

from reference import exact_jacobian, gram

NOTE = """W1 = 2, b1 = 1, W2 = 3, b2 = 0 ; x_1 = 1, x_2 = 2

f(x) = W2(W1 x + b1) + b2
grad f(1) = (3, 3, 3, 1)
grad f(2) = (6, 3, 5, 1)
{line}
"""


def test_the_hand_values_are_the_independent_backprop():
    J = exact_jacobian([2, 1, 3, 0], [1, 1, 1], ["identity"], [[1], [2]])
    assert gram(J) == [[28, 43], [43, 71]]


@pytest.mark.parametrize("body, filled", [
    ("1+1, 2+3; ., 4", "1+1, 2+3; 2+3, 4"),
    ("28 43; * 71", "28 43; 43 71"),
    ("28, \\cdot; 43, 71", "28, 43; 43, 71"),
    ("1, 2, 3; ., 4, 5; ., ., 6", "1, 2, 3; 2, 4, 5; 3, 5, 6"),
])
def test_placeholders_take_their_mirror(body, filled):
    assert " ".join(mirrored_rows(body).split()) == filled


@pytest.mark.parametrize("body", [
    "1, .; ., 4",          # both mirrors left out: nothing to fill from
    ". , 2; 3, 4",         # a placeholder on the diagonal
    "1, 2, 3; ., 4, 5",    # not square
    "1; 2",                # a column
    "x (W)^T; h(x); 1",    # no placeholder
])
def test_anything_else_is_left_as_written(body):
    assert mirrored_rows(body) == body


@pytest.mark.parametrize("line", [
    "K = [9+9+9+1, 18+9+15+1; ., 36+9+25+1] = [28 43; 43 71]",
    "K = [9+9+9+1, 18+9+15+1; *, 36+9+25+1] = [28 43; 43 71]",
    "K = [9+9+9+1, ·; 18+9+15+1, 36+9+25+1] = [28 43; 43 71]",
    "K = [28 43; . 71]",
])
def test_a_right_matrix_with_a_placeholder_is_read_and_correct(line):
    got, first = notes_verdicts(NOTE.format(line=line))
    assert got.get(6) and set(got[6]) == {"correct"}
    assert first == 0


@pytest.mark.parametrize("line", [
    "K = [9+9+9+1, 18+9+15+1; ., 36+9+25+1] = [28 44; 44 71]",
    "K = [28 44; * 71]",
    "K = [9+9+9+1, 18+9+14+1; ., 36+9+25+1] = [28 42; 42 71]",   # the sums add up: K_12 is 43
])
def test_a_wrong_matrix_with_a_placeholder_is_wrong(line):
    got, first = notes_verdicts(NOTE.format(line=line))
    assert "wrong" in got.get(6, [])
    assert first == 6


def test_the_normaliser_fills_before_reading_rows():
    assert normalise("K = [28 43; . 71]") == normalise("K = [28 43; 43 71]")
