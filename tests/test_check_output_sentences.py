"""Derivatives of one output of a two-output net said in sentences (``the derivative of the second output with
respect to the first weight is $2x$``, ``für die zweite Ausgabe``); expected values by central differences."""

import pytest
from check_helpers import problem, verdicts
from net_numeric import G_X, G, agrees

from symntk.check.ordinal_results import output

# exercise G: f(x) = W2 (W1 x + b1) + b2 with W1 = 1, b1 = 1, W2 = [1, 2]^T, b2 = [0, 0]^T, x = 1, 2
G_TOML = problem([1, 1, 2], "identity", G_X, W1=[[1]], b1=[1], W2=[[1], [2]], b2=[0, 0])
HEAD = "Network $f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$ with two outputs $f_1$ and $f_2$.\n\n"

CASES = [   # (sentence, output, parameter, entry, the value as a function of x)
    ("The derivative of the second output with respect to the first weight is $2x$.", 2, "W1", (0, 0),
     lambda x: 2 * x),
    ("The derivative of the second output with respect to the first weight is $x$.", 2, "W1", (0, 0), lambda x: x),
    ("The derivative of the first output with respect to the first bias is $1$.", 1, "b1", (0,), lambda x: 1),
    ("The derivative of the second output with respect to the first bias is $3$.", 2, "b1", (0,), lambda x: 3),
    ("The derivative of $f_2$ with respect to the second output weight is $x + 1$.", 2, "W2", (1, 0),
     lambda x: x + 1),
    ("The derivative of $f_1$ with respect to the second output weight is $x + 1$.", 1, "W2", (1, 0),
     lambda x: x + 1),
    ("Für die zweite Ausgabe ist die Ableitung nach dem ersten Gewicht $2x$.", 2, "W1", (0, 0), lambda x: 2 * x),
    ("Für die zweite Ausgabe: die Ableitung nach dem ersten Bias ist $2$.", 2, "b1", (0,), lambda x: 2),
    ("Die Ableitung der ersten Ausgabe nach dem ersten Gewicht ist $2x$.", 1, "W1", (0, 0), lambda x: 2 * x),
    ("afleiða annars úttaksins með tilliti til fyrstu vigtarinnar er 2x", 2, "W1", (0, 0), lambda x: 2 * x),
    ("the derivative of the second output with respect to the first output bias is $0$", 2, "b2", (0,),
     lambda x: 0),
]


@pytest.mark.parametrize("line, out, name, index, formula", CASES)
def test_a_derivative_of_one_output_in_words_is_judged(tmp_path, line, out, name, index, formula):
    expected = "correct" if agrees(G, name, index, formula, G_X, out=out) else "wrong"
    assert verdicts(tmp_path, G_TOML, HEAD + line + "\n")[0].get(3, []) == [expected]


@pytest.mark.parametrize("line", [
    "The derivative with respect to the first weight is $2x$.",   # which output?
    "The derivative of the third output with respect to the first weight is $2x$.",   # no third output
    "For the first output and for the second output the derivative with respect to the first bias is $1$.",
])
def test_a_derivative_of_an_unnamed_or_missing_output_is_not_read(tmp_path, line):
    assert verdicts(tmp_path, G_TOML, HEAD + line + "\n")[0].get(3, []) == []


@pytest.mark.parametrize("sk, texts, n, named", [
    ("derivative of the second output with respect to", [], 2, "f_2"), ("for the first output: …", [], 2, "f_1"),
    ("derivative of @0@ with respect to", ["f_2"], 2, "f_2"), ("derivative with respect to", [], 2, None),
    ("derivative with respect to", [], 1, "f"), ("of the second output with", [], 1, None),
    ("the second output weight", [], 2, None),
])
def test_the_output_a_line_is_about(sk, texts, n, named):
    assert output(sk, texts, n) == named
