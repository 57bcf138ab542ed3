"""The number of parameters after a label that names it (count_labels.py).

Notes invented for these tests: f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]} with two hidden units has
2 + 2 + 2 + 1 = 7 parameters (counted by hand).
"""

import pytest
from check_helpers import notes_verdicts

from symntk.check.count_labels import labelled_counts

PROBLEM = ("$f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]}$ with $W^{[1]} = (1, 2)^T$, $b^{[1]} = (0, 1)^T$, "
           "$W^{[2]} = (1, 1)$, $b^{[2]} = 0$, $x_1 = 1$, $x_2 = 2$.\n\n")   # line 1


@pytest.mark.parametrize("line, verdict", [
    ("**Number of parameters:** 7", "correct"),
    ("Anzahl der Parameter: 7.", "correct"),
    ("Fjöldi stika: 7", "correct"),
    ("- Parameters: 7", "correct"),
    ("**Number of parameters:** 8", "wrong"),
    ("Fjöldi stika er 7.", "correct"),
    ("Number of parameters is 7.", "correct"),
    ("Anzahl der Parameter ist insgesamt 8", "wrong"),
    ("Antalet parametrar är 7", "correct"),
    ("eli parametreja on $7$.", "correct"),
    ("Parametreja on yhteensä 8.", "wrong"),
    ("Parametrien määrä on 7", "correct"),
])
def test_a_count_after_its_label(line, verdict):
    lines, _ = notes_verdicts(PROBLEM + line + "\n")
    assert lines[3] == [verdict]


def test_a_label_before_a_list_or_words_is_no_count():
    assert labelled_counts("Parameters: W^{[1]}, b^{[1]}") == []
    assert labelled_counts("Parameters: 7 weights and 3 biases") == []
    assert labelled_counts("Number of parameters: 7") == [("7", 22, 23)]


def test_a_verb_counts_only_after_a_counting_word():
    assert labelled_counts("the parameter is 7") == []   # one parameter's value
    assert labelled_counts("parametri on 7") == []       # Finnish singular: one parameter's value
    assert labelled_counts("Number of parameters is 7 weights") == []


@pytest.mark.parametrize("line, verdict", [
    ("Parameter vector (7 entries):", "correct"),
    ("Parametervektor (mit 6 Einträgen)", "wrong"),
    ("$\\theta$ (7 components), in this order:", "correct"),
])
def test_theta_with_its_count_in_brackets(line, verdict):
    """θ named, then its number of entries in brackets: the count of parameters (7 here, so 6 is wrong)."""
    lines, _ = notes_verdicts(PROBLEM + line + "\n")
    assert lines[3] == [verdict]


def test_a_bracketed_count_needs_theta_named():
    """``The vector (7 entries)`` names no θ; ``Parameters (7 weights and 3 biases)`` counts kinds, not θ."""
    assert labelled_counts("The vector (7 entries)") == []
    assert labelled_counts("Parameters (7 weights and 3 biases)") == []
