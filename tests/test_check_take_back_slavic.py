"""Take-back words in Polish, Czech, Slovak, Slovenian and Croatian (``poprawka:``, ``oprava:``, ``ispravak:``,
``powinno być 12``, ``mělo by být 12``) before a restatement of a value of the lines above (retractions.py).

The notes here are invented for these tests: the net f(x) = W⁽²⁾(W⁽¹⁾x + b⁽¹⁾) + b⁽²⁾ with W⁽¹⁾ = 3, W⁽²⁾ = 1,
b⁽¹⁾ = 0, b⁽²⁾ = 2 at x₁ = 1, x₂ = 2 has gradients (W⁽²⁾x, W⁽²⁾, W⁽¹⁾x + b⁽¹⁾, 1) = (1, 1, 3, 1) and
(2, 1, 6, 1) (by hand), so K₁₂ = 2 + 1 + 18 + 1 = 22; the learner first writes K₁₂ = 21.
"""

import pytest
from check_helpers import first_mistake, line_verdicts

from symntk.check import check_text

GIVEN = (r"$f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$, $W^{[1]} = 3$, $W^{[2]} = 1$, $b^{[1]} = 0$, "
         r"$b^{[2]} = 2$, $x_1 = 1$, $x_2 = 2$." "\n"   # 1
         "\n"
         r"$K_{12} = 21$" "\n"                          # 3
         "\n")


def _check(line5: str):
    report = check_text(GIVEN + line5 + "\n", "notes.md")
    return line_verdicts(report), first_mistake(report)


@pytest.mark.parametrize("line5", [
    r"Poprawka: $K_{12} = 22$.",
    r"Oprava: $K_{12} = 22$.",
    r"Ispravak: $K_{12} = 22$.",
    r"Popravek: $K_{12} = 22$.",
    r"Czekaj, $K_{12} = 22$.",
])
def test_the_slip_taken_back_is_not_judged(line5):
    lines, first = _check(line5)
    assert 3 not in lines
    assert lines[5] == ["correct"]
    assert first == 0


@pytest.mark.parametrize("line5", ["(powinno być 22)", "(mělo by být 22)", "(trebalo bi biti 22)"])
def test_a_remark_with_the_new_value_replaces_the_old(line5):
    lines, first = _check(line5)
    assert 3 not in lines and lines[5] == ["correct"] and first == 0


def test_without_a_take_back_word_both_stand():
    lines, first = _check(r"Zatem $K_{12} = 22$.")
    assert lines[3] == ["wrong"] and first == 3
