"""Notes typed in Word's equation editor and pasted as Unicode: styled math letters (𝑓 𝑥 𝑊 𝜃 𝝀), Word's linear
format (UnicodeMath: ■ matrices, √(…), scripts with a bracketed argument, 〖〗, ┬ ┴, invisible operators) and
function names before a bare argument (tanh 𝑧).

The notes here are invented for these tests. Their expected verdicts are worked out by hand:

* linear net W^[1] = (1, 2)ᵀ, b^[1] = (0, 1)ᵀ, W^[2] = (2, −1), b^[2] = 0 at x₁ = 1, x₂ = −1: h = (x, 2x + 1),
  gradient (2x, −x, 2, −1, x, 2x + 1, 1), rows (2, −1, 2, −1, 1, 3, 1) and (−2, 1, 2, −1, −1, −1, 1),
  K = [[21, −3], [−3, 13]], tr 34, det 273 − 9 = 264, λ² − 34λ + 264 = 0, λ = (34 ± 10)/2 = 22, 12;
* with K₁₂ summed to −1 (the terms are right, the sum is not): K = [[21, −1], [−1, 13]] is carried, det 272,
  λ = (34 ± √68)/2 = 17 ± √17 ≈ 21.1231, 12.8769: all carried;
* scalar tanh net W^[1] = 1, b^[1] = 0, W^[2] = 3, b^[2] = 0: ∂f/∂b^[1] = W^[2](1 − tanh² z), ∂f/∂W^[2] = tanh z;
  ∂f/∂W^[1] = W^[2](1 − tanh z) x forgets the square: wrong.
"""

import math

import pytest
from check_helpers import worst_verdicts

from symntk.check.normalise import normalise
from symntk.check.source import segments
from symntk.check.unicode_math import NOTATION, linear_format, plain_letters

from reference import exact_jacobian, gram


@pytest.mark.parametrize("written, plain", [
    ("𝑓(𝑥) = 𝑊𝑥 + 𝑏", "f(x) = Wx + b"),
    ("𝜃 𝜆 𝜎 𝝀 𝚯 𝜕", "θ λ σ λ Θ ∂"),
    ("𝐊 𝑲 𝖪 𝙺 𝒦", "K K K K K"),
    ("ℎ₁ = 𝟐", "h₁ = 2"),
    ("½ λ² Wᵀ ∂f", "½ λ² Wᵀ ∂f"),   # only the styled letters change
])
def test_styled_letters_are_plain_letters(written, plain):
    assert plain_letters(written) == plain


@pytest.mark.parametrize("written, read", [
    ("(■(3@4))", r"\begin{pmatrix} 3 \\ 4 \end{pmatrix}"),
    ("[■(5&6@7&8)]", r"\begin{bmatrix} 5 & 6 \\ 7 & 8 \end{bmatrix}"),
    ("|■(5&6@7&8)|", r"\begin{vmatrix} 5 & 6 \\ 7 & 8 \end{vmatrix}"),
    ("■(1&2)", r"\begin{matrix} 1 & 2 \end{matrix}"),
    ("⒨(1@2)", r"\begin{pmatrix} 1 \\ 2 \end{pmatrix}"),
    ("(■(2𝑥 − 1@(𝑥 + 1)&3))", r"\begin{pmatrix} 2x − 1 \\ (x + 1) & 3 \end{pmatrix}"),
    ("[■((■(1@2))&√(3))]", r"\begin{bmatrix} \begin{pmatrix} 1 \\ 2 \end{pmatrix} & \sqrt{3} \end{bmatrix}"),
    ("√(81 − 4⋅5)", r"\sqrt{81 − 4⋅5}"),
    ("𝑒^(−2𝑧)", "e^{−2z}"),
    ("∑_(𝑘=1)^(7) 𝑔_𝑘", "∑_{k=1}^(7) g_k"),
    ("𝑊₂₁^[3]", "W₂₁^{[3]}"),
    ("𝑊^(2)", "W^(2)"),                 # a bare layer number keeps its parentheses for the layer rules
    ("〖(𝑥+1)〗^2", "{(x+1)}^2"),
    ("lim┬(𝑛→∞)", "lim_{n→∞}"),
    ("tanh\u2061(𝑧) + tr\u2061𝐾 + 3\u2062𝑥", "tanh(z) + tr K + 3 x"),
    ("(1\u20632)", "(1,2)"),
    ("𝑎⊘𝑏", "a/b"),
    ("(∂𝑓)/(∂𝑊_21^([1]) )", "∂f/∂W_{21}^{[1]} "),
    ("∂𝑓/(∂𝑏^[2])", "∂f/∂b^{[2]}"),
    ("(∂𝑥)(𝑦)/2", "(∂x)(y)/2"),             # no derivative's parts: the parentheses stay
    ("█(𝑎&=(3−𝜆)^2@&=9)", "a =(3−λ)^2 =9"),
    ("█(𝑥_1&=0@𝑥_2&=3)", "x_1 =0, x_2 =3"),
    ("𝜎^′ (𝑧)", "σ′(z)"),
    ("〖tanh〗^2⁡𝑧", "tanh^2 z"),
    ("𝑊_12 𝜆_max 𝜆_1,2=5", "W_{12} λ_{max} λ_{1,2}=5"),
    ("W_12 x_ab", "W_12 x_ab"),             # without Word's letters a script is LaTeX's: one character
])
def test_linear_format_structures(written, read):
    assert linear_format(written) == read


