"""Results said in Icelandic, German and neighbouring languages' sentences, read through the table of words
(symntk.check.sentence_words) and the ordinal results (symntk.check.ordinal_results); expected values by NumPy."""

import numpy as np
import pytest
from check_helpers import problem, verdicts
from net_numeric import A_X, A, agrees, kernel

from symntk.check.ordinal_results import plain_values
from symntk.check.sentence_words import WORDS, english, foreign

# exercise A: f(x) = W2 (W1 x + b1) + b2, W1 = [1, 1]^T, b1 = [0, 1]^T, W2 = [1, 0], b2 = 0, x = 1, 2; the notes
# call W2 the output weights, so "the second weight" counts the entries of the first layer
A_TOML = problem([1, 2, 1], "identity", A_X, W1=[[1], [1]], b1=[0, 1], W2=[[1, 0]], b2=0)
HEAD = "Network $f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$, its output weights $W^{[2]}$.\n\n"
K = kernel(A, A_X)
LOW, HIGH = sorted(np.linalg.eigvalsh(K))


def _line3(tmp_path, line: str) -> list[str]:
    return verdicts(tmp_path, A_TOML, HEAD + line + "\n")[0].get(3, [])


def test_every_spelling_is_one_english_word_and_the_table_is_data():
    spellings = [s for _, _, row in WORDS for s in row.split()]
    assert len(spellings) == len({s.lower() for s in spellings})   # no spelling means two things


@pytest.mark.parametrize("line, english_line", [
    ("afleiðan með tilliti til fyrstu vigtarinnar er @0@", "derivative with respect to first weight is @0@"),
    ("die Ableitung nach dem zweiten Gewicht ist @0@", "the derivative with respect to the second weight is @0@"),
    ("önnur hliðrunin", "second bias"),
    ("der zweite Eigenwert ist etwa @0@", "the second eigenvalue is about @0@"),
    ("fyrsta stak kjarnans er @0@", "first entry of the kernel is @0@"),
    ("la dérivée par rapport au premier poids est @0@", "the derivative with respect to the first weight is @0@"),
])
def test_a_sentence_is_written_in_english(line, english_line):
    assert english(line) == english_line


@pytest.mark.parametrize("line", ["the first weight is @0@, die is cast", "er is the same", "so $x$ and $y$"])
def test_a_line_without_foreign_content_words_is_kept(line):
    assert not foreign(line) and english(line) == line


# (sentence with the value, parameter, entry, the value as a function of x)
DERIVATIVES = [
    ("afleiðan með tilliti til fyrstu vigtarinnar er $x$", "W1", (0, 0), lambda x: x),
    ("afleiðan með tilliti til fyrstu vigtarinnar er $2x$", "W1", (0, 0), lambda x: 2 * x),
    ("afleiðan m.t.t. annarrar vigtarinnar er $0$", "W1", (1, 0), lambda x: 0),
    ("afleiðan m.t.t. annarrar hliðrunarinnar er $1$", "b1", (1,), lambda x: 1),
    ("die Ableitung nach dem zweiten Gewicht ist $x$", "W1", (1, 0), lambda x: x),
    ("die Ableitung nach dem ersten Bias ist $1$", "b1", (0,), lambda x: 1),
    ("Die partielle Ableitung bzgl. des ersten Gewichts ist $x$", "W1", (0, 0), lambda x: x),
    ("den afledte med hensyn til den første vægt er $x$", "W1", (0, 0), lambda x: x),
    ("derivatan med avseende på den andra vikten är $x$", "W1", (1, 0), lambda x: x),
    ("la dérivée par rapport au premier poids est $x$", "W1", (0, 0), lambda x: x),
    ("la derivada con respecto al segundo sesgo es $0$", "b1", (1,), lambda x: 0),
    ("afleiðan með tilliti til fyrstu vigtarinnar er x", "W1", (0, 0), lambda x: x),
    ("afleiðan með tilliti til fyrstu vigtarinnar er 2x.", "W1", (0, 0), lambda x: 2 * x),
    ("die Ableitung nach dem ersten Bias ist 1", "b1", (0,), lambda x: 1),
]


@pytest.mark.parametrize("line, name, index, formula", DERIVATIVES)
def test_a_derivative_said_in_another_language_is_judged(tmp_path, line, name, index, formula):
    expected = "correct" if agrees(A, name, index, formula, A_X) else "wrong"
    assert _line3(tmp_path, line) == [expected]


@pytest.mark.parametrize("line, value", [
    ("der zweite Eigenwert ist etwa {:.2f}", HIGH), ("annað eigingildið er um {:.2f}", LOW),
    ("der erste Eigenwert ist etwa {:.2f}", HIGH + 1), ("the second eigenvalue is about ${:.2f}$", LOW),
    ("annað eigingildið er um {:.2f}", LOW + 0.5),
])
def test_one_eigenvalue_named_by_an_ordinal_is_one_of_them(tmp_path, line, value):
    text = line.format(value)
    comma = text.replace(f"{value:.2f}", f"{value:.2f}".replace(".", ","))
    expected = "correct" if min(abs(value - LOW), abs(value - HIGH)) < 0.01 else "wrong"
    assert _line3(tmp_path, text) == [expected]
    assert _line3(tmp_path, comma) == [expected]   # a decimal comma: 26,70


