"""Statements in Korean, Vietnamese, Hindi (Devanagari and romanised) and Hungarian words: K's definiteness and
eigenvalue signs, counts of parameters, eigenvalues, trace and determinant in sentences, parameters dropped on
purpose; and two notations beside them (a row of J as a slice, J_{1:}; θ's listing with its count in brackets) and a
gradient cut off after some entries.

Expected verdicts worked out by hand, on invented notes of the lecture's network (exercise A):
f(x) = W2 (W1 x + b1) + b2 with W1 = [1, 1]^T, b1 = [0, 1]^T, W2 = [1, 0], b2 = 0 at x = 1, 2. Its gradient is
(W2_1 x, W2_2 x, W2_1, W2_2, W1_1 x + b1_1, W1_2 x + b1_2, 1) = (x, 0, 1, 0, x, x + 1, 1): (1, 0, 1, 0, 1, 2, 1)
at x = 1 and (2, 0, 1, 0, 2, 3, 1) at x = 2; 7 parameters; K_11 = 1 + 1 + 1 + 4 + 1 = 8,
K_12 = 2 + 1 + 2 + 6 + 1 = 12, K_22 = 4 + 1 + 4 + 9 + 1 = 19; trace 27, det 8·19 − 144 = 8 > 0, so both
eigenvalues (27 ± √697)/2 ≈ 26.70, 0.30 are positive: K is positive definite (and semi-definite), not singular.
∂f/∂b2 = 1 ≠ 0, so dropping b2 is wrong.
"""

import pytest

from symntk.check import check_text
from symntk.check.count_labels import labelled_counts
from symntk.check.dropped_words import dropped_names
from symntk.check.facts import facts_of_line
from symntk.check.minor_sum_words import MINOR

NOTES = r"""Network $f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]}$ with
$W^{[1]} = [1, 1]^T$, $b^{[1]} = [0, 1]^T$, $W^{[2]} = [1, 0]$, $b^{[2]} = 0$, and $x_1 = 1$, $x_2 = 2$.

$$K = \begin{bmatrix} 8 & 12 \\ 12 & 19 \end{bmatrix}$$

{sentence}
"""


def _verdicts(sentence: str) -> list[str]:
    report = check_text(NOTES.replace("{sentence}", sentence))
    line = NOTES.split("\n").index("{sentence}") + 1
    return [j.verdict for j in report.judgements if j.line == line]


@pytest.mark.parametrize("line, facts", [
    ("두 고유값이 모두 양수이므로 K는 양의 정부호이다.", ["pd", "eig_pos"]),
    ("K는 양의 준정부호.", ["psd"]),
    ("K는 양의 정부호가 아니다.", ["not:pd"]),
    ("고유값 중 하나는 0 이다.", ["eig_zero"]),
    ("음의 고유값이 나왔다", ["eig_neg"]),
    ("a_1, a_2 둘 다 양수라서 relu' = 1", []),            # two pre-activations, no eigenvalue named
    ("Hai giá trị riêng đều dương nên K xác định dương.", ["pd", "eig_pos"]),
    ("K nửa xác định dương.", ["psd"]),
    ("K không xác định dương.", ["not:pd"]),
    ("Ma trận suy biến.", ["eig_zero"]),
    ("Có một giá trị riêng âm", ["eig_neg"]),
    ("K gần như suy biến", []),                              # hedged: a remark
    ("dono eigenvalues positive hain, to K PD hai", ["pd", "eig_pos"]),
    ("K PD nahi hai", ["not:pd"]),
    ("ek eigenvalue 0 hoga", ["eig_zero"]),
    ("yahan ek eigenvalue negative nikla", ["eig_neg"]),
    ("दोनों आइगेनवैल्यू धनात्मक हैं, इसलिए K धनात्मक निश्चित है", ["pd", "eig_pos"]),
    ("Mindkét sajátérték pozitív, így K pozitív definit.", ["pd", "eig_pos"]),
    ("K pozitív szemidefinit.", ["psd"]),
    ("K nem pozitív definit.", ["not:pd"]),
    ("A mátrix szinguláris.", ["eig_zero"]),
    ("Negatív sajátértéket kaptam.", ["eig_neg"]),
    ("So K has one (tiny) negative eigenvalue.", ["eig_neg"]),
    ("K has no negative eigenvalue.", []),
])
def test_what_a_line_states(line, facts):
    assert facts_of_line(line) == facts


@pytest.mark.parametrize("sentence, expected", [
    ("두 고유값이 모두 양수이므로 $K$ 는 양의 정부호이다.", ["correct", "correct"]),
    ("$K$ 는 특이 행렬이다.", ["wrong"]),
    ("Cả hai giá trị riêng đều dương nên $K$ xác định dương.", ["correct", "correct"]),
    ("$K$ không xác định dương.", ["wrong"]),
    ("dono eigenvalues positive hain, so $K$ is PD.", ["correct", "correct"]),
    ("$K$ nem pozitív definit.", ["wrong"]),
    ("Các giá trị riêng của $K$ là $26,70$ và $0,30$.", ["correct", "correct"]),
    ("A sajátértékek: $26,70$ és $0,30$.", ["correct", "correct"]),
    ("Eigenvalues: $26.70$ aur $0.30$.", ["correct", "correct"]),
    ("고유값은 $26.70$, $0.30$.", ["correct", "correct"]),
    ("Vết của $K$ là 27 và định thức là 9.", ["correct", "wrong"]),
    ("행렬식은 8 이고 대각합은 28.", ["correct", "wrong"]),
])
def test_statements_in_sentences_are_judged(sentence, expected):
    assert sorted(_verdicts(sentence)) == sorted(expected)


