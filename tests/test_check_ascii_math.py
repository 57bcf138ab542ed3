"""Plain-text forum-style math without LaTeX (AsciiMath-like): ``K_(12)``, ``sum_(k=1)^7``, ``d(f)/d(w11)``,
``d f / d theta_5``, ``+-``, ``lambda`` as a word, ``times`` / ``equals`` between numbers, ``g_1 = (…)`` then
``g_1 . g_2``, ``x_1 = 1 => (…)``, ``= det`` at a chain's end, nested-list rows under ``K =``, and eigenvalues
carried from the learner's own wrong det K.

Every expected verdict here was worked out by hand for the small networks below (see each note's comment).
"""

import pytest
from check_helpers import worst_verdicts

from symntk.check import check_text
from symntk.check.normalise import normalise
from symntk.check.plain_text import gradient_names
from symntk.check.plain_words import derivative_in_words, eigenvalue_pair, eigenvalues_in_words, word_operators

from conftest import ROOT


@pytest.mark.parametrize("written, read", [
    ("K_(12) = 5", "K_{12} = 5"),
    ("K_(1,2) = 5", "K_{1,2} = 5"),
    ("K^(1)_(12) = 5", "K_{12}^{[1]} = 5"),
    ("sum_(k=1)^7 a_k", r"\sum_{k=1}^7 a_k"),
    ("(27 +- sqrt(697))/2", r"(27 \pm \sqrt(697))/2"),
    ("3 +/- 1", r"3 \pm 1"),
    ("d(f)/d(w11) = 3", r"\frac{\partial f}{\partial W_{11}} = 3"),
    ("d(f(x_1))/d(theta_3) = 1", r"\frac{\partial f(x_1)}{\partial \theta_3} = 1"),
    ("d f / d theta_1 = 2", r"\frac{\partial f}{\partial \theta_1} = 2"),
    ("df/dtheta_3 = 1", r"\frac{\partial f}{\partial \theta_3} = 1"),
    ("d f(x_2)/d theta_3 = 1", r"\frac{\partial f(x_2)}{\partial \theta_3} = 1"),
    ("d f / d W^[1]_1 = 2", r"\frac{\partial f}{\partial W^{[1]}_1} = 2"),
    ("det(K - lambda I) = (8 - lambda)(19 - lambda) - 144",
     r"\det(K - \lambda I) = (8 - \lambda)(19 - \lambda) - 144"),
    ("lambda^2 - 27 lambda + 8", r"\lambda^2 - 27 \lambda + 8"),
    ("g_1 = (1, 3, 1)", "g_1 = (1, 3, 1)"),   # one letter: the learner's own name (judge_values)
    ("grad_2 = [0, 1]", r"\nabla_\theta f(x_{2}) = [0, 1]"),
    ("g^(1) = (1, 0, -1)", r"\nabla_\theta f(x_{1}) = (1, 0, -1)"),
    ("g_1 = (w x + b)", "g_1 = (w x + b)"),   # one value in brackets: no gradient named g
    ("g_1 . g_2 = 3", r"g_1 \cdot g_2 = 3"),
    ("32 \\times 22 = 704 = det", r"32 \times 22 = 704 = \det K"),
    ("9 + 4 = 13 = trace", r"9 + 4 = 13 = \operatorname{tr} K"),
    ("df/d(w11) = v1*x", r"\frac{\partial f}{\partial W_{11}} = v_{1}*x"),
    ("d f/d(v_2) = 3", r"\frac{\partial f}{\partial v_2} = 3"),
    ("d(f)/dw_1 = 2", r"\frac{\partial f}{\partial W_1} = 2"),
    ("|K - lambda I| = 0", r"\det(K - \lambda I) = 0"),
    ("|x| = 1", "|x| = 1"),
])
def test_asciimath_spellings_read_as_the_grammar_spells_them(written, read):
    assert normalise(written) == read


@pytest.mark.parametrize("line, read", [
    ("K_(22) = 4 + 1 equals 5", "K_(22) = 4 + 1 = 5"),
    ("det = 13 times 30 - 19^2", "det = 13 × 30 - 19^2"),
    ("a plus b minus c", "a + b - c"),
    ("I did it 2 times.", "I did it 2 times."),   # no math after the word: prose
    ("times were hard", "times were hard"),
])
def test_arithmetic_words_between_math_are_signs(line, read):
    assert word_operators(line) == read


