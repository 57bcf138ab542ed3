"""A word right before a sign condition on a name is a condition word in any language: ``relu'(z) = 1 kun z > 0``
(Finnish), ``… kung z > 0`` (Tagalog), ``… якщо z > 0`` (Ukrainian) is the case z > 0 of relu′, which is right,
not a claim that relu′ is 1 everywhere. The relu net E of tests/check_corpus/learners/BRIEF.md."""

import pytest
from check_helpers import notes_verdicts

from symntk.check.prose_runs import math_runs

PROBLEM = ("$f(x)=W^{[2]}\\,\\mathrm{relu}(W^{[1]}x+b^{[1]})+b^{[2]}$\n\n"
           "$W^{[1]}=[1, -1]^T$, $b^{[1]}=[0, 2]^T$, $W^{[2]}=[1, 2]$, $b^{[2]}=0$, $x_1=1$, $x_2=3$\n\n")   # 1, 3


@pytest.mark.parametrize("word", ["kun", "kung", "якщо", "wenn", "if"])
def test_a_case_of_relu_prime_in_any_language_is_no_wrong_claim(word):
    lines, first = notes_verdicts(PROBLEM + f"relu'(z) = 1 {word} z > 0, 0 {word} z < 0\n")
    assert "wrong" not in lines.get(5, []) and first == 0


def test_the_condition_is_found_by_what_follows_the_word():
    assert math_runs("relu'(z) = 1 kun z > 0 ja 0 muuten") == []
    assert math_runs("relu'(z) = 1 kun z>0") == []
    assert math_runs("K_12 = 12 kun laskettu") == ["K_12 = 12"]   # no sign condition after the word
