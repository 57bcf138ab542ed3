"""Dropping a parameter in Polish, Czech, Slovak, Slovenian and Croatian words (``Biasu $b^{[2]}$ nie liczę, bo
tylko przesuwa f``, ``$b_2$ vynechám, protože jen posouvá f``): the words of symntk.check.dropped_words for those
languages, with their reasons (``bo``, ``protože``, ``jer``), conditions (``jeśli``, ``pokud``) and derivatives
(``pochodna``).

Notes invented (worked by hand): relu net W⁽¹⁾ = [1, −1]ᵀ, b⁽¹⁾ = 0, W⁽²⁾ = [3, 2], b⁽²⁾ = 1, datapoints 1 and 2;
∂f/∂b⁽²⁾ = 1 at both datapoints, so dropping b⁽²⁾ is wrong.
"""

from check_helpers import notes_verdicts

from symntk.check.dropped_words import dropped_names

PROBLEM = ("$f(x) = W^{[2]}\\,\\mathrm{relu}(W^{[1]}x+b^{[1]}) + b^{[2]}$, $W^{[1]} = [1,-1]^T$, "
           "$b^{[1]} = [0,0]^T$, $W^{[2]} = [3,2]$, $b^{[2]} = 1$, $x_1 = 1$, $x_2 = 2$\n\n")   # line 1
THETA = "$\\theta = (W^{[1]}_1, W^{[1]}_2, b^{[1]}_1, b^{[1]}_2, W^{[2]}_1, W^{[2]}_2, b^{[2]})$\n\n"   # line 3


def test_the_words_of_a_dropping_in_slavic_languages():
    assert dropped_names("Biasu $b^{[2]}$ nie liczę, bo on tylko przesuwa $f$ i nic nie wnosi do jądra.") == \
        [["b^{[2]}"]]
    assert dropped_names("Pomijam $d$, ponieważ nie zmienia $K$.") == [["d"]]
    assert dropped_names("$b_3$ vynechám, protože jen posouvá $f$.") == [["b_3"]]
    assert dropped_names("Bias $c$ zanemarujem jer ne mijenja jezgru.") == [["c"]]
    assert dropped_names("$b_2$ izpustim, ker ne spremeni jedra.") == [["b_2"]]
    assert dropped_names("Nie pomijam $b^{[2]}$.") == []                       # negated: nothing dropped
    assert dropped_names("Jeśli $x = 0$, pomijam $b_1$.") == []               # a condition: no claim
    assert dropped_names("W pochodnej względem $W^{[1]}$ $b^{[2]}$ odpada.") == []   # about a derivative
    assert dropped_names("Kolejność $W$ i $b$ nie ma znaczenia.") == []       # about the order


def test_a_polish_dropping_is_judged_and_carried():
    notes = (PROBLEM + THETA + "Biasu $b^{[2]}$ nie uwzględniam, bo tylko przesuwa $f$.\n\n"
             + "$g(x_1) = (3, 0, 3, 0, 1, 0)$\n")
    lines, first = notes_verdicts(notes)
    assert lines[5] == ["wrong"] and first == 5 and lines[7] == ["carried"]
