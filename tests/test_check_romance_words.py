"""Prose of French, Spanish, Italian, Portuguese, Dutch and Scandinavian notes: a parameter dropped on purpose
(symntk.check.dropped_words.DROPPING and its negation, condition and reason words), a value taken back in words
(``…, perdón, es 8``, symntk.check.retractions) and both eigenvalues named ``λ_{1/2}`` (spelling rule).

Exercises invented (worked by hand):

* DROP: f = W2 relu(W1 x + b1) + b2, W1 = (1, −1)ᵀ, b1 = (0, 0)ᵀ, W2 = (3, 2), b2 = 1, x = 1, 2. At x_1 = 1:
  z = (1, −1), ∇f = (3, 0, 3, 0, 1, 0, 1); ∂f/∂b2 = 1 at both points, so dropping b2 is wrong and
  (3, 0, 3, 0, 1, 0) without it is carried.
* THETA_HEAD: f = θ3(θ1 x + θ2) + θ4, θ = (2, 1, 3, 0), x = 1, 2: ∇f(1) = (3, 3, 3, 1), ∇f(2) = (6, 3, 5, 1),
  K11 = 9 + 9 + 9 + 1 = 28, K12 = 18 + 9 + 15 + 1 = 43, K22 = 36 + 9 + 25 + 1 = 71, tr K = 99,
  det K = 1988 − 1849 = 139, λ = (99 ± √(9801 − 556))/2 = (99 ± √9245)/2.
"""

import pytest
from check_helpers import THETA_HEAD, notes_verdicts

from symntk.check.dropped_words import dropped_names
from symntk.check.normalise import normalise

DROP = ("$f(x) = W^{[2]}\\,\\mathrm{relu}(W^{[1]}x+b^{[1]}) + b^{[2]}$, $W^{[1]} = [1,-1]^T$, "
        "$b^{[1]} = [0,0]^T$, $W^{[2]} = [3,2]$, $b^{[2]} = 1$, $x_1 = 1$, $x_2 = 2$\n\n"
        "$\\theta = (W^{[1]}_1, W^{[1]}_2, b^{[1]}_1, b^{[1]}_2, W^{[2]}_1, W^{[2]}_2, b^{[2]})$\n\n")   # lines 1, 3


@pytest.mark.parametrize("sentence, names", [
    ("On néglige $c_2$ ici, car il ne change rien au noyau.", [["c_2"]]),
    ("Je laisse $v$ de côté : ce n'est qu'un décalage.", [["v"]]),
    ("$b_3$ ne sert à rien dans le calcul, je le supprime.", [["b_3"]]),
    ("Descarto $b^{(2)}$ y $b^{(3)}$ porque solo suman una constante.", [["b^{(2)}, b^{(3)}"]]),
    ("El sesgo $c$ no lo incluyo, ya que no cambia el kernel.", [["c"]]),
    ("Trascuro $b_4$, perché trasla soltanto f.", [["b_4"]]),
    ("Desprezo o $b_2$ pois só desloca f.", [["b_2"]]),
    ("$c_1$ laat ik weg, het verschuift alleen f.", [["c_1"]]),
    ("Vi ser bort fra $b_5$ fordi den bare flytter f.", [["b_5"]]),
])
def test_a_dropping_sentence_in_the_other_languages_names_what_it_drops(sentence, names):
    assert dropped_names(sentence) == names


@pytest.mark.parametrize("sentence", [
    "Il ne faut pas négliger $b_2$.",              # negated
    "Si on omet $b_2$, que devient $K$ ?",          # a condition and a question
    "Nunca descarto $c$.",                          # negated
    "Non bisogna trascurare $b_3$.",                # negated
    "$b_2$ no influye en la derivada respecto a $W_1$.",   # about a derivative
    "Au deuxième point $b_2$ ne contribue pas.",   # one datapoint
    "Cuando omito $b_2$ el núcleo cambia.",         # a condition
])
def test_a_negated_conditional_or_derivative_sentence_drops_nothing(sentence):
    assert dropped_names(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Je laisse tomber $b^{[2]}$ pour le gradient, il ne fait que translater $f$.",
    "$b^{[2]}$ no lo pongo en el gradiente porque solo mueve $f$ hacia arriba.",
    "Ometto $b^{[2]}$, sposta solo f.",
])
def test_a_dropped_output_bias_is_wrong_and_the_shorter_gradient_carried(sentence):
    lines, first = notes_verdicts(DROP + sentence + "\n\n$g(x_1) = (3, 0, 3, 0, 1, 0)$\n")
    assert lines[5] == ["wrong"] and first == 5 and lines[7] == ["carried"]