@pytest.mark.parametrize("line, order, value", [
    ("fyrsta stak kjarnans er {}", 1, None), ("der zweite Eintrag von $K$ ist ${}$", 2, None),
    ("the third entry of the kernel is ${}$", 3, None), ("fyrsta stak kjarnans er {}", 1, 9),
])
def test_an_entry_of_the_kernel_named_by_an_ordinal(tmp_path, line, order, value):
    truth = round(K.flatten()[order - 1], 6)   # row by row; K is symmetric, so column by column too
    value = truth if value is None else value
    expected = "correct" if abs(value - truth) < 1e-6 else "wrong"
    assert _line3(tmp_path, line.format(round(value))) == [expected]


@pytest.mark.parametrize("line", [
    "afleiðan með tilliti til fyrstu vigtarinnar er 1 í fyrsta punkti",   # a value at one datapoint
    "afleiðan með tilliti til fyrstu vigtarinnar er 1 og 2",
    "der fünfte Eigenwert ist etwa 3",   # no ordinal of the table, no claim
    "der dritte Eigenwert ist etwa 3",   # a third eigenvalue of a 2×2 kernel
    "der zweite Eigenwert ist etwa $\\lambda_2$",
    "das zweite Gewicht ist 1",   # a given value, not a derivative
])
def test_what_is_not_certain_is_not_read(tmp_path, line):
    assert _line3(tmp_path, line) == []


@pytest.mark.parametrize("line, made", [
    ("afleiðan með tilliti til fyrstu vigtarinnar er 1", "afleiðan með tilliti til fyrstu vigtarinnar er $1$"),
    ("der zweite Eigenwert ist etwa 26,70.", "der zweite Eigenwert ist etwa $26,70$."),
    ("die Spur ist 27", None), ("x = 2 and the first weight is", None), ("the weight is 1", None),
])
def test_a_plain_value_at_the_end_of_an_ordinal_sentence_is_made_math(line, made):
    assert plain_values(line) == made


def test_english_sentences_are_read_as_before(tmp_path):
    assert _line3(tmp_path, "The derivative with respect to the first weight is $x$.") == ["correct"]
    assert _line3(tmp_path, "die Spur ist 27") == ["correct" if round(np.trace(K)) == 27 else "wrong"]


@pytest.mark.parametrize("head, line, name, index, formula", [
    ("Netz $f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$, die Ausgabegewichte $W^{[2]}$.",
     "die Ableitung nach dem zweiten Gewicht ist $x$", "W1", (1, 0), lambda x: x),
    ("Netið $f(x) = W^{[2]}(W^{[1]}x + b^{[2]}) + b^{[2]}$, úttaksvigtirnar $W^{[2]}$.",
     "afleiðan með tilliti til annarrar hliðrunarinnar er $1$", "b1", (1,), lambda x: 1),
    ("Netz $f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$.",
     "die Ableitung nach dem zweiten Ausgabegewicht ist $x + 1$", "W2", (0, 1), lambda x: x + 1),
])
def test_output_weights_named_in_another_language(tmp_path, head, line, name, index, formula):
    expected = "correct" if agrees(A, name, index, formula, A_X) else "wrong"
    assert verdicts(tmp_path, A_TOML, head + "\n\n" + line + "\n")[0].get(3, []) == [expected]


def test_without_output_weights_named_a_bare_ordinal_of_several_entries_is_not_read(tmp_path):
    notes = "Netz $f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$.\n\ndie Ableitung nach dem zweiten Gewicht ist $x$\n"
    assert verdicts(tmp_path, A_TOML, notes)[0].get(3, []) == []


@pytest.mark.parametrize("line, point, formula", [
    ("afleiðan með tilliti til fyrstu vigtarinnar er $1$ í fyrsta punktinum", 1, lambda x: 1),
    ("afleiðan með tilliti til fyrstu vigtarinnar er $2$ í fyrsta punktinum", 1, lambda x: 2),
    ("die Ableitung nach dem ersten Gewicht ist $2$ bei $x_2$", 2, lambda x: 2),
    ("the derivative with respect to the first weight is $2$ at the second point", 2, lambda x: 2),
    ("the derivative with respect to the first weight is $1$ at the second point", 2, lambda x: 1),
])
def test_a_derivative_said_at_one_datapoint_is_its_value_there(tmp_path, line, point, formula):
    expected = "correct" if agrees(A, "W1", (0, 0), formula, [A_X[point - 1]]) else "wrong"
    assert _line3(tmp_path, line) == [expected]


def test_a_derivative_said_somewhere_else_is_not_read(tmp_path):
    assert _line3(tmp_path, "the derivative with respect to the first weight is $1$ for small inputs") == []