def test_linear_format_keeps_lines_and_is_idempotent():
    text = "a\n𝑊^[1] = (■(1@\n2)) √(\n√(4)\n"
    once = linear_format(text)
    assert once.count("\n") == text.count("\n")
    assert linear_format(once) == once
    assert "√(\n" in once   # a bracket open at the end of its line is no structure


def test_unclosed_structures_are_read_in_linear_time():
    text = ("■(√(𝑥^(" * 20000 + "\n") * 3
    assert linear_format(text).count("\n") == 3


@pytest.mark.parametrize("opener", ["(", "(∂", "^(", "■(", "√(", "𝑥_("])
def test_deeply_nested_structures_stay_bounded(opener):
    text = opener * 50000 + "1" + ")" * 50000
    out = linear_format(text)
    assert out.count("\n") == 0 and len(out) < 4 * len(text)


@pytest.mark.parametrize("written, read", [
    ("tanh z", r"\tanh z"),
    ("1 − tanh² z", r"1 - \tanh^{2} z"),
    ("sech 0", r"\sech 0"),
    ("tanh x₁", r"\tanh x_{1}"),
])
def test_function_names_before_a_bare_argument(written, read):
    assert normalise(written) == normalise(read)


def test_words_after_a_function_name_are_prose():
    assert normalise("the tanh function") == "the tanh function"
    assert normalise("tanhz") == "tanhz"


LINEAR = """Exercise (typed in Word)

𝑓(𝑥) = 𝑊^[2](𝑊^[1]𝑥 + 𝑏^[1]) + 𝑏^[2], no activation
𝑊^[1] = (■(1@2)), 𝑏^[1] = (■(0@1)), 𝑊^[2] = [■(2&−1)], 𝑏^[2] = 0
datapoints 𝑥₁ = 1, 𝑥₂ = −1

𝜃 = (𝑊₁₁^[1], 𝑊₂₁^[1], 𝑏₁^[1], 𝑏₂^[1], 𝑊₁₁^[2], 𝑊₁₂^[2], 𝑏^[2])

∂𝑓/∂𝑊₁₁^[1] = 𝑊₁₁^[2]⋅𝑥 = 2𝑥
∂𝑓/∂𝑊₂₁^[1] = 𝑊₁₂^[2]⋅𝑥 = −𝑥
∂𝑓/∂𝑏₁^[1] = 2
∂𝑓/∂𝑏₂^[1] = −1
∂𝑓/∂𝑊₁₁^[2] = 𝑥
∂𝑓/∂𝑊₁₂^[2] = 2𝑥 + 1
∂𝑓/∂𝑏^[2] = 1

∇𝜃𝑓(𝑥₁) = (2, −1, 2, −1, 1, 3, 1)
∇𝜃𝑓(𝑥₂) = (−2, 1, 2, −1, −1, −1, 1)

𝐾₁₁ = 4 + 1 + 4 + 1 + 1 + 9 + 1 = 21
𝐾₁₂ = −4 − 1 + 4 + 1 − 1 − 3 + 1 = −3
𝐾₂₂ = 4 + 1 + 4 + 1 + 1 + 1 + 1 = 13

𝐾 = [■(21&−3@−3&13)]

tr\u2061𝐾 = 34, det\u2061𝐾 = 21⋅13 − (−3)² = 264
|■(21−𝜆&−3@−3&13−𝜆)| = (21 − 𝜆)(13 − 𝜆) − 9 = 𝜆² − 34𝜆 + 264
𝜆 = (34 ± √(34² − 4⋅264))/2 = (34 ± √100)/2
𝜆₁ = 22, 𝜆₂ = 12
"""