@pytest.mark.parametrize("sentence, count", [
    ("Mạng có tất cả $7$ tham số.", "7"),
    ("Vectơ tham số (8 tham số):", "8"),
    ("Tehát összesen 7 paraméter.", "7"),
    ("कुल 6 पैरामीटर", "6"),
    ("파라미터는 모두 7개.", "7"),
    ("파라미터 개수: 8", "8"),
])
def test_counts_in_words(sentence, count):
    report = check_text(NOTES.replace("{sentence}", sentence))
    counts = [j for j in report.judgements if j.kind == "parameter_count"]
    assert [j.verdict for j in counts] == ["correct" if count == "7" else "wrong"]


def test_a_subset_of_parameters_is_no_count():
    report = check_text(NOTES.replace("{sentence}", "Đạo hàm theo 4 tham số còn lại bằng 0."))
    assert [j for j in report.judgements if j.kind == "parameter_count"] == []


@pytest.mark.parametrize("line, names", [
    ("Tham số $c$ chỉ dịch đầu ra nên không ảnh hưởng gì, ta bỏ qua nó.", [["c"]]),
    ("Ta không bỏ qua $c$.", []),                                   # negated
    ("Nếu bỏ qua $c$ thì kernel sai.", []),                           # a condition
    ("$d$ sirf output ko shift karta hai, isliye use chhod dete hain.", [["d"]]),
    ("$d$ का कोई योगदान नहीं, इसलिए छोड़ देते हैं", [["d"]]),
    ("A $d$ eltolást kihagyom, mert csak eltolja a kimenetet.", [["d"]]),
    ("A $d$ paramétert nem hagyom ki.", []),                          # negated
])
def test_dropping_sentences(line, names):
    assert dropped_names(line) == names


def test_a_dropped_output_bias_in_vietnamese_is_wrong():
    assert _verdicts("Tham số $b^{[2]}$ chỉ làm dịch $f$ nên ta lược bỏ nó.") == ["wrong"]


@pytest.mark.parametrize("line, found", [
    (r"$\theta$: $W_{11}, W_{21}, b_1, b_2, v_1, v_2, c$ (7)", ["7"]),
    (r"$\theta = (w, b, v, c)$ (4)", ["4"]),
    (r"$\theta = (w_1, w_2, w_3, w_4, w_5, w_6, w_7)$ (1)", []),   # an equation's label, not a count
])
def test_a_count_in_brackets_after_the_listing_of_theta(line, found):
    assert [count for count, _, _ in labelled_counts(line)] == found


def test_rows_of_j_as_slices_are_the_gradients():
    """K_22 = ‖∇f(x_2)‖² = 4 + 1 + 4 + 9 + 1 = 19 (right); K_12 = ⟨∇f(x_1), ∇f(x_2)⟩ = 12, so 13 is wrong."""
    assert _verdicts(r"$K_{22} = \|J_{2:}\|^2 = 19$, $K_{12} = \langle J_{1,:}, J_{2,:} \rangle = 13$") \
        == ["correct", "wrong"]


@pytest.mark.parametrize("sentence, expected", [
    (r"At $x_2 = 2$: $\nabla_\theta f(x_2) = [2, 0, 1,$", ["correct"] * 3),
    (r"$\nabla_\theta f(x_2) = (2, 0, 2, \dots)$", ["correct", "correct", "wrong"]),   # ∂f/∂b1_1 = 1, not 2
])
def test_the_entries_of_a_gradient_cut_off_are_claims(sentence, expected):
    assert _verdicts(sentence) == expected


def test_a_table_with_vietnamese_headers_at_the_datapoints():
    """∂f/∂b2 = 1 at both datapoints; ∂f/∂W2_2 = x + 1 is 2 at x = 1 and 3 at x = 2 (so 4 is wrong)."""
    table = ("| tham số | đạo hàm | tại $x_1 = 1$ | tại $x_2 = 2$ |\n|---|---|---|---|\n"
             "| $b^{[2]}$ | $1$ | $1$ | $1$ |\n| $W^{[2]}_2$ | $W^{[1]}_2 x + b^{[1]}_2$ | $2$ | $4$ |")
    report = check_text(NOTES.replace("{sentence}", table))
    start = NOTES.split("\n").index("{sentence}") + 1
    assert {j.verdict for j in report.judgements if j.line == start + 2} == {"correct"}
    assert "wrong" in [j.verdict for j in report.judgements if j.line == start + 3]


@pytest.mark.parametrize("words", ["2×2 주소행렬식 합", "tổng các định thức con chính", "a főminorok összege",
                                   "2×2 माइनर का योग"])
def test_principal_minors_named_in_the_new_languages(words):
    assert MINOR.search(words)


@pytest.mark.parametrize("sentence, expected", [
    ("행렬식은 $= 8$, 대각합은 $= 28$", ["correct", "wrong"]),
    ("A nyom $= 27$, a determináns $= 9$.", ["correct", "wrong"]),
    ("Vết $= 27$.", ["correct"]),
])
def test_trace_and_determinant_words_before_inline_math(sentence, expected):
    assert _verdicts(sentence) == expected


def test_a_korean_dropping_said_as_no_contribution():
    assert dropped_names("$d$ 는 상수라서 커널에 기여가 없다.") == [["d"]]
