"""Finnish (and the European languages the word lists lacked) where the checker holds words for the other
languages: all weights/biases, counts, the trace, determinant and eigenvalues said in words, an activation's
derivative said in words, and a term of a formula written in words (named_values, count_labels, prose,
word_results, inline_names, facts, plain_words, reading).

The notes here are invented for these tests. f(x) = W⁽²⁾(W⁽¹⁾x + b⁽¹⁾) + b⁽²⁾ with every W = 1, every b = 0 at
x₁ = 1, x₂ = 2 has gradients (x, 1, x, 1) (by hand: (W⁽²⁾x, W⁽²⁾, W⁽¹⁾x + b⁽¹⁾, 1)), so K = [[4, 6], [6, 10]],
tr K = 14, det K = 4, λ = 7 ± √45 ≈ 13,708 and 0,292, and θ has 4 entries.
"""

import pytest
from check_helpers import line_verdicts

from symntk.check import check_text
from symntk.check.facts import derivative_rule
from symntk.check.plain_words import derivative_in_words
from symntk.check.word_results import word_results

from reference import exact_jacobian, gram

GIVEN = ("$f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$, kaikki painot ovat 1 ja kaikki biasit 0; "
         "$x_1 = 1$, $x_2 = 2$.\n"     # 1
         "\n"
         r"Ydin on $K = \begin{pmatrix}4&6\\6&10\end{pmatrix}$." "\n"   # 3
         "\n")


def _line5(line: str) -> list[str]:
    return line_verdicts(check_text(GIVEN + line + "\n", "notes.md")).get(5, [])


def test_the_invented_kernel_by_the_reference():
    assert gram(exact_jacobian([1, 0, 1, 0], [1, 1, 1], ["identity"], [[1], [2]])) == [[4, 6], [6, 10]]


@pytest.mark.parametrize("line, verdicts", [
    ("Jälki on 14 ja determinantti on 5.", ["correct", "wrong"]),
    (r"Jälki $= 14$, determinantti $\approx 4{,}0$.", ["correct", "correct"]),
    (r"Jälki $= 15$.", ["wrong"]),
    ("Ominaisarvot ovat 13,71 ja 0,29.", ["correct"]),
    ("Ominaisarvot ovat 13,71 ja 0,39.", ["wrong"]),
    ("Ominaisarvot ovat noin 13,71 ja 0,29.", ["correct"]),
    ("K_{12} on 6.", ["correct"]),
    (r"$\theta = (W^{[1]}, b^{[1]}, W^{[2]}, b^{[2]})$, siis 4 parametria.", ["correct", "correct"]),
    ("Yhteensä 5 parametria.", ["wrong"]),
    ("Parametreja on 4.", ["correct"]),
    ("The trace is 14 and the determinant is 4.", ["correct", "correct"]),   # a full stop ends the number
])
def test_results_said_in_finnish(line, verdicts):
    assert _line5(line) == verdicts


def test_finnish_on_is_a_verb_only_before_a_number_that_ends_the_clause():
    assert word_results("K_{11} on 8.") == [("K_{11} = 8", (0, 11))]
    assert word_results("λ_1 on 2 decimals") == []      # English "on": no claim
    assert word_results("K_{11} on 3 lines below") == []


@pytest.mark.parametrize("line, rule", [
    (r"ReLU:n derivaatta on $\mathbf 1[z>0]$.", r"\operatorname{relu}' = \mathbf 1[z>0]"),
    (r"$\tanh$:n derivaatta on $1 - \tanh^2 z$", r"\tanh' = 1 - \tanh^2 z"),
    (r"Sigmoidin derivaatta on $\sigma(1-\sigma)$", r"\sigma' = \sigma(1-\sigma)"),
    (r"De afgeleide van tanh is $1 - \tanh^2 z$", r"\tanh' = 1 - \tanh^2 z"),
    (r"ReLU:n derivaatta on $1$ kun $z > 0$", None),   # one case of the rule, not the rule
])
def test_an_activations_derivative_said_in_words(line, rule):
    assert derivative_rule(line) == rule


@pytest.mark.parametrize("line, said", [
    ("tanhin derivaatta on 1 - tanh(z)^2", "tanh'(z) = 1 - tanh(z)^2"),
    ("la dérivée de tanh est 1 - tanh(z)^2", "tanh'(z) = 1 - tanh(z)^2"),
    ("derivatan av ReLU är 1", "relu'(z) = 1"),
])
def test_an_activations_derivative_in_plain_words(line, said):
    assert derivative_in_words(line) == said


def test_a_finnish_derivative_rule_is_judged():
    given = (r"$f(x) = W^{[2]}\tanh(W^{[1]}x + b^{[1]}) + b^{[2]}$, $W^{[1]} = 1$, $b^{[1]} = 0$, $W^{[2]} = 2$, "
             r"$b^{[2]} = 0$, $x_1 = 0$, $x_2 = 1$." "\n\n")
    right = line_verdicts(check_text(given + r"Tanhin derivaatta on $1 - \tanh^2 z$." "\n", "notes.md"))
    wrong = line_verdicts(check_text(given + r"Tanhin derivaatta on $1 - \tanh z$." "\n", "notes.md"))
    assert right[3] == ["correct"]
    assert wrong[3] == ["wrong"]


@pytest.mark.parametrize("line", [
    r"$\lambda^2 - (\operatorname{tr}K)\lambda + (\text{summa 2×2 minora}) = 0$",
    r"$\det K = \text{Produkt der Diagonale} - K_{12}^2$",
])
def test_a_term_in_words_is_a_recipe_not_a_claim(line):
    report = check_text(GIVEN + line + "\n", "notes.md")
    assert line_verdicts(report).get(5) is None
    assert report.exit_code == 0