def test_word_notes_all_correct():
    rows = exact_jacobian([1, 2, 0, 1, 2, -1, 0], [1, 2, 1], ["identity"], [[1], [-1]])
    assert rows == [[2, -1, 2, -1, 1, 3, 1], [-2, 1, 2, -1, -1, -1, 1]]
    assert gram(rows) == [[21, -3], [-3, 13]]
    worst, report = worst_verdicts(LINEAR, "word.md")
    assert set(worst) == {7, 9, 10, 11, 12, 13, 14, 15, 17, 18, 20, 21, 22, 24, 26, 27, 28, 29}
    assert set(worst.values()) == {"correct"} and report.exit_code == 0
    kinds = {j.claim.kind for j in report.judgements}
    assert {"theta", "gradient", "kernel_entry", "eigenvalues"} <= kinds


def test_word_notes_with_a_wrong_sum_carry_it_forward():
    assert f"{17 + math.sqrt(17):.4f}" == "21.1231" and f"{17 - math.sqrt(17):.4f}" == "12.8769"
    text = (LINEAR.replace("− 3 + 1 = −3", "− 3 + 1 = −1").replace("[■(21&−3@−3&13)]", "[■(21&−1@−1&13)]")
            .replace("21⋅13 − (−3)² = 264", "21⋅13 − (−1)² = 272")
            .replace("|■(21−𝜆&−3@−3&13−𝜆)| = (21 − 𝜆)(13 − 𝜆) − 9 = 𝜆² − 34𝜆 + 264\n", "\n")
            .replace("(34 ± √(34² − 4⋅264))/2 = (34 ± √100)/2", "(34 ± √(34² − 4⋅272))/2 = (34 ± √68)/2")
            .replace("𝜆₁ = 22, 𝜆₂ = 12", "𝜆₁ ≈ 21.123, 𝜆₂ ≈ 12.877"))
    worst, report = worst_verdicts(text, "word.md")
    assert worst[21] == "wrong" and report.first_mistake.line == 21
    assert worst[24] == worst[28] == worst[29] == "carried"
    assert [j.verdict for j in report.judgements if j.line == 26] == ["correct", "wrong", "wrong"]
    assert all(j.carried for j in report.judgements if j.line == 26 and j.verdict == "wrong")
    assert all(v == "correct" for line, v in worst.items() if line < 21)


TANH = """Exercise (tanh), from Word

𝑓(𝑥) = 𝑊^[2] tanh\u2061(𝑊^[1] 𝑥 + 𝑏^[1]) + 𝑏^[2]
𝑊^[1] = 1, 𝑏^[1] = 0, 𝑊^[2] = 3, 𝑏^[2] = 0
𝑥₁ = 0, 𝑥₂ = 2

𝑧 = 𝑊^[1] 𝑥 + 𝑏^[1]

∂𝑓/∂𝑏^[1] = 𝑊^[2] (1 − tanh² 𝑧)
∂𝑓/∂𝑊^[2] = tanh\u2061𝑧
∂𝑓/∂𝑊^[1] = 𝑊^[2] (1 − tanh 𝑧) 𝑥
"""


def test_function_names_with_a_bare_argument_in_word_notes():
    worst, report = worst_verdicts(TANH, "word.md")
    assert worst[9] == worst[10] == "correct"
    assert worst[11] == "wrong" and report.first_mistake.line == 11


def test_dollar_free_word_lines_are_soft_math_segments():
    found = segments("𝐾 = [■(1&2@2&5)] and 𝜆₁ ≈ 0.17\n")
    texts = [s.text for s in found]
    assert r"K = \begin{bmatrix} 1 & 2 \\ 2 & 5 \end{bmatrix}" in texts and "λ₁ ≈ 0.17" in texts
    assert all(s.soft for s in found)


@pytest.mark.parametrize("row", NOTATION, ids=[row[0] for row in NOTATION])
def test_notation_rows_are_what_the_reader_does(row):
    _, example, becomes = row
    for written, read in zip(example.split(" ; "), becomes.split(" ; "), strict=True):
        assert linear_format(written) == read


