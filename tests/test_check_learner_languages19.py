"""Romanian, Bengali, Swahili and Thai notes, and plain-ASCII habits: digits of every script (symntk.check.
script_digits), the trace/determinant/discriminant, counts, dropped parameters and ReLU's cases in those words, a
one-unit network in the learner's letters with its layers given by index, derivatives set side by side, and an own
letter for the sigmoid (symntk.check.own_activation_names).

The notes are invented for these tests; verdicts worked out by hand. Swahili plain text: f(x) = v(w x + b) + c with
W1 = 2, b1 = 1, W2 = 3, b2 = 0 (w = 2, b = 1, v = 3, c = 0), so ∇f = (v x, v, w x + b, 1) = (3x, 3, 2x + 1, 1): at
x_1 = 1 (3, 3, 3, 1), at x_2 = 2 (6, 3, 5, 1); K_11 = 9 + 9 + 9 + 1 = 28, K_12 = 18 + 9 + 15 + 1 = 43 (44 is wrong),
K_22 = 36 + 9 + 25 + 1 = 71; tr K = 99, det K = 28·71 − 43² = 1988 − 1849 = 139 (140 is wrong).
"""

import pytest
from check_helpers import line_verdicts, notes_verdicts

from symntk.check import check_text
from symntk.check.dropped_words import dropped_names
from symntk.check.exercise import fits_net
from symntk.check.facts import relu_rule
from symntk.check.own_activation_names import own_activations
from symntk.check.script_digits import script_digits_ascii

SWAHILI = ("Zoezi\nW1 = 2, b1 = 1, W2 = 3, b2 = 0.   x1 = 1 , x2 = 2\n\n"   # line 2
           "f(x) = v (w x + b) + c\n"   # line 4
           "theta = (w, b, v, c)\n\n"   # line 5
           "df/dw = v x      df/db = v\n"   # line 7
           "df/dv = w x + b      df/dc = 1\n\n")   # line 8


def test_digits_of_other_scripts_and_the_danda_read_as_ascii():
    assert script_digits_ascii("ট্রেস = ২৪, নির্ণায়ক = ৭।") == "ট্রেস = 24, নির্ণায়ক = 7. "
    assert script_digits_ascii("รอย = ๙๙ ; सारणिक = १३९") == "รอย = 99 ; सारणिक = 139"
    assert script_digits_ascii("λ² = 3²") == "λ² = 3²"   # superscripts are powers, not digits


def test_layers_by_index_fill_a_one_unit_network_in_own_letters():
    rows = {"W1": (None, [["2"]]), "b1": (None, [["1"]]), "W2": (None, [["3"]]), "b2": (None, [["0"]])}
    assert fits_net(rows, [1, 1, 1])
    assert not fits_net(rows, [1, 2, 1])   # a hidden layer of two needs two weights in W1
    assert not fits_net({k: v for k, v in rows.items() if k != "b2"}, [1, 1, 1])


@pytest.mark.parametrize("k12, verdict", [("43", "correct"), ("44", "wrong")])
def test_swahili_plain_text_with_layers_by_index_is_judged(k12, verdict):
    report = check_text(SWAHILI + "grad f(x1) = (3, 3, 3, 1)\ngrad f(x2) = (6, 3, 5, 1)\n"   # lines 10, 11
                        f"K11 = 28 , K12 = {k12}\n", "notes.txt")   # line 12
    out = line_verdicts(report)
    assert out[7] == ["correct", "correct"] and out[8] == ["correct", "correct"]   # side by side: two claims
    assert out[10] == ["correct"] and out[11] == ["correct"] and out[12] == ["correct", verdict]


@pytest.mark.parametrize("words, verdict", [("ট্রেস = ৯৯, নির্ণায়ক = ১৩৯", ["correct", "correct"]),
                                            ("ট্রেস = ৯৯, নির্ণায়ক = ১৪০", ["correct", "wrong"]),
                                            ("urma = 99, determinantul = 139", ["correct", "correct"]),
                                            ("รอย $= ๙๙$, ดีเทอร์มิแนนต์ $= 140$", ["correct", "wrong"])])
def test_trace_and_determinant_in_bengali_romanian_and_thai_words(words, verdict):
    notes = (SWAHILI.replace("Zoezi\n", "").replace("\n\ndf/dw", "\n\n\ndf/dw")
             + "K = [[28, 43], [43, 71]]\n\n" + words + "\n")
    out = line_verdicts(check_text(notes, "notes.txt"))
    line = notes.count("\n")
    assert [v for v in out[line] if v] == verdict


@pytest.mark.parametrize("line, names", [
    ("ไม่สนใจ $b^{[2]}$ เพราะมันแค่เลื่อน $f$ ขึ้นลงเฉยๆ", [["b^{[2]}"]]),
    ("Neglijăm b^{[2]} deoarece doar translatează f, deci nu contribuie la nucleu.", [["b^{[2]}"]]),
    ("tunapuuza b2 kwa sababu ni constant tu", [["b2"]]),
    ("$c$ কিছু দেয় না, তাই বাদ দিলাম", [["c"]]),
    ("nu neglijăm b2", []),   # negated
    ("dacă neglijăm b2, K se schimbă", []),   # a condition
])
def test_dropping_words_of_romanian_bengali_swahili_and_thai(line, names):
    assert dropped_names(line) == names


