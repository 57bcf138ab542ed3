"""A dropping sentence naming its parameter with Unicode indices (``b² lasse ich weg``, ``I skip W²₁``, ``b⁽²⁾``)
and a German reason opened by the pronoun ``der``/``die``/``er``/``sie`` (``$b^{(3)}$ lasse ich weg, der verschiebt
$f$ nur und hängt nicht von $x$ ab``): both are read (symntk.check.dropped_words._BARE and _REASON). ``die`` before a
capitalised noun is an article, no reason, and its negation still takes the dropping back.

Notes invented (worked by hand): as in test_check_dropped_reasons, f(x) = W² relu(W¹x + b¹) + b² with W¹ = [1, −1]ᵀ,
b¹ = 0, W² = [3, 2], b² = 1; at x₁ = 1: h = (1, 0), ∂f/∂b² = 1 ≠ 0, so dropping b² is wrong, and ∇f(x₁) without it,
(W²₁·x, W²₂·0·x, W²₁, 0, h₁, h₂) = (3, 0, 3, 0, 1, 0), is carried.
"""

from check_helpers import notes_verdicts

from symntk.check.dropped_words import dropped_names

PROBLEM = ("$f(x) = W^{[2]}\\,\\mathrm{relu}(W^{[1]}x+b^{[1]}) + b^{[2]}$, $W^{[1]} = [1,-1]^T$, "
           "$b^{[1]} = [0,0]^T$, $W^{[2]} = [3,2]$, $b^{[2]} = 1$, $x_1 = 1$, $x_2 = 2$\n\n")   # line 1
THETA = "$\\theta = (W^{[1]}_1, W^{[1]}_2, b^{[1]}_1, b^{[1]}_2, W^{[2]}_1, W^{[2]}_2, b^{[2]})$\n\n"   # line 3


def test_the_words_of_a_dropping_with_unicode_indices():
    assert dropped_names("b² lasse ich weg.") == [["b²"]]
    assert dropped_names("I skip W²₁, it adds nothing.") == [["W²₁"]]
    assert dropped_names("b⁽²⁾ ignoriere ich.") == [["b⁽²⁾"]]
    assert dropped_names("I skip b^[2] (c₁, c₂).") == [["b^[2]"]]   # a subscript alone: an alias
    assert dropped_names("I don't skip b².") == []


def test_the_words_of_a_german_reason_opened_by_a_pronoun():
    assert dropped_names("$b^{(3)}$ lasse ich weg, der verschiebt $f$ nur und hängt nicht von $x$ ab.") == [["b^{(3)}"]]
    assert dropped_names("$c$ ignoriere ich, er ändert $K$ nicht.") == [["c"]]
    assert dropped_names("b2 lasse ich weg, die Ableitung ist nicht 0.") == []   # "die" an article: a negation


def test_unicode_dropping_is_judged_and_carried():
    notes = PROBLEM + THETA + "b² lasse ich weg, das verschiebt f ja nur und ändert den Kernel nicht.\n\n"
    lines, first = notes_verdicts(notes + "$g(x_1) = (3, 0, 3, 0, 1, 0)$\n")
    assert lines[5] == ["wrong"] and first == 5 and lines[7] == ["carried"]


def test_german_pronoun_reason_is_judged_and_carried():
    notes = PROBLEM + THETA + "$b^{[2]}$ lasse ich weg, der verschiebt $f$ nur und hängt nicht von $x$ ab.\n\n"
    lines, first = notes_verdicts(notes + "$g(x_1) = (3, 0, 3, 0, 1, 0)$\n")
    assert lines[5] == ["wrong"] and first == 5 and lines[7] == ["carried"]
