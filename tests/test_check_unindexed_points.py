"""Datapoints written without an index (points x = 2 and x = -1, x ∈ {…}, inputs …, x = c: labels)."""

from fractions import Fraction

import pytest

from symntk.check import check_text
from symntk.check.unindexed_points import labelled_points, stated_points, value_labels
from symntk.errors import InputError

# f = 2(3x + 1) + 0: ∇f = (2x, 2, 3x + 1, 1); at x = 2: (4, 2, 7, 1); at x = -1: (-2, 2, -2, 1)
# K11 = 16 + 4 + 49 + 1 = 70, K12 = -8 + 4 - 14 + 1 = -17, K22 = 4 + 4 + 4 + 1 = 13
HEAD = "W1 = 3, b1 = 1, W2 = 2, b2 = 0\n\n$f(x) = W_2(W_1x+b_1)+b_2$\n\n"


@pytest.mark.parametrize("statement", [
    "points $x = 2$ and $x = -1$", "at x = 2 and x = −1", "data: x = 2, -1", "for $x \\in \\{2, -1\\}$",
    "inputs 2 and -1", "Datenpunkte x = 2 und x = −1", "punktene x = 2 og x = -1", "gagnapunktar x = 2 og x = -1"])
def test_a_statement_gives_the_datapoints_in_order(statement):
    assert stated_points(statement) == [Fraction(2), Fraction(-1)]


def test_a_statement_of_other_data_gives_none():
    assert stated_points("data: W1 = (1,1)ᵀ, b1 = 2") == []
    assert stated_points("at x = 0: z = 0") == []


def test_vectors_for_two_inputs():
    assert stated_points("points (1, 0) and (0, 1)") == [(1, 0), (0, 1)]
    assert labelled_points("x = (0, 2): h = 1\n\nx = (1, 1): h = 3") == [(0, 2), (1, 1)]


def test_labels_give_the_points_in_order_of_appearance_and_name_them():
    text = "x = 5: a\n\nat x = -2: b\n\nx = 5: c"
    assert labelled_points(text) == [5, -2]
    assert value_labels(text, [(5,), (-2,)]) == {1: 1, 3: 2, 5: 1}


def test_notes_with_a_statement_are_checked(tmp_path):
    notes = HEAD + "points x = 2 and x = -1\n\n$K_{11} = 70$\n\n$K_{12} = -17$\n\n$K_{22} = 14$\n"
    report = check_text(notes, "n.md")
    assert [tuple(p) for p in report.problem.points] == [(2,), (-1,)]
    got = {j.line: j.verdict for j in report.judgements if j.line > 5}
    assert got == {7: "correct", 9: "correct", 11: "wrong"}


def test_labels_alone_give_the_points_and_the_point_of_a_gradient(tmp_path):
    notes = HEAD + ("x = -1: $\\nabla f = (-2, 2, -2, 1)$\n\nx = 2: $\\nabla f = (4, 2, 7, 2)$\n\n$K_{12} = -17$\n\n"
                    "x = -1: $\\nabla f = (-2, 2, -2, 1)$\n")
    report = check_text(notes, "n.md")
    assert [tuple(p) for p in report.problem.points] == [(-1,), (2,)]
    got = {j.line: j.verdict for j in report.judgements if j.line > 5 and j.label != "x"}
    assert got[7] == "wrong" and got[9] == "correct" and got[11] == "correct"


def test_notes_without_any_datapoint_still_stop():
    with pytest.raises(InputError, match="datapoints"):
        check_text(HEAD + "$K_{11} = 70$\n", "n.md")


def test_an_index_in_plain_parentheses():
    assert stated_points("W1 = 1; x(1) = (2, 0), x(2) = (0, -3)") == [(2, 0), (0, -3)]
    assert stated_points("x(2) = 4") == []   # no x(1)
