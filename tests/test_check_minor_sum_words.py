"""A sum of principal 2 × 2 minors worked out after its name in words, read as its arithmetic chain; invented notes.

Network (worked out by hand): f(x) = W2 (W1 x + b1) + b2 with W1 = 1, b1 = 2, W2 = 2, b2 = 0 at x = 0, 1, 2;
∇f = (2x, 2, x + 2, 1) gives K = [[9, 11, 13], [11, 18, 25], [13, 25, 37]], principal minors 9·18 − 121 = 41,
9·37 − 169 = 164, 18·37 − 625 = 41, their sum 246. A slip 333 − 169 = 154 makes the sum 236.
"""

from check_helpers import problem, verdicts

from symntk.check.minor_sum_words import named_minor_sum, prose_minor_sum

LINEAR = problem([1, 1, 1], "identity", [0, 1, 2], W1=[[1]], b1=[2], W2=[[2]], b2=0)
KERNEL = r"$$K = \begin{pmatrix} 9 & 11 & 13 \\ 11 & 18 & 25 \\ 13 & 25 & 37 \end{pmatrix}$$"


def test_inline_chain_after_the_words_is_read(tmp_path):
    line = r"$c$ = sum of the 2×2 principal minors $= (162-121) + (333-169) + (666-625) = 41+164+41 = 246$"
    out, first = verdicts(tmp_path, LINEAR, "\n\n".join([KERNEL, line]))
    assert out[3] == ["correct", "correct"] and first == 0


def test_spanish_words_with_math_between(tmp_path):
    line = r"- $c_2$ = suma de menores principales $2\times2$ $= 41 + 164 + 41 = 246$"
    out, _ = verdicts(tmp_path, LINEAR, "\n\n".join([KERNEL, line]))
    assert out[3] == ["correct"]


def test_prose_slip_is_wrong_then_carried(tmp_path):
    line = "c = sum of 2×2 principal minors = (9⋅18 − 121) + (9⋅37 − 169) + (18⋅37 − 625) = 41 + 154 + 41 = 236"
    out, first = verdicts(tmp_path, LINEAR, "\n\n".join([KERNEL, line]))
    assert out[3] == ["wrong", "carried"] and first == 3


def test_chain_on_the_line_after_the_words(tmp_path):
    notes = KERNEL + "\n\n" + r"Trace $=64$, sum of principal $2\times2$ minors" + "\n" + \
        r"$=(162-121)+(333-169)+(666-625)=41+164+41=246$, so"
    out, _ = verdicts(tmp_path, LINEAR, notes)
    assert out[4] == ["correct", "correct"]


def test_what_is_not_a_worked_sum_of_minors():
    assert named_minor_sum("the trace ", "= 9 + 18 + 37 = 64") is None            # no minors named
    assert named_minor_sum("sum of minors, and the trace ", "= 9 + 18 + 37 = 64") is None   # another clause
    assert named_minor_sum("sum of minors ", r"= \lambda^2 - 3 = 5") is None      # not arithmetic
    assert named_minor_sum("sum of minors ", "= 246") is None                      # a value, no chain
    assert named_minor_sum("", "= 41 + 164 + 41 = 246", "the kernel below") is None   # the line above names none
    assert named_minor_sum("Summe der Hauptminoren ", "= 41 + 164 + 41 = 246") == "41 + 164 + 41 = 246"
    assert prose_minor_sum("sum of principal minors = 246") is None
    assert prose_minor_sum("minors = 41 + 164 + 41 = 246, so c = 246")[0] == "41 + 164 + 41 = 246"
