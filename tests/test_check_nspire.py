"""A TI-Nspire CAS screen typed into plain-text notes (``d/dw11(f(x)) ▸ w21*x``, ``eigVl(k) ▸ {…}``,
``[[a,b][c,d]]``) and names that glue a layer's digit to the entry's index (``w11, w12`` for W1's entries).

Invented exercise, worked out by hand and checked with NumPy: W1 = [2, 1]^T, b1 = [1, -1]^T, W2 = [1, 2], b2 = 1,
no activation, x1 = 1, x2 = 2. With θ = (w11, w12, b11, b12, w21, w22, c): ∇f(x) = (w21 x, w22 x, w21, w22,
w11 x + b11, w12 x + b12, 1) = (x, 2x, 1, 2, 2x + 1, x − 1, 1), so ∇f(x1) = (1, 2, 1, 2, 3, 0, 1) and
∇f(x2) = (2, 4, 1, 2, 5, 1, 1); K = [[20, 31], [31, 52]], tr K = 72, det K = 79, det(K − λI) = λ² − 72λ + 79,
λ = 36 ± √1217 ≈ 70.8855, 1.11447; f(x) = 4x.
"""

from check_helpers import notes_verdicts

from symntk.check.nspire_rules import notation
from symntk.check.nspire_session import is_nspire, nspire_notes

SCREEN = """W1 = [2,1]^T, b1 = [1,-1]^T, W2 = [1,2], b2 = 1
x1 = 1, x2 = 2

define f(x)=w21*(w11*x+b11)+w22*(w12*x+b12)+c
(c = b2)
f(x) ▸ 4*x

d/dw11(f(x)) ▸ w21*x
derivative(f(x),w12) ▸ w22*x
d/db11(f(x)) ▸ w21
d/db12(f(x)) ▸ w22
d/dw21(f(x)) ▸ w11*x+b11
d/dw22(f(x)) ▸ w12*x+b12
d/dc(f(x)) ▸ 1

at x1=1: {1, 2, 1, 2, 3, 0, 1}
x=2 : (2, 4, 1, 2, 5, 1, 1)

dotP(g1,g2) ▸ 31
j:=[[1,2,1,2,3,0,1][2,4,1,2,5,1,1]]
k:=j*j^T
[[20,31][31,52]]
det(k-λ*identity(2))
▸ λ^2-72*λ+79
eigVl(k) ▸ {70.8855,1.11447}
"""


def test_the_screen_is_told_from_other_notes():
    assert is_nspire(SCREEN)
    assert not is_nspire("K = [[20, 31], [31, 52]]\nλ = 36 ± √1217\n")


def test_the_calculator_notation_is_plain_text():
    assert notation("d/dw11(f(x))") == "df/dw11"
    assert notation("d/dw1 f1 = w21*x") == "df1/dw1 = w21*x"
    assert notation("derivative(f(p,q),a11)") == "df/da11"
    assert notation("[[8,12][12,19]]") == "[[8,12],[12,19]]"
    assert notation("det(k1-λ*identity(2))") == "det(K^(1) - λI)"
    assert notation("w2*max(w1*x+b1,0)") == "w2*relu(w1*x+b1)"
    assert notation("w2*x/(cosh(w1*x+b1))^2") == "w2*x*sech(w1*x+b1)^2"


def test_a_result_below_its_statement_is_claimed_on_the_result_line():
    lines = nspire_notes(SCREEN).split("\n")
    assert lines[20] == "" and lines[21] == "K = [[20,31],[31,52]]"
    assert lines[22] == "" and lines[23] == "det(K - λI) = λ^2-72*λ+79"
    assert lines[15] == "∇f(x1) = (1, 2, 1, 2, 3, 0, 1)"
    assert lines[16] == "∇f(x2) = (2, 4, 1, 2, 5, 1, 1)"


def test_every_line_of_a_correct_screen_is_read_and_correct():
    verdicts, first = notes_verdicts(SCREEN)
    for line in (4, 6, 8, 9, 10, 11, 12, 13, 14, 16, 17, 19, 20, 22, 24, 25):
        assert verdicts.get(line) and set(verdicts[line]) == {"correct"}, line
    assert first == 0


def test_a_slip_on_the_screen_is_wrong_and_what_follows_is_carried():
    verdicts, first = notes_verdicts(SCREEN.replace("[[20,31][31,52]]", "[[20,31][31,53]]")
                                     .replace("λ^2-72*λ+79", "λ^2-73*λ+99"))
    assert verdicts[22] == ["wrong"]
    assert verdicts[24] == ["carried"]
    assert first == 22


def test_a_datapoint_put_in_with_the_bar_is_a_claim_at_that_point():
    notes = SCREEN.replace("dotP(g1,g2) ▸ 31", "d/dw21(f(x))|x=2 ▸ 5")
    verdicts, _ = notes_verdicts(notes)
    assert verdicts[19] == ["correct"]
    verdicts, _ = notes_verdicts(notes.replace("|x=2 ▸ 5", "|x=2 ▸ 3"))
    assert verdicts[19] == ["wrong"]


def test_approx_after_solve_says_the_eigenvalues_again():
    notes = SCREEN.replace("eigVl(k) ▸ {70.8855,1.11447}",
                           "solve(λ^2-72*λ+79=0,λ) ▸ λ=36-√1217 or λ=36+√1217\napprox ▸ {1.11447,70.8855}")
    verdicts, first = notes_verdicts(notes)
    assert verdicts[25] == ["correct", "correct"] and verdicts[26] == ["correct", "correct"]
    assert first == 0
