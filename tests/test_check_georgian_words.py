"""Georgian words that drop a parameter, with their negation and condition words (symntk/check/dropped_scripts.py).

The sentences are invented in the style of a Georgian learner's notes: "I skip b2; it only shifts f and adds
nothing to the kernel", "I don't count c because …", and the negated and conditional forms that drop nothing.
"""

import pytest

from symntk.check.dropped_words import dropped_names


@pytest.mark.parametrize("line, names", [
    ("$b^{[2]}$-ს გამოვტოვებ, ის უბრალოდ ანაცვლებს $f$-ს.", [["b^{[2]}"]]),
    ("$c$ არ ვითვლი, რადგან ბირთვში არაფერს ამატებს", [["c"]]),
    ("b2 უგულებელვყოფთ, ამიტომ 6 პარამეტრი რჩება", [["b2"]]),
    ("თუ $b^{[2]}$-ს გამოვტოვებთ, K შეიცვლება", []),   # a condition: nothing is dropped
])
def test_georgian_dropping_words(line, names):
    assert dropped_names(line) == names