@pytest.mark.parametrize("line", ["relu'(z) = 1 kama z > 0, 0 kama z < 0", "relu′(z) = 1 dacă z > 0, 0 dacă z < 0",
                                  "relu'(z) = 1 যদি z > 0, নাহলে 0", "relu'(z) = 1 ถ้า z > 0, 0 ถ้า z < 0"])
def test_relu_derivative_by_cases_in_these_languages(line):
    assert relu_rule(line) == "relu:1,0"


def test_own_letter_for_the_sigmoid_and_relu():
    assert own_activations("s(z) = 1/(1+e^-z)\nf = v s(w x) ; s'(0) = 0.25 ; cos(0) = 1") == \
        "σ(z) = 1/(1+e^-z)\nf = v σ(w x) ; σ'(0) = 0.25 ; cos(0) = 1"
    assert own_activations(r"$g(u) = \frac{1}{1+e^{-u}}$, $g'(u)$") == r"$σ(u) = \frac{1}{1+e^{-u}}$, $σ'(u)$"
    assert own_activations("r(z) = max(0, z); r(2) = 2") == "relu(z) = max(0, z); relu(2) = 2"
    assert own_activations("s(z) = 1/(1+z)\ns(1) = 0.5") == "s(z) = 1/(1+z)\ns(1) = 0.5"   # no sigmoid: left alone
    assert own_activations("f(x) = max(0, x) + 2 max(0, 2 - x)") == "f(x) = max(0, x) + 2 max(0, 2 - x)"   # f is f


@pytest.mark.parametrize("value, verdict", [("0.7311", "correct"), ("0.2689", "wrong")])
def test_own_sigmoid_letter_is_judged_as_the_sigmoid(value, verdict):
    # σ(1) = 1/(1 + e^−1) = 0.731058…; σ(−1) = 0.268941… is not σ(1)
    notes = ("W1 = 1, b1 = 0, W2 = 1, b2 = 0 ; x1 = 0, x2 = 1\ns(z) = 1/(1+e^-z)\n\n"
             f"f(x) = v s(w x + b) + c\n\ns(1) ~= {value}\n")
    out, _ = notes_verdicts(notes)
    assert out[6] == [verdict]


def test_counts_after_the_noun_and_after_a_label_in_swahili():
    from symntk.check.count_labels import labelled_counts

    assert [c for c, _, _ in labelled_counts("kwa hiyo tunatumia parameta 6 tu.")] == ["6"]
    assert [c for c, _, _ in labelled_counts("idadi ya parameta = 7")] == ["7"]
    assert labelled_counts("parameta 4 za kwanza ni w") == []   # the number does not end the statement


def test_compact_statements_one_space_apart_are_set_apart():
    from symntk.check.plain_text import spaced_pairs

    assert spaced_pairs("W1=[1,1]^T b1=[0,1]^T ; x1=1 x2=2") == "W1=[1,1]^T  b1=[0,1]^T ; x1=1  x2=2"
    assert spaced_pairs("f = 2 x + 1 y=3") == "f = 2 x + 1 y=3"   # the first is no compact statement
    assert spaced_pairs("W^{[1]}=[1,1]^T b^{[1]}=0") == "W^{[1]}=[1,1]^T  b^{[1]}=0"


def test_three_digit_weights_name_layer_row_and_column():
    from symntk.check.layer_row_col import layer_row_col

    assert layer_row_col("f(x) = w211*(w111 x + b11) + w212*(w121 x + b12) + b2") == \
        ("f(x) = W^{[2]}_{11}*(W^{[1]}_{11} x + b^{[1]}_{1}) + W^{[2]}_{12}*(W^{[1]}_{21} x + b^{[1]}_{2}) + "
         "b^{[2]}")
    assert layer_row_col("W1=[1,1]^T b1=[0,1]^T W2=[1,0] b2=0 ; w111 w211") == \
        "W^{[1]}=[1,1]^T b^{[1]}=[0,1]^T W^{[2]}=[1,0] b^{[2]}=0 ; W^{[1]}_{11} W^{[2]}_{11}"
    assert layer_row_col("f = v11 (w11 x + b11) + b2") == "f = v11 (w11 x + b11) + b2"   # no three-digit weight


def test_a_thai_word_glued_to_the_words_before_it_names_its_quantity():
    from symntk.check.quantity_words import TRACE_DET_WORDS, word_quantity

    assert word_quantity("ดังนั้นรอย", TRACE_DET_WORDS) == r"\operatorname{tr} K"   # "so the trace"
    assert word_quantity("ดีเทอร์มิแนนต์", TRACE_DET_WORDS) == r"\det K"
    assert word_quantity("ดังนั้น", TRACE_DET_WORDS) is None
    assert word_quantity("spur", {"spur": "x"}) == "x"
