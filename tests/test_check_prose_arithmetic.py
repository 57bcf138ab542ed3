"""A chain of numbers after a left side written in words is read as arithmetic, like the same chain alone; with
symbols it is not judged as arithmetic (invented notes).

Network (worked out by hand): f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]} with W^{[1]} = 1, b^{[1]} = 2,
W^{[2]} = 2, b^{[2]} = 0 at x = 0, 1, 2; K = [[9, 11, 13], [11, 18, 25], [13, 25, 37]], principal minors
162 − 121 = 41, 333 − 169 = 164, 666 − 625 = 41, sum 246; with K₂₃ = 24 written instead the third is
666 − 576 = 90 and the sum 295.
"""

from check_helpers import problem, verdicts

LINEAR = problem([1, 1, 1], "identity", [0, 1, 2], W1=[[1]], b1=[2], W2=[[2]], b2=0)
RIGHT_K = r"$$K = \begin{pmatrix} 9 & 11 & 13 \\ 11 & 18 & 25 \\ 13 & 25 & 37 \end{pmatrix}$$"
WRONG_K = RIGHT_K.replace("25 \\\\ 13 & 25", "24 \\\\ 13 & 24")
WORDS = "Sum of the principal minors "


def test_the_true_sum_in_words_is_read_and_right(tmp_path):
    line = WORDS + r"$= (162 - 121) + (333 - 169) + (666 - 625) = 41 + 164 + 41 = 246$"
    out, first = verdicts(tmp_path, LINEAR, "\n\n".join([RIGHT_K, line]))
    assert out[3] == ["correct", "correct"] and first == 0


def test_an_addition_slip_in_words_is_wrong(tmp_path):
    line = WORDS + r"$= 41 + 164 + 41 = 256$"
    out, first = verdicts(tmp_path, LINEAR, "\n\n".join([RIGHT_K, line]))
    assert out[3] == ["wrong"] and first == 3


def test_the_sum_from_their_own_k_in_words_is_carried(tmp_path):
    line = WORDS + r"$= (162 - 121) + (333 - 169) + (666 - 576) = 41 + 164 + 90 = 295$"
    out, first = verdicts(tmp_path, LINEAR, "\n\n".join([WRONG_K, line]))
    assert out[3] == ["carried", "carried"] and first == 1


def test_a_right_side_with_symbols_stays_unjudged(tmp_path):
    line = r"The gradient is affine in x, $= (2x, 2, x + 2, 1)$"
    out, _ = verdicts(tmp_path, LINEAR, "\n\n".join([RIGHT_K, line]))
    assert set(out.get(3, [])) <= {"unreadable"}   # not judged as arithmetic
