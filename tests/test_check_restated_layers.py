"""Mathematica notes that give the sheet's layers whole (``W1 = {{2, 0}, {1, 1}}`` in a comment): a layer written
out again in the working (``I wrote W1 out as {…}``) is the learner's claim about it, judged entry by entry and
carried into what follows; ``W1 x + b1`` after a hyphenated word (``pre-activations``) is the layer's map.

Invented exercise, worked by hand: W^{[1]} = [[2, 0], [1, 1]], b^{[1]} = (1, 0), W^{[2]} = (1, 1), b^{[2]} = 0,
x_1 = (1, 1): W^{[1]} x_1 = (2, 2), h(x_1) = (3, 2). With the transposed [[2, 1], [0, 1]] the learner gets
(3, 1) + (1, 0) = (4, 1): wrong, but it follows from their W^{[1]}.
"""

from check_helpers import notes_verdicts

DATA = ("(* data: W1 = {{2, 0}, {1, 1}}, b1 = {1, 0}, W2 = {{1, 1}}, b2 = 0; xA = {1, 1}, xB = {0, 1} *)\n\n"
        "theta = {w11, w12, w21, w22, b1, b2, v1, v2, c};  Length[theta] == 9\n\n")


def test_transposed_layer_written_out_is_wrong_and_carried():
    """``I wrote W1 out as {{2, 1}, {0, 1}}``: wrong (line 5); h(x_1) = (3, 1) + (1, 0) = (4, 1) from it is
    carried (line 6); the first mistake is the layer."""
    lines, first = notes_verdicts(DATA + "hidden layer h = W1.x + b1, I wrote W1 out as {{2, 1}, {0, 1}}:\n"
                                         "h[xA] == {3, 1} + {1, 0} == {4, 1}\n")
    assert lines[5] == ["wrong"]
    assert lines[6] == ["carried", "carried"]
    assert first == 5


def test_layer_written_out_right_is_correct():
    """The layer as given, ``{{2, 0}, {1, 1}}``: correct, and h(x_1) = (2, 2) + (1, 0) = (3, 2) correct."""
    lines, first = notes_verdicts(DATA + "hidden layer h = W1.x + b1, I wrote W1 out as {{2, 0}, {1, 1}}:\n"
                                         "h[xA] == {2, 2} + {1, 0} == {3, 2}\n")
    assert lines[5] == ["correct"]
    assert lines[6] == ["correct", "correct"]
    assert first == 0


def test_layer_map_after_a_hyphenated_word():
    """``pre-activations z = W1 x + b1:`` with W1 = (1, −1)ᵀ given whole: the layer's map z = W^{[1]}x + b^{[1]},
    correct (line 5)."""
    notes = ("(* Exercise: W1 = {{1},{-1}}, b1 = {0, 2}, W2 = {{1, 2}}, b2 = 0; x1 = 1, x2 = 3 *)\n\n"
             "f[x_] := w21 relu[w11 x + b11] + w22 relu[w12 x + b12] + b2\n\n"
             "pre-activations z = W1 x + b1:\nz[1] == {1, 1}\n")
    lines, _ = notes_verdicts(notes)
    assert lines[5] == ["correct"]