@pytest.mark.parametrize("line, read", [
    ("derivative of tanh is 1 - tanh(z)^2", "tanh'(z) = 1 - tanh(z)^2"),
    ("The derivative of sigmoid is s(1 - s)", "sigma'(z) = s(1 - s)"),
    ("derivative of relu(z) is 1 if z > 0", "relu'(z) = 1 if z > 0"),
    ("the derivative is 1", "the derivative is 1"),
])
def test_an_activations_derivative_in_words_is_its_rule(line, read):
    assert derivative_in_words(line) == read


def test_gradient_names_need_two_indices_of_one_letter():
    assert gradient_names("grad_1 = (1, 0)\ngrad_2 = (0, 1)").sub("G", "K = grad_1 . grad_2") == "K = G . G"
    assert gradient_names("grad_1 = (1, 0)") is None
    assert gradient_names("gradient_1 = (1, 0)\ngrad_2 = (0, 1)") is None
    assert gradient_names("g_1 = (1, 0)\ng_2 = (0, 1)") is None
    assert gradient_names("grad1 = (1, 0)\n`grad2 = (0, 1)`").sub("G", "K12 = grad1 . grad2") == "K12 = G . G"


def test_gradients_named_grad1_grad2_in_plain_text_are_judged():
    # the notes' exercise: ∇f(x_2) = (2, 0, 1, 0, 2, 3, 1) (x_2 = 2); a sign slip in its first entry is wrong
    text = "grad1 = (1, 0, 1, 0, 1, 2, 1)\n\n`grad2 = (-2, 0, 1, 0, 2, 3, 1)`\n"
    report = check_text(text, "n.md", ROOT / "examples" / "notes.toml")
    assert [(j.line, j.verdict) for j in report.judgements] == [(1, "correct"), (3, "wrong")]


# W1 = [1, 2]^T, b1 = [0, 1]^T, W2 = [1, -1], b2 = 0: h1 = x, h2 = 2x + 1, f = h1 − h2 = −x − 1.
# θ = (w11, w21, b1, b2, v1, v2, c); ∇f = (v1 x, v2 x, v1, v2, h1, h2, 1) = (x, −x, 1, −1, x, 2x + 1, 1).
# x1 = 1: (1, −1, 1, −1, 1, 3, 1); x2 = 2: (2, −2, 1, −1, 2, 5, 1).
# K11 = 15, K12 = 24, K22 = 40; tr 55, det 600 − 576 = 24; λ = (55 ± √(3025 − 96))/2 = (55 ± √2929)/2.
FORUM = """Exercise (my own)

f(x) = W^[2](W^[1] x + b^[1]) + b^[2], no activation
W^[1] = [1, 2]^T , b^[1] = [0, 1]^T , W^[2] = [1, -1] , b^[2] = 0
x_1 = 1 , x_2 = 2

f(x) = v1 (w11 x + b1) + v2 (w21 x + b2) + c
theta = (w11, w21, b1, b2, v1, v2, c) , 7 parameters

- d(f)/d(w11) = v1 x
- d f / d theta_6 = 2 x + 1
- df/dW1_21 = -x

at x_1 = 1 : g_1 = (1, -1, 1, -1, 1, 3, 1)
at x_2 = 2 : g_2 = (2, -2, 1, -1, 2, 5, 1)

K_(11) = g_1 . g_1 = 1 + 1 + 1 + 1 + 1 + 9 + 1 = 15
K_(1,2) = 2 + 2 + 1 + 1 + 2 + 15 + 1 = 24
K_(22) = 4 + 4 + 1 + 1 + 4 + 25 + 1 equals 40

K = [[15, 24], [24, 40]]
det(K - lambda I) = (15 - lambda)(40 - lambda) - 576 = lambda^2 - 55 lambda + 24
trace = 55 , det = 15 times 40 - 24 times 24 = 600 - 576 = 24
lambda = (55 +- sqrt(3025 - 96))/2 = (55 +- sqrt(2929))/2
check: 600 - 576 = 24 = det
"""