@pytest.mark.parametrize("remark, verdict", [
    ("perdón, es $28$", "correct"), ("pardon, c'est $28$", "correct"), ("scusa, è $28$", "correct"),
    ("sorry, het is $28$", "correct"), ("mejor dicho $28$", "correct"), ("perdón, es $27$", "wrong"),
])
def test_a_value_taken_back_in_words_is_replaced_by_the_new_one(remark, verdict):
    # K11 = 28: the 29 written first is taken back, only the new value is judged (with the sum 9+9+9+1, correct)
    lines, _ = notes_verdicts(THETA_HEAD + f"$K_{{11}} = 9+9+9+1 = 29$, {remark}.\n")
    assert lines[5] == ["correct", verdict]


def test_without_a_take_back_word_the_first_value_stays():
    lines, first = notes_verdicts(THETA_HEAD + "$K_{11} = 9+9+9+1 = 29$, donc $28$.\n")
    assert "wrong" in lines[5] and first == 5


def test_both_eigenvalues_named_with_a_slash():
    assert normalise(r"\lambda_{1/2} = \frac{99 \pm \sqrt{9245}}{2}").startswith(r"\lambda_{1,2} =")
    assert normalise(r"λ_1/2 = (99 ± √9245)/2").startswith(r"\lambda_{1,2} =")
    assert "lambda_{1,2}" not in normalise(r"\lambda_1/2 = 3")   # λ_1 halved: no ± after it


def test_eigenvalues_named_with_a_slash_are_judged():
    notes = (THETA_HEAD + "$K = \\begin{pmatrix} 28 & 43 \\\\ 43 & 71 \\end{pmatrix}$\n\n"
             "$\\lambda_{1/2} = \\frac{99 \\pm \\sqrt{9245}}{2}$\n\n"
             "$\\lambda_{1/2} = \\frac{99 \\pm \\sqrt{9254}}{2}$\n")
    lines, first = notes_verdicts(notes)
    assert lines[7] == ["correct"] and lines[9] == ["wrong"] and first == 9


@pytest.mark.parametrize("sentence, claims", [
    ("La trace vaut $99$ et le déterminant vaut $139$.", ["correct", "correct"]),
    ("La traza es $99$ y el determinante vale $139$.", ["correct", "correct"]),
    ("La traccia è $98$.", ["wrong"]),
    ("Le gradient en $x_2$ vaut $(6, 3, 5, 1)$.", ["correct"]),
    ("El gradiente en $x_1$ es $(3, 3, 3, 2)$.", ["wrong"]),
])
def test_the_trace_the_determinant_and_a_gradient_said_in_romance_sentences(sentence, claims):
    # tr K = 99, det K = 139, ∇f(x_2) = (6, 3, 5, 1), ∇f(x_1) = (3, 3, 3, 1) (module doc)
    lines, _ = notes_verdicts(THETA_HEAD + "$K = \\begin{pmatrix} 28 & 43 \\\\ 43 & 71 \\end{pmatrix}$\n\n"
                              + sentence + "\n")
    assert lines.get(7) == claims


def test_no_before_a_bare_verb_negates_and_takes_nothing_back():
    # "no es 29" says K11 is not 29: the 28 stated first stays and is judged (K11 = 28, correct)
    lines, first = notes_verdicts(THETA_HEAD + "$K_{11} = 9+9+9+1 = 28$, no es $29$.\n")
    assert lines[5][:2] == ["correct", "correct"] and first == 0
