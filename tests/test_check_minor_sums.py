"""The sum of the principal 2 × 2 minors of a 3 × 3 K, and one such minor, worked out from the learner's own K:
judged as what they are (true, carried from their K, or wrong), not only as arithmetic (invented notes).

Network (worked out by hand): f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]} with W^{[1]} = 1, b^{[1]} = 2,
W^{[2]} = 2, b^{[2]} = 0 at x = 0, 1, 2; ∇f = (2x, 2, x + 2, 1) gives K = [[9, 11, 13], [11, 18, 25], [13, 25, 37]]
with principal minors 9·18 − 11² = 41, 9·37 − 13² = 164, 18·37 − 25² = 41, sum c₂ = 246. A learner who writes
K₂₃ = 24 gets the third minor 666 − 576 = 90 and the sum 41 + 164 + 90 = 295 (carried); one who works 18·37 out
as 656 gets 31 and the sum 236 (carried from that slip).
"""

from check_helpers import problem, verdicts

LINEAR = problem([1, 1, 1], "identity", [0, 1, 2], W1=[[1]], b1=[2], W2=[[2]], b2=0)
RIGHT_K = r"$$K = \begin{pmatrix} 9 & 11 & 13 \\ 11 & 18 & 25 \\ 13 & 25 & 37 \end{pmatrix}$$"
WRONG_K = RIGHT_K.replace("25 \\\\ 13 & 25", "24 \\\\ 13 & 24")


def _notes(kernel: str, *lines: str) -> str:
    return "\n\n".join([kernel, *lines])


def test_the_sum_from_their_own_k_is_carried(tmp_path):
    sums = r"$M = (162 - 121) + (333 - 169) + (666 - 576) = 41 + 164 + 90 = 295$"
    out, first = verdicts(tmp_path, LINEAR, _notes(WRONG_K, sums))
    assert out[1] == ["wrong"] and first == 1
    assert out[3] == ["carried", "carried"]


def test_the_true_sum_is_right(tmp_path):
    sums = r"$M = (162 - 121) + (333 - 169) + (666 - 625) = 41 + 164 + 41 = 246$"
    out, first = verdicts(tmp_path, LINEAR, _notes(RIGHT_K, sums))
    assert out[3] == ["correct", "correct"] and first == 0


def test_a_slip_in_adding_the_true_minors_is_wrong(tmp_path):
    out, first = verdicts(tmp_path, LINEAR, _notes(RIGHT_K, r"$c_2 = 41 + 164 + 41 = 256$"))
    assert out[3] == ["wrong"] and first == 3


def test_one_minor_from_their_own_k(tmp_path):
    out, first = verdicts(tmp_path, LINEAR, _notes(WRONG_K, r"$18\cdot 37 - 24^2 = 90$"))
    assert out[3] == ["carried"] and first == 1
    out, first = verdicts(tmp_path, LINEAR, _notes(WRONG_K, r"$18\cdot 37 - 24^2 = 80$"))
    assert out[3] == ["wrong"]


def test_one_true_minor_from_the_true_k_is_right(tmp_path):
    out, first = verdicts(tmp_path, LINEAR, _notes(RIGHT_K, r"$18\cdot 37 - 25^2 = 41$"))
    assert out[3] == ["correct"] and first == 0


def test_the_sum_after_their_own_slipped_minor_is_carried(tmp_path):
    notes = _notes(RIGHT_K, r"Minors: $9\cdot 18 - 121 = 41$, $9\cdot 37 - 169 = 164$, "
                            r"$18\cdot 37 - 625 = 656 - 625 = 31$", r"$c_2 = 41 + 164 + 31 = 236$")
    out, first = verdicts(tmp_path, LINEAR, notes)
    assert out[3] == ["correct", "correct", "wrong", "carried"] and first == 3
    assert out[5] == ["carried"]