def test_a_forum_style_solution_is_read_line_by_line_and_right():
    verdicts, report = worst_verdicts(FORUM)
    for line in (7, 8, 10, 11, 12, 14, 15, 17, 18, 19, 21, 22, 23, 24, 25):
        assert verdicts.get(line) == "correct", line
    assert report.exit_code == 0


def test_a_wrong_parameter_index_in_a_spaced_derivative_is_wrong():
    # θ_5 is v1, whose derivative is h1 = x (2x + 1 is ∂f/∂v2 = ∂f/∂θ_6)
    verdicts, _ = worst_verdicts(FORUM.replace("d theta_6 = 2 x + 1", "d theta_5 = 2 x + 1"))
    assert verdicts[11] == "wrong"


def test_a_wrong_kernel_entry_with_asciimath_indices_is_wrong_and_what_follows_is_carried():
    # K_12 = 25 (true 24): K = [[15, 25], [25, 40]] is carried, det = 600 − 625 = −25 carried,
    # λ = (55 ± √(3025 + 100))/2 = (55 ± √3125)/2 carried
    text = FORUM.replace("+ 15 + 1 = 24", "+ 15 + 1 = 25").replace("[[15, 24], [24, 40]]", "[[15, 25], [25, 40]]")
    text = text.replace("- 576 = lambda^2 - 55 lambda + 24", "- 625 = lambda^2 - 55 lambda - 25")
    text = text.replace("24 times 24 = 600 - 576 = 24", "25 times 25 = 600 - 625 = -25")
    text = text.replace("sqrt(3025 - 96))/2 = (55 +- sqrt(2929))/2", "sqrt(3025 + 100))/2 = (55 +- sqrt(3125))/2")
    verdicts, report = worst_verdicts(text.replace("check: 600 - 576 = 24 = det\n", ""))
    assert verdicts[18] == "wrong"
    assert verdicts[21] == verdicts[22] == verdicts[23] == verdicts[24] == "carried"
    assert report.exit_code == 1


def test_eigenvalues_worked_out_from_a_wrong_det_are_carried():
    # W1 = 1, b1 = 2, W2 = 1, b2 = 0: h = x + 2; ∇f = (v x, v, h, 1) = (x, 1, x + 2, 1);
    # x1 = 1: (1, 1, 3, 1), x2 = 3: (3, 1, 5, 1); K = [[12, 20], [20, 36]], tr 48, det 432 − 400 = 32 (written 23).
    # With the learner's det: λ = (48 ± √(2304 − 92))/2 = (48 ± √2212)/2, √2212 ≈ 47.032, λ ≈ 47.516, 0.484
    # (the true ones are 24 ± √544 ≈ 47.324, 0.676): carried.
    text = """f(x) = W^[2](W^[1] x + b^[1]) + b^[2]
W^[1] = 1 , b^[1] = 2 , W^[2] = 1 , b^[2] = 0
x_1 = 1 , x_2 = 3

K = [[12, 20], [20, 36]]

trace = 48 , det = 12 times 36 - 20^2 = 432 - 400 = 23

lambda = (48 +- sqrt(2304 - 92))/2 = (48 +- sqrt(2212))/2
sqrt(2212) approx 47.032
lambda_1 approx 47.516 , lambda_2 approx 0.484
"""
    verdicts, _ = worst_verdicts(text)
    assert verdicts[5] == "correct"
    assert verdicts[7] == "wrong"
    assert verdicts[9] == verdicts[11] == "carried"


def test_a_datapoint_label_with_an_arrow_keeps_its_value():
    # scalar layers W = 1, b = 0 at three depths: f = x; ∇f = (x, 1, x, 1, x, 1) in θ = (w1, b1, w2, b2, w3, b3)
    text = """f(x) = W^[3](W^[2](W^[1] x + b^[1]) + b^[2]) + b^[3]
W^[1] = W^[2] = W^[3] = 1 , b^[1] = b^[2] = b^[3] = 0
x_1 = 1 , x_2 = 2

x_1 = 1 => (1, 1, 1, 1, 1, 1)
x_2 = 2 => (2, 1, 2, 1, 2, 2)

K_(12) = 2 + 1 + 2 + 1 + 2 + 1 = 9
"""
    verdicts, _ = worst_verdicts(text)
    assert verdicts[5] == "correct"
    assert verdicts[6] == "wrong"    # its last entry is ∂f/∂b3 = 1
    assert verdicts[8] == "correct"


