"""A matrix drawn in plain text a row a line (``J = [ 1 0 1 ]`` over ``    [ 2 0 1 ]``) read as one claim on its
first line (invented notes).

Expected values worked out by hand: f(x) = W2 (W1 x + b1) + b2 with W1 = 3, b1 = 1, W2 = 2, b2 = 0, datapoints 1
and 2: ∇f(x) = (2x, 2, 3x + 1, 1), so J = [[2, 2, 4, 1], [4, 2, 7, 1]] and K = J Jᵀ = [[25, 41], [41, 70]].
"""

from check_helpers import problem
from check_helpers import verdicts as _verdicts

from symntk.check.drawn_matrices import drawn_matrices

LINEAR = problem([1, 1, 1], "identity", [1, 2], W1=3, b1=1, W2=2, b2=0)


def test_each_drawing_is_one_matrix_on_its_first_line():
    assert drawn_matrices("J = [ 2 2 4 1 ]\n    [ 4 2 7 1 ]") == "J = [[2, 2, 4, 1], [4, 2, 7, 1]]\n"
    assert drawn_matrices("K = ( 25  41 )\n    ( 41 70 )") == "K = [[25, 41], [41, 70]]\n"
    assert drawn_matrices("K = [25 41\n     41 70]\nnext") == "K = [[25, 41], [41, 70]]\n\nnext"
    assert drawn_matrices("K = [25 41\n     41 70\nno close") == "K = [25 41\n     41 70\nno close"
    assert drawn_matrices("K = [ 25 41 ]\n    [ 41 ]") == "K = [ 25 41 ]\n    [ 41 ]"   # rows of unequal length


def test_a_wrong_entry_in_a_lower_row_is_wrong(tmp_path):
    notes = "J = [ 2 2 4 1 ]\n    [ 4 2 7 1 ]\n\nK = ( 25  41 )\n    ( 41 70 )\n"
    verdicts, first = _verdicts(tmp_path, LINEAR, notes)
    assert verdicts[1] == ["correct"] and verdicts[4] == ["correct"] and first == 0
    verdicts, first = _verdicts(tmp_path, LINEAR, notes.replace("( 41 70 )", "( 41 71 )"))
    assert verdicts[4] == ["wrong"] and first == 4
