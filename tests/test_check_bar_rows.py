"""A matrix typed in plain text row by row between vertical bars or square brackets, its name on the first row's
line (``K = | 23  36 |`` over ``| 36  62 |``, ``K = [ 23 36 ]`` over ``[ 36 62 ]``): the matrix K (invented notes).

Expected values worked out by hand: f(x) = W2 (W1 x + b1) + b2 with W1 = 2, b1 = 0, W2 = 3, b2 = 1, datapoints
x_1 = 1, x_2 = 2: ∇f(x) = (3x, 3, 2x, 1), ∇f(x_1) = (3, 3, 2, 1), ∇f(x_2) = (6, 3, 4, 1),
K = [[9 + 9 + 4 + 1, 18 + 9 + 8 + 1], [36, 36 + 9 + 16 + 1]] = [[23, 36], [36, 62]].
"""

import pytest
from check_helpers import notes_verdicts

from symntk.check.bar_rows import bar_matrices

HEAD = "Given: W1 = 2, b1 = 0, W2 = 3, b2 = 1, x_1 = 1, x_2 = 2\n\n"


@pytest.mark.parametrize("rows, verdict", [
    ("K = | 23  36 |\n    | 36  62 |", "correct"),
    ("K = |23, 36|\n    |36, 62|", "correct"),
    ("- K = | 23  36 |\n  | 36  61 |", "wrong"),
    ("K = [ 23  36 ]\n    [ 36  62 ]", "correct"),
    ("K = [23, 36]\n    [36, 62]", "correct"),
    ("K = [ 23 36 ]\n    [ 36 63 ]", "wrong")])
def test_a_matrix_between_bars_row_by_row(rows, verdict):
    verdicts, first = notes_verdicts(HEAD + rows + "\n")
    assert verdicts == {3: [verdict]}
    assert first == (3 if verdict == "wrong" else 0)


def test_the_rows_become_one_matrix_on_the_first_line():
    found = bar_matrices(["intro", "K = | 31  −1 |", "    | −1  23 |", "", "J = |1 2 3|", "|4 5 6|", "|7 8|"])
    assert {n: (seg.text, end) for n, (seg, end) in found.items()} == {
        2: ("K = [[31, −1], [−1, 23]]", 3), 5: ("J = [[1, 2, 3], [4, 5, 6]]", 6)}


@pytest.mark.parametrize("lines", [
    ["det K = | 31  −1 |", "| −1  23 |"],       # a determinant's bars: a number, not a matrix
    ["K = | 31  −1 |"],                          # one row alone
    ["| a | b |", "| 1 | 2 |"],                   # a Markdown table
    ["K = | 13 − λ  8 |", "| 8  19 − λ |"],     # entries that are no plain numbers
    ["v = [ 1 2 ]"],                             # one bracketed row alone: a vector
    ["K = [ 1 2 ]", "| 3 4 |"],                  # rows with different delimiters
    ["K = [ 1 2 ]", "[ 3 4 5 ]"]])               # rows of different lengths
def test_what_is_no_bar_matrix(lines):
    assert bar_matrices(lines) == {}


def test_bracket_rows_become_one_matrix():
    found = bar_matrices(["J = [ 3 3 2 1 ]", "    [ 6 3 4 1 ]", "og K = J Jᵀ"])
    assert {n: (seg.text, end) for n, (seg, end) in found.items()} == {1: ("J = [[3, 3, 2, 1], [6, 3, 4, 1]]", 2)}


@pytest.mark.parametrize("k22, verdict", [("62,00", "correct"), ("61,75", "wrong")])
def test_rows_with_decimal_commas_and_an_approximate_sign(k22, verdict):
    """Notes that write decimal commas (0,5 + 0,25 = 0,75 on line 3): K ≈ [ 23,00  36,00 ] over [ 36,00  62,00 ]
    is K = [[23, 36], [36, 62]] (by hand, module doc), so 61,75 for K_22 is wrong."""
    notes = HEAD + "0,5 + 0,25 = 0,75 and 1,5 + 1,25 = 2,75\n\n" \
        f"K ≈ [ 23,00  36,00 ]\n    [ 36,00  {k22} ]\n"
    verdicts, first = notes_verdicts(notes)
    assert verdicts[5] == [verdict]
    assert first == (5 if verdict == "wrong" else 0)


def test_marked_decimal_commas_are_one_entry_each():
    found = bar_matrices(["K ≈ [ 1{,}5  2 ]", "    [ 2  3{,}25 ]"])
    assert {n: seg.text for n, (seg, _) in found.items()} == {1: "K ≈ [[1{,}5, 2], [2, 3{,}25]]"}