def test_nested_list_rows_under_an_open_chain_are_one_matrix():
    # f = 2x + 1 (W1 = 2, b1 = 1, W2 = 1, b2 = 0); ∇f = (v x, v, h, 1) = (x, 1, 2x + 1, 1)
    # x = 0, 1, 2: (0, 1, 1, 1), (1, 1, 3, 1), (2, 1, 5, 1); K = [[3, 5, 7], [5, 12, 19], [7, 19, 31]]
    text = """f(x) = W^[2](W^[1] x + b^[1]) + b^[2]
W^[1] = 2 , b^[1] = 1 , W^[2] = 1 , b^[2] = 0
x_1 = 0 , x_2 = 1 , x_3 = 2

K =
[[3, 5, 7],
 [5, 12, 19],
 [7, 19, 31]]
"""
    verdicts, _ = worst_verdicts(text)
    assert verdicts[5] == "correct"
    verdicts, _ = worst_verdicts(text.replace("[5, 12, 19]", "[5, 12, 18]").replace("[7, 19, 31]", "[7, 18, 31]"))
    assert verdicts[5] == "wrong"


def test_an_activations_derivative_stated_in_words_is_judged_and_carried():
    # f = v tanh(w x + b) + c; tanh' = 1 − tanh², so "1 - tanh(z)" is wrong and ∂f/∂b = v (1 − tanh z) carried
    text = """f(x) = W^[2] tanh(W^[1] x + b^[1]) + b^[2]
W^[1] = 1, b^[1] = 0, W^[2] = 2, b^[2] = 0 , datapoints x_1 = 0 , x_2 = 1
I write w = W^[1], b = b^[1], v = W^[2], c = b^[2].
f(x) = v tanh(w x + b) + c , with z = w x + b

derivative of tanh is {rule} so with chain rule:

- d f / d b = v ({rule})
"""
    verdicts, _ = worst_verdicts(text.format(rule="1 - tanh(z)^2"))
    assert verdicts[6] == verdicts[8] == "correct"
    verdicts, _ = worst_verdicts(text.format(rule="1 - tanh(z)"))
    assert verdicts[6] == "wrong" and verdicts[8] == "carried"


@pytest.mark.parametrize("line, read", [
    ("lambda_1,2 = (27 +- sqrt(697))/2", "lambda_(1,2) = (27 +- sqrt(697))/2"),
    ("λ_1, 2 ≈ 3, 4", "λ_(1,2) ≈ 3, 4"),
    ("lambda_1, lambda_2 = 3, 4", "lambda_1, lambda_2 = 3, 4"),
])
def test_both_eigenvalues_named_with_a_bare_comma_stay_one_claim(line, read):
    assert eigenvalue_pair(line) == read


# W1 = [1, 1]^T, b1 = [0, 1]^T, W2 = [1, 0], b2 = 0: h1 = x, h2 = x + 1, f = x; ∇f = (v1 x, v2 x, v1, v2, h1, h2, 1)
# = (x, 0, 1, 0, x, x + 1, 1); x1 = 1: (1, 0, 1, 0, 1, 2, 1), x2 = 2: (2, 0, 1, 0, 2, 3, 1); K = [[8, 12], [12, 19]],
# det(K − λI) = λ² − 27λ + 8, λ = (27 ± √697)/2.
VARIANTS = """f(x) = W^[2](W^[1] x + b^[1]) + b^[2]
W^[1] = [1, 1]^T , b^[1] = [0, 1]^T , W^[2] = [1, 0] , b^[2] = 0
x_1 = 1 , x_2 = 2
f(x) = v1 (w11 x + b1) + v2 (w21 x + b2) + c

df/d(w11) = v1*x
d f/d(v2) = w21 x + b2
df / dtheta_7 = 1
|K - lambda I| = (8-lambda)*(19-lambda) - 12^2
lambda_1,2 = (27 +- sqrt(697))/2
"""