RAW = """Exercise, Word's linear format

𝑓(𝑥)=𝑊^([2]) (𝑊^([1]) 𝑥+𝑏^([1]) )+𝑏^([2])
𝑊^([1])=(■(1@2)),  𝑏^([1])=(■(0@1)),  𝑊^([2])=[■(2&−1)],  𝑏^([2])=0
𝑥_1=1,  𝑥_2=−1

(∂𝑓)/(∂𝑊_11^([1]) )=𝑊_11^([2]) 𝑥=2𝑥
(∂𝑓)/(∂𝑊_21^([1]) )=𝑊_12^([2]) 𝑥=−𝑥
(∂𝑓)/(∂𝑏_1^([1]) )=2,  (∂𝑓)/(∂𝑏_2^([1]) )=−1
(∂𝑓)/(∂𝑊_11^([2]) )=𝑥,  (∂𝑓)/(∂𝑊_12^([2]) )=2𝑥+1,  (∂𝑓)/(∂𝑏^([2]) )=1

𝐾_11=4+1+4+1+1+9+1=21
𝐾_12=−4−1+4+1−1−3+1=−3
𝐾_22=4+1+4+1+1+1+1=13

█(det⁡(𝐾−𝜆𝐼)&=(21−𝜆)(13−𝜆)−9@&=𝜆^2−34𝜆+264)
𝜆_1,2=(34±√(〖34〗^2−4⋅264))/2=(34±10)/2
𝜆_max=22,  𝜆_min=12
"""


def test_word_linear_format_as_pasted_all_correct():
    worst, report = worst_verdicts(RAW, "word.md")
    assert set(worst) == {7, 8, 9, 10, 12, 13, 14, 16, 17, 18}
    assert set(worst.values()) == {"correct"} and report.exit_code == 0


def test_word_linear_format_with_a_wrong_derivative():
    worst, report = worst_verdicts(RAW.replace("(∂𝑓)/(∂𝑏_2^([1]) )=−1", "(∂𝑓)/(∂𝑏_2^([1]) )=1"), "word.md")
    assert worst[9] == "wrong" and report.first_mistake.line == 9
    assert all(v == "correct" for line, v in worst.items() if line != 9)


def test_a_gradient_word_before_a_vector_names_it():
    text = LINEAR.replace("∇𝜃𝑓(𝑥₁) = (2, −1, 2, −1, 1, 3, 1)\n∇𝜃𝑓(𝑥₂) = (−2, 1, 2, −1, −1, −1, 1)",
                          "at 𝑥₁ = 1, gradient\ngradient (2, −1, 2, −1, 1, 3, 2)")
    worst, report = worst_verdicts(text, "word.md")
    assert worst[18] == "wrong" and report.first_mistake.line == 18   # the last entry is ∂f/∂b^[2] = 1, not 2
    worst, report = worst_verdicts(text.replace("1, 3, 2)", "1, 3, 1)"), "word.md")
    assert worst[18] == "correct" and report.exit_code == 0


LECTURE = """Lecture exercise in Word

𝑓(𝑥)=𝑊^([2]) (𝑊^([1]) 𝑥+𝑏^([1]) )+𝑏^([2]),  𝑊^([1])=(■(1@1)),  𝑏^([1])=(■(0@1)),  𝑊^([2])=(■(1&0)),  𝑏^([2])=0
𝑥^((1))=1,  𝑥^((2))=2

𝜃=(𝑊_11^([1]),𝑊_21^([1]),𝑏_1^([1]),𝑏_2^([1]),𝑊_11^([2]),𝑊_12^([2]),𝑏^([2]))=(1,1,0,1,1,0,0)

∇_𝜃 𝑓(𝑥^((1)) )=(1,0,1,0,1,2,1)^𝑇
∇_𝜃 𝑓(𝑥^((2)) )=(2,0,1,0,2,3,1)^𝑇

𝐽=[■(1&0&1&0&1&2&1@2&0&1&0&2&3&1)],  𝐾=𝐽𝐽^⊤

⟨∇_𝜃 𝑓(𝑥^((1)) ),∇_𝜃 𝑓(𝑥^((2)) )⟩=2+0+1+0+2+6+1=12
𝐾=[■(8&12@12&19)]
tr⁡(𝐾)=27,  det⁡(𝐾)=8⋅19−〖12〗^2=8
𝜆^2−27𝜆+8=0
𝜆_(1,2)=(27±√697)/2
𝜆_min≈0.2996,  𝜆_max≈26.7004
"""


