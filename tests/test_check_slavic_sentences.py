"""Results said in Polish, Czech and Croatian sentences (``Druga wartość własna wynosi około 0,30``): the words of
symntk.check.sentence_words for those languages and their verbs ``wynosi``/``iznosi`` with ``około``/``otprilike``
(symntk.check.ordinal_results).

Invented notes (worked by hand): W⁽¹⁾ = 1, b⁽¹⁾ = 0, W⁽²⁾ = 2, b⁽²⁾ = 1 at x = 0 and 1: ∇f(x) = (2x, 2, x, 1), rows
(0, 2, 0, 1) and (2, 2, 1, 1), K = [[5, 5], [5, 10]], tr K = 15, det K = 25, λ = (15 ± 5√5)/2 ≈ 13.09 and 1.91.
"""

import pytest
from check_helpers import notes_verdicts

from symntk.check.sentence_words import english

HEAD = ("Dane: $W^{[1]} = 1$, $b^{[1]} = 0$, $W^{[2]} = 2$, $b^{[2]} = 1$, $x_1 = 0$, $x_2 = 1$.\n\n"   # 1
        "$f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$\n\n"                                           # 3
        "$K = \\begin{pmatrix} 5 & 5 \\\\ 5 & 10 \\end{pmatrix}$\n\n")                                  # 5


def test_the_words_read_in_english():
    assert english("Druga wartość własna wynosi około 0,30.") == "second eigenvalue is about 0,30."
    assert english("Pochodna względem pierwszej wagi wynosi @1@.") == \
        "derivative with respect to first weight is @1@."
    assert english("Zatem $K$ jest symetryczna.") == "Zatem $K$ jest symetryczna."   # no content word: kept


@pytest.mark.parametrize("line7, line9, verdicts", [
    ("Pierwsza wartość własna wynosi około 13,09.", "Druga wartość własna wynosi około 1,91.",
     (["correct"], ["correct"])),
    ("Pierwsza wartość własna wynosi około 13,09.", "Druga wartość własna wynosi 2.", (["correct"], ["wrong"])),
    ("Prva svojstvena vrijednost iznosi otprilike 13,09.", "Druga svojstvena vrijednost iznosi otprilike 1,91.",
     (["correct"], ["correct"])),
])
def test_eigenvalues_said_in_sentences_are_judged(line7, line9, verdicts):
    lines, _ = notes_verdicts(HEAD + line7 + "\n\n" + line9 + "\n")
    assert (lines.get(7), lines.get(9)) == verdicts