def test_more_spellings_of_derivatives_determinants_and_eigenvalues_are_read_and_right():
    verdicts, report = worst_verdicts(VARIANTS)
    for line in (6, 7, 8, 9, 10):
        assert verdicts.get(line) == "correct", line
    assert report.exit_code == 0


def test_a_sum_over_theta_k_of_derivatives_at_datapoints_is_never_a_false_alarm():
    # Σ_k ∂f(x_1)/∂θ_k ∂f(x_2)/∂θ_k = K_12 = 12 is right; without K named it is not read (not judged wrong)
    text = VARIANTS + "sum_(k=1)^7 (d f(x_1)/d theta_k)(d f(x_2)/d theta_k) = 12\n"
    verdicts, _ = worst_verdicts(text)
    assert verdicts.get(11) in (None, "correct", "unreadable")
    text = VARIANTS + ("$\\sum_{k=1}^7 \\frac{\\partial f(x_1)}{\\partial \\theta_k} "
                       "\\frac{\\partial f(x_2)}{\\partial \\theta_k} = 12$\n")
    verdicts, _ = worst_verdicts(text)
    assert verdicts.get(11) in (None, "correct", "unreadable")


def test_the_discriminant_named_in_words_and_a_row_said_after_a_datapoint_label():
    # K = [[8, 12], [12, 19]] (VARIANTS' network): Δ = tr² − 4 det = 27² − 4·8 = 729 − 32 = 697;
    # at x_1 = 1 the gradient is (1, 0, 1, 0, 1, 2, 1)
    text = VARIANTS + ("discriminant = 27^2 - 4 times 8 = 729 - 32 = {d}, nice\n"
                       "at x_1 = 1 : row is (1, 0, 1, 0, 1, 2, {c})\n")
    verdicts, _ = worst_verdicts(text.format(d=697, c=1))
    assert verdicts[11] == verdicts[12] == "correct"
    verdicts, _ = worst_verdicts(text.format(d=687, c=0))
    assert verdicts[11] == verdicts[12] == "wrong"


@pytest.mark.parametrize("line, read", [
    ("the eigenvalues are 26.70 and 0.30", "λ = (26.70, 0.30)"),
    ("eigenvalues: 3, 5 and 7", "λ = (3, 5, 7)"),
    ("=> lambda = 21.770 and 0.230", "=> λ = (21.770, 0.230)"),
    ("the eigenvalues of K are 3 and 5", "λ = (3, 5)"),   # one reader with word_results, which reads "of K"
    ("lambda = 3", "lambda = 3"),
    ("eigingildin eru 97.58 og 1.42", "λ = (97.58, 1.42)"),
    ("lambda ≈ 26.7, and 0.3", "λ ≈ (26.7, 0.3)"),
    ("the eigenvalues are approx 97.58 and 1.42", "λ ≈ (97.58, 1.42)"),
    ("lambda = 3,5", "lambda = 3,5"),   # a decimal comma, not two eigenvalues
    ("lambda_1 = 3 and 5", "lambda_1 = 3 and 5"),
    ("The eigenvalues were 3, 5", "λ = (3, 5)"),
])
def test_eigenvalues_listed_in_words_are_one_claim(line, read):
    assert eigenvalues_in_words(line) == read


def test_eigenvalues_listed_in_words_are_judged():
    # VARIANTS' K: λ = (27 ± √697)/2 ≈ 26.700, 0.2996
    verdicts, _ = worst_verdicts(VARIANTS + "the eigenvalues are 26.70 and 0.30\n=> lambda = 26.70 and 0.40\n")
    assert verdicts[11] == "correct"
    assert verdicts[12] == "wrong"


def test_approximately_in_words_and_tildes():
    # √697 ≈ 26.401; λ_max = (27 + √697)/2 ≈ 26.700
    text = VARIANTS + "sqrt(697) is approx 26.401 =>\nlambda_max ~= 26.70\nsqrt(697) is approximately 25.4\n"
    verdicts, _ = worst_verdicts(text)
    assert verdicts[11] == verdicts[12] == "correct"
    assert verdicts[13] == "wrong"
