"""Given values put in, said in words (put_in.py): a formula that names some parameters and writes the others as
their given values, all of them 0 and 1, is the network on a line that says so.

Notes invented for these tests: f(x) = W^{[2]} tanh(W^{[1]} x + b^{[1]}) + b^{[2]} with W^{[1]} = (1, 2)^T,
b^{[1]} = (0, 0)^T, W^{[2]} = (1, 1), b^{[2]} = 0. Worked by hand: with W^{[2]} and b^{[2]} put in,
f(x) = tanh(W^{[1]}_{11} x + b^{[1]}_1) + tanh(W^{[1]}_{21} x + b^{[1]}_2); a factor 2 on the second unit is wrong.
"""

import pytest
from check_helpers import notes_verdicts

from symntk.check.put_in import put_in_lines

PROBLEM = ("Network $f(x) = W^{[2]}\\tanh(W^{[1]} x + b^{[1]}) + b^{[2]}$ with $W^{[1]} = (1, 2)^T$, "
           "$b^{[1]} = (0, 0)^T$, $W^{[2]} = (1, 1)$, $b^{[2]} = 0$, $x_1 = 1$, $x_2 = 2$.\n\n")   # line 1
RIGHT = "$f(x) = \\tanh(W^{[1]}_{11}x + b^{[1]}_1) + \\tanh(W^{[1]}_{21}x + b^{[1]}_2)$"
WRONG = "$f(x) = \\tanh(W^{[1]}_{11}x + b^{[1]}_1) + 2\\tanh(W^{[1]}_{21}x + b^{[1]}_2)$"


@pytest.mark.parametrize("words", ["with the given $W^{[2]}$", "með gefnu $W^{[2]}$", "($W^{[2]}$ eingesetzt)",
                                   "(plugging in the values of layer 2)", "en remplaçant $W^{[2]}$"])
def test_the_values_put_in_said_in_words(words):
    lines, first = notes_verdicts(PROBLEM + RIGHT + " " + words + "\n")
    assert lines[3] == ["correct"] and first == 0


def test_a_wrong_formula_stays_wrong_with_the_words():
    lines, first = notes_verdicts(PROBLEM + WRONG + " with the given $W^{[2]}$\n")
    assert lines[3] == ["wrong"] and first == 3


def test_without_the_words_a_dropped_factor_one_stays_wrong():
    lines, _ = notes_verdicts(PROBLEM + RIGHT + "\n")
    assert lines[3] == ["wrong"]


def test_the_lines_that_say_so():
    assert put_in_lines("a\nmit gegebenem $W$\nso $x = 1$\nwith the values\n") == {2, 4}
