"""A take-back word within a line or naming the slip (``also doch``, ``Vorzeichenfehler``, ``korjaus``,
``sittenkin``, ``after all``) before a restatement of a value of the lines above (retractions.py).

The notes here are invented for these tests. The net f(x) = W⁽²⁾(W⁽¹⁾x + b⁽¹⁾) + b⁽²⁾ with W⁽¹⁾ = W⁽²⁾ = 2,
b⁽¹⁾ = b⁽²⁾ = 1 at x₁ = 1, x₂ = −1 has gradients (2, 2, 3, 1) and (−2, 2, −1, 1) (by hand: (W⁽²⁾x, W⁽²⁾,
W⁽¹⁾x + b⁽¹⁾, 1)), so K₁₂ = −4 + 4 − 3 + 1 = −2; the learner first writes K₁₂ = 2 (a sign slip).
"""

import pytest
from check_helpers import first_mistake, line_verdicts

from symntk.check import check_text
from symntk.check.retractions import retracted

GIVEN = (r"$f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$, $W^{[1]} = W^{[2]} = 2$, $b^{[1]} = b^{[2]} = 1$, "
         r"$x_1 = 1$, $x_2 = -1$." "\n"   # 1
         "\n"
         r"$K_{12} = 2$" "\n"             # 3
         "\n")


def _check(line5: str):
    report = check_text(GIVEN + line5 + "\n", "notes.md")
    return line_verdicts(report), first_mistake(report)


@pytest.mark.parametrize("line5", [
    r"Vorzeichenfehler, richtig ist $K_{12} = -2$.",
    r"Nachgerechnet, also doch negativ: $K_{12} = -2$.",
    r"Oben ein Fehler: $K_{12} = -2$.",
    r"Tarkistus: merkkivirhe, $K_{12} = -2$.",
    r"Korjaus: $K_{12} = -2$.",
    r"Se on sittenkin negatiivinen: $K_{12} = -2$.",
    r"Checking it, it is negative after all: $K_{12} = -2$.",
    r"Rättelse: $K_{12} = -2$.",
])
def test_the_slip_taken_back_is_not_judged(line5):
    lines, first = _check(line5)
    assert 3 not in lines
    assert lines[5] == ["correct"]
    assert first == 0


@pytest.mark.parametrize("line5", [
    r"Dann ist $K_{12} = -2$.",                       # no word takes the line above back: both are judged
    r"Nachgerechnet, also doch: $K_{12} = 2$.",       # the same value again confirms it
])
def test_without_a_take_back_both_stand(line5):
    lines, first = _check(line5)
    assert lines[3] == ["wrong"]
    assert first == 3


def test_a_word_far_below_takes_nothing_back():
    text = "$K_{12} = 2$\n" + "".join(f"$x_{i} = {i}$\n" for i in range(1, 6)) + "Fehler: $K_{12} = -2$\n"
    assert retracted(text) == text