def test_word_lecture_exercise_with_datapoints_as_superscripts():
    # the notes' exercise: gradients (1,0,1,0,1,2,1) and (2,0,1,0,2,3,1), K = [[8,12],[12,19]], λ = (27 ± √697)/2
    rows = exact_jacobian([1, 1, 0, 1, 1, 0, 0], [1, 2, 1], ["identity"], [[1], [2]])
    assert gram(rows) == [[8, 12], [12, 19]]
    assert f"{(27 - math.sqrt(697)) / 2:.4f}" == "0.2996"
    worst, report = worst_verdicts(LECTURE, "word.md")
    assert set(worst) == {6, 8, 9, 11, 13, 14, 15, 16, 17, 18}
    assert set(worst.values()) == {"correct"} and report.exit_code == 0
    worst, report = worst_verdicts(LECTURE.replace("=2+0+1+0+2+6+1=12", "=2+0+1+0+2+6+1=13"), "word.md")
    assert worst[13] == "wrong" and report.first_mistake.line == 13


@pytest.mark.parametrize("written, read", [
    ("〖W〗^((1)) x+〖b〗^((1))", "W^{(1)} x+b^{(1)}"),   # 〖…〗 around one letter: the letter
    ("〖θ〗_3=〖v〗_2", "θ_3=v_2"),
    ("relu^' (z_1 )", "relu'(z_1 )"),   # a prime as a superscript, in notes without Word's letters too
    ("σ^′ (a)+tanh^'(b)", "σ′(a)+tanh'(b)"),
    ("x^2 ; 2^' ; e^(-x)", "x^2 ; 2^' ; e^{-x}"),   # a prime after a digit is no derivative: kept
])
def test_plain_linear_format_names_and_primes(written, read):
    assert linear_format(written) == read


PLAIN_LINEAR = """# Kernel homework (pasted from Word, linear format)

Given: f(x)=〖W〗^((2)) (〖W〗^((1)) x+〖b〗^((1)) )+〖b〗^((2)), no activation.
〖W〗^((1))=[■(1@2)], 〖b〗^((1))=[■(0@1)], 〖W〗^((2))=[■(2&-1)], 〖b〗^((2))=0. Points x_1=1, x_2=-1.

f(x)=u_1 (a_11 x+b_1 )+u_2 (a_21 x+b_2 )+c

θ=(a_11,a_21,b_1,b_2,u_1,u_2,c)

∂f/∂a_11 =u_1 x=2x
∂f/∂a_21 =u_2 x=-x
∂f/∂u_2 =a_21 x+b_2=2x+1

K=[■(21&-3@-3&13)]

λ_(1,2)=(34±√(100))/2, so λ_1=22 and λ_2=12
"""


def test_plain_linear_format_with_grouped_names_all_correct():
    # the module doc's linear net: ∂f/∂a_11 = u_1 x = 2x, ∂f/∂a_21 = −x, ∂f/∂u_2 = h_2 = 2x + 1,
    # K = [[21, −3], [−3, 13]], λ = (34 ± 10)/2 = 22, 12
    worst, report = worst_verdicts(PLAIN_LINEAR, "word.md")
    assert {6, 10, 11, 12, 14, 16} <= set(worst)
    assert set(worst.values()) == {"correct"} and report.exit_code == 0
    worst, report = worst_verdicts(PLAIN_LINEAR.replace("=2x+1", "=2x"), "word.md")
    assert worst[12] == "wrong" and report.first_mistake.line == 12


PLAIN_TANH = """Word homework, tanh
Points x_1=0, x_2=1; 〖b〗^((2))=0.
f(x)=〖W〗^((2)) tanh(〖W〗^((1)) x+〖b〗^((1)) )+〖b〗^((2)), 〖W〗^((1))=1, 〖b〗^((1))=0, 〖W〗^((2))=3.

Let z=〖W〗^((1)) x+〖b〗^((1)).

tanh^' (z)=1-〖tanh〗^2 (z)

∂f/∂〖b〗^((1)) =〖W〗^((2)) (1-〖tanh〗^2 (z))
∂f/∂〖W〗^((2)) =tanh(z)
"""


def test_a_prime_as_a_superscript_is_the_derivative():
    # scalar tanh net (module doc): tanh′ = 1 − tanh², ∂f/∂b^(1) = 3(1 − tanh² z), ∂f/∂W^(2) = tanh z;
    # writing tanh^' (z) = 1 − tanh(z) forgets the square: wrong, and first
    worst, report = worst_verdicts(PLAIN_TANH, "word.md")
    assert set(worst.values()) == {"correct"} and report.exit_code == 0 and 7 in worst
    worst, report = worst_verdicts(PLAIN_TANH.replace("tanh^' (z)=1-〖tanh〗^2 (z)", "tanh^' (z)=1-tanh(z)"), "word.md")
    assert worst[7] == "wrong" and report.first_mistake.line == 7
