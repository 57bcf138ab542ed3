"""A chain's next link introduced by words (``at the given weights = …``) is read as that link.

The notes are invented; verdicts worked out by hand: f(x) = W2 (W1 x + b1) + b2 with W1 = (1, 2)^T, b1 = (0, 1)^T,
W2 = (1, 1), b2 = 0, datapoints x1 = 1 and x2 = 2. In θ order (w1_1, w1_2, b1_1, b1_2, W2_1, W2_2, b2) the
gradient is (W2_1 x, W2_2 x, W2_1, W2_2, w1_1 x + b1_1, w1_2 x + b1_2, 1) = (x, x, 1, 1, x, 2x + 1, 1);
K = [[15, 24], [24, 40]], tr K = 55.
"""

import pytest
from check_helpers import notes_verdicts

from symntk.check.worded_links import worded_links

DATA = "Given: W1 = [1, 2]^T, b1 = [0, 1]^T, W2 = [1, 1], b2 = 0, x1 = 1, x2 = 2\n\n"
SYMBOLIC = "grad f(x) = [W2_1*x, W2_2*x, W2_1, W2_2, w1_1*x + b1_1, w1_2*x + b1_2, 1]\n"


@pytest.mark.parametrize("words", ["at the given weights", "with these values", "plugging in", "numerically",
                                   "eingesetzt", "með þessum gildum"])
def test_the_link_after_words_is_read(words):
    lines, first = notes_verdicts(DATA + SYMBOLIC + words + " = [x, x, 1, 1, x, 2x + 1, 1]\n")
    assert lines[4] == ["correct"] and first == 0


def test_a_wrong_link_after_words_is_the_mistake():
    lines, first = notes_verdicts(DATA + SYMBOLIC + "at the given weights = [x, x, 1, 1, x, 2x, 1]\n")
    assert lines[4] == ["wrong"] and first == 4


@pytest.mark.parametrize("line", [
    "so the trace = 55",          # a quantity named: not a link of the chain above
    "with weights = [1, 2]",      # the values named, not pointed at: data
    "with lambda = 3",            # a name of math
    "at x1 = 1: K11 = 15",        # a datapoint, not words
    "with bias = 0",              # a quantity named
    "with the weights = [1, 2]",  # values not pointed at: data
    "dvs λ ≈ 21,77 og λ ≈ 0,23",  # a letter of math after the word
    "at 𝑥₁ = 0: 𝑧 = (0, 0)",
    "Mit zⱼ = wⱼ₁x + bⱼ und aⱼ = σ(zⱼ):",
])
def test_words_that_name_something_stay(line):
    text = "K11 = 15\n" + line + "\n"
    assert worded_links(text) == text


def test_words_without_a_formula_above_stay():
    text = "Some prose.\n\nat the given weights = [x, x]\n"
    assert worded_links(text) == text


def test_the_words_are_blanked_in_place():
    out = worded_links("K = 1 + 2\nnumerically = 3\n")
    assert out == "K = 1 + 2\n            = 3\n"


@pytest.mark.parametrize("line, verdicts", [
    ("(55 = trace, 24 = det)", ["correct", "correct"]),
    ("so 55 = the trace.", ["correct"]),
    ("15 + 40 = 55 = trace", ["correct", "correct"]),
    ("(56 = trace, 24 = determinant)", ["wrong", "correct"]),
])
def test_a_value_named_by_its_quantity_after_it(line, verdicts):
    lines, _ = notes_verdicts(DATA + "K = [[15, 24], [24, 40]]\n" + line + "\n")
    assert lines[4] == verdicts


@pytest.mark.parametrize("text", ["x = det(K)\n", "5 = trace 3\n", "the trace is 55\n"])
def test_a_quantity_word_with_more_after_it_stays(text):
    assert worded_links(text) == text
