"""Several parameters left out together in one sentence (``Ég sleppi $c_1, c_2$``, ``$W^{[2]}_2$ and $b^{[1]}_2$ do
not matter``): one claim that each contributes nothing, wrong when any of them does; a phrase's own negation
(``skiptir ekki máli``) beside another phrase still drops (symntk.check.dropped_words, dropped_parameters).

Notes invented for these tests (worked by hand): f(x) = W^{[2]} relu(W^{[1]} x + b^{[1]}) + b^{[2]} with
W^{[1]} = [1, −1]^T, b^{[1]} = [0, 0]^T, W^{[2]} = [3, 2], b^{[2]} = 1, x_1 = 1, x_2 = 2. z = (x, −x): unit 2 is dead
at both datapoints, a(x_1) = (1, 0). θ = (W^{[1]}_1, W^{[1]}_2, b^{[1]}_1, b^{[1]}_2, W^{[2]}_1, W^{[2]}_2, b^{[2]}):
∇f(x_1) = (3, 0, 3, 0, 1, 0, 1), K_11 = 9 + 9 + 1 + 1 = 20. ∂f/∂W^{[2]}_2 = ∂f/∂b^{[1]}_2 = 0 at both points
(dropping both is right); ∂f/∂b^{[2]} = 1 (dropping it with b^{[1]}_2 is wrong). Without b^{[1]}_2 and b^{[2]}:
∇f(x_1) = (3, 0, 3, 1, 0), K_11 = 9 + 9 + 1 = 19.
"""

from check_helpers import notes_verdicts

from symntk.check.dropped_words import dropped_names

PROBLEM = ("$f(x) = W^{[2]}\\,\\mathrm{relu}(W^{[1]}x+b^{[1]}) + b^{[2]}$, $W^{[1]} = [1,-1]^T$, "
           "$b^{[1]} = [0,0]^T$, $W^{[2]} = [3,2]$, $b^{[2]} = 1$, $x_1 = 1$, $x_2 = 2$\n\n")   # line 1
THETA = ("$\\theta = (W^{[1]}_1, W^{[1]}_2, b^{[1]}_1, b^{[1]}_2, W^{[2]}_1, W^{[2]}_2, b^{[2]})$\n\n")   # line 3


def _notes(sentence: str, gradient: str, k11: str) -> str:
    return PROBLEM + THETA + sentence + "\n\n" + f"$g(x_1) = {gradient}$\n\n" + f"$K_{{11}} = {k11}$\n"


def test_two_dropped_in_one_math_one_of_which_contributes_is_wrong_and_the_rest_carried():
    lines, first = notes_verdicts(_notes("Ég sleppi $b^{[1]}_2, b^{[2]}$ í kjarnanum, þær hliðra bara $f$ og skipta "
                                         "ekki máli.", "(3, 0, 3, 1, 0)", "9 + 9 + 1 = 19"))
    assert lines[5] == ["wrong"] and first == 5
    assert lines[7] == ["carried"] and set(lines[9]) == {"carried"}


def test_two_dropped_joined_by_and_that_contribute_nothing_are_right():
    lines, first = notes_verdicts(_notes("$W^{[2]}_2$ and $b^{[1]}_2$ do not matter, unit 2 is dead at both points.",
                                         "(3, 0, 3, 0, 1, 0, 1)", "9 + 9 + 1 + 1 = 20"))
    assert lines[5] == ["correct"] and first == 0 and lines[7] == ["correct"]


def test_a_phrase_negated_in_itself_beside_another_still_drops():
    lines, first = notes_verdicts(_notes("$b^{[2]}$ sleppi ég, hann hliðrar bara $f$ og skiptir ekki máli.",
                                         "(3, 0, 3, 0, 1, 0)", "19"))
    assert lines[5] == ["wrong"] and first == 5 and lines[7] == ["carried"]


def test_lists_that_drop_no_set_of_parameters_are_no_claims():
    for sentence in ("$b^{[2]}$ only shifts f, unlike $W^{[2]}_1$, so I skip it.",   # two names, not one list
                     "$b^{[2]}, q$ don't matter.",                                    # q is no parameter
                     "Ég sleppi ekki $b^{[1]}_2, b^{[2]}$."):                          # negated
        lines, first = notes_verdicts(_notes(sentence, "(3, 0, 3, 0, 1, 0, 1)", "20"))
        assert 5 not in lines and first == 0, sentence


def test_the_words_of_a_list_dropped():
    assert dropped_names("I skip $b_1$ and $b_2$, they only shift f.") == [["b_1, b_2", "f"]]
    assert dropped_names("Ég sleppi $c_1, c_2$ í kjarnanum, þær skipta ekki máli.") == [["c_1, c_2"]]
    assert dropped_names("$c_1$, $c_2$ og $c_3$ skipta ekki máli") == [["c_1, c_2, c_3"]]
    assert dropped_names("$b_1$ unlike $b_2$ does not matter") == [["b_1", "b_2"]]
