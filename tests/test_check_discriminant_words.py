"""The words for the discriminant in many languages (one table, discriminant_words.py) name Δ of the characteristic
quadratic: ``diskriminanta = 99^2 - 4*139 = 9245`` is judged as Δ, in plain text and before inline math.

The invented note (worked by hand): f(x) = W2 (W1 x + b1) + b2 with W1 = 2, b1 = 1, W2 = 3, b2 = 0, x_1 = 1,
x_2 = 2; ∇f = (W2 x, W2, W1 x + b1, 1) = (3, 3, 3, 1) and (6, 3, 5, 1); K = [[28, 43], [43, 71]], tr K = 99,
det K = 1988 − 1849 = 139, λ² − 99λ + 139, Δ = 99² − 4·139 = 9801 − 556 = 9245.
"""

import pytest
from check_helpers import notes_verdicts

from symntk.check.discriminant_words import DISCRIMINANT_WORDS, discriminant_names
from symntk.check.inline_names import QUANTITY_WORDS
from symntk.check.prose_runs import PROSE_QUANTITIES

from reference import exact_jacobian, gram

NOTE = """W1 = 2, b1 = 1, W2 = 3, b2 = 0 ; x_1 = 1, x_2 = 2

f(x) = W2(W1 x + b1) + b2
grad f(1) = (3, 3, 3, 1)
grad f(2) = (6, 3, 5, 1)
K = [28 43; 43 71]
det(K - lambda I) = lambda^2 - 99 lambda + 139
{line}
lambda = (99 +- sqrt(9245))/2
"""
WORDS = ["diskriminanta", "aðgreinir", "Diskriminante", "discriminant", "discriminante", "diskriminantti", "disc",
         "wyróżnik"]


def test_the_hand_values_are_the_independent_backprop():
    J = exact_jacobian([2, 1, 3, 0], [1, 1, 1], ["identity"], [[1], [2]])
    assert J == [[3, 3, 3, 1], [6, 3, 5, 1]]
    assert gram(J) == [[28, 43], [43, 71]]
    assert 99 ** 2 - 4 * (28 * 71 - 43 * 43) == 9245


def test_one_table_feeds_both_readers():
    assert set(discriminant_names()) == set(DISCRIMINANT_WORDS)
    for word in DISCRIMINANT_WORDS:
        assert PROSE_QUANTITIES[word] == QUANTITY_WORDS[word] == r"\Delta"


@pytest.mark.parametrize("word", WORDS)
def test_a_right_discriminant_in_words_is_correct(word):
    got, first = notes_verdicts(NOTE.format(line=f"{word} = 99^2 - 4*139 = 9801 - 556 = 9245"))
    assert got[8] and set(got[8]) == {"correct"} and len(got[8]) == 3   # 9801 − 556, 99² − 4·139 and Δ itself
    assert first == 0


@pytest.mark.parametrize("word", WORDS)
def test_a_wrong_discriminant_in_words_is_wrong(word):
    """9801 − 656 = 9145 adds up: only reading the word as Δ finds the slip."""
    got, first = notes_verdicts(NOTE.format(line=f"{word} = 9801 - 656 = 9145"))
    assert "wrong" in got[8]
    assert first == 8


def test_before_inline_math():
    got, first = notes_verdicts(NOTE.format(line="Diskriminante $= 9801 - 556 = 9245$"))
    assert got[8] and set(got[8]) == {"correct"} and first == 0
    got, first = notes_verdicts(NOTE.format(line="aðgreinir $= 9145$"))
    assert "wrong" in got[8] and first == 8
