"""A parameter left out in words ("$b^{[2]}$ only shifts f, I leave it out") is the claim that it contributes nothing
(symntk.check.dropped_words, symntk.check.dropped_parameters): wrong when ∂f/∂θ is not 0 at every datapoint, right
when it is; the gradients and kernel entries without it are carried from it; other sentences with such words are
no claim.

Notes invented for these tests (worked by hand): f(x) = W^{[2]} relu(W^{[1]} x + b^{[1]}) + b^{[2]} with
W^{[1]} = [1, −1]^T, b^{[1]} = [0, 0]^T, W^{[2]} = [3, 2], b^{[2]} = 1, x_1 = 1, x_2 = 2. Then z = (x, −x): unit 2
is dead at both datapoints, a(x_1) = (1, 0), a(x_2) = (2, 0). With θ = (W^{[1]}_1, W^{[1]}_2, b^{[1]}_1, b^{[1]}_2,
W^{[2]}_1, W^{[2]}_2, b^{[2]}): ∇f(x_1) = (3, 0, 3, 0, 1, 0, 1), ∇f(x_2) = (6, 0, 3, 0, 2, 0, 1), K_11 = 9 + 9 + 1 +
1 = 20, K_12 = 18 + 9 + 2 + 1 = 30. ∂f/∂b^{[2]} = 1 everywhere (dropping it is wrong); ∂f/∂W^{[2]}_2 = a_2 = 0 and
∂f/∂b^{[1]}_2 = W^{[2]}_2 relu′(z_2) = 0 at both datapoints (dropping either is right). Without b^{[2]}:
∇f(x_1) = (3, 0, 3, 0, 1, 0), K_11 = 19, K_12 = 29.
"""

from check_helpers import notes_verdicts

from symntk.check.dropped_words import dropped_clauses, dropped_names

PROBLEM = ("$f(x) = W^{[2]}\\,\\mathrm{relu}(W^{[1]}x+b^{[1]}) + b^{[2]}$, $W^{[1]} = [1,-1]^T$, "
           "$b^{[1]} = [0,0]^T$, $W^{[2]} = [3,2]$, $b^{[2]} = 1$, $x_1 = 1$, $x_2 = 2$\n\n")   # line 1
THETA = ("$\\theta = (W^{[1]}_1, W^{[1]}_2, b^{[1]}_1, b^{[1]}_2, W^{[2]}_1, W^{[2]}_2, b^{[2]})$\n\n")   # line 3


def _notes(sentence: str, gradient: str, k11: str) -> str:
    return PROBLEM + THETA + sentence + "\n\n" + f"$g(x_1) = {gradient}$\n\n" + f"$K_{{11}} = {k11}$\n"
    # sentence on line 5, gradient on line 7, K_11 on line 9


def test_output_bias_left_out_is_wrong_and_what_follows_carried():
    lines, first = notes_verdicts(_notes("$b^{[2]}$ only shifts f, so I leave it out.", "(3, 0, 3, 0, 1, 0)",
                                         "9 + 9 + 1 = 19"))
    assert lines[5] == ["wrong"] and first == 5
    assert lines[7] == ["carried"] and set(lines[9]) == {"carried"}


def test_german_sentence_and_a_zero_in_its_place():
    lines, first = notes_verdicts(_notes("($b^{[2]}$ kommt nur additiv vor, also fällt das raus)",
                                         "(3, 0, 3, 0, 1, 0, 0)", "9 + 9 + 1 = 19"))
    assert lines[5] == ["wrong"] and first == 5 and lines[7] == ["carried"]


def test_icelandic_sentence():
    lines, first = notes_verdicts(_notes("$b^{[2]}$ hliðrar bara f svo ég sleppi því.", "(3, 0, 3, 0, 1, 0)",
                                         "19"))
    assert lines[5] == ["wrong"] and first == 5 and lines[7] == ["carried"]


def test_weight_of_a_unit_dead_everywhere_may_be_left_out():
    lines, first = notes_verdicts(_notes("$W^{[2]}_2$ does not matter here, unit 2 is dead at both points.",
                                         "(3, 0, 3, 0, 1, 0, 1)", "9 + 9 + 1 + 1 = 20"))
    assert lines[5] == ["correct"] and first == 0
    assert lines[7] == ["correct"] and set(lines[9]) == {"correct"}


def test_sentences_that_drop_nothing_are_no_claims():
    for sentence in ("$b^{[2]}$ does not appear in the derivative w.r.t. $W^{[1]}_1$.",
                     "I skip the zero terms.", "Don't skip $b^{[2]}$, it adds 1 to every entry.",
                     "Can I skip $b^{[2]}$?", "If $b^{[2]}$ were 0 I could skip it.",
                     "$W^{[2]}_2$ contributes nothing at $x_2$.", "I ignore $K_{22}$ for now.",
                     "$b^{[2]}$ just shifts f."):
        lines, first = notes_verdicts(_notes(sentence, "(3, 0, 3, 0, 1, 0, 1)", "20"))
        assert 5 not in lines and first == 0, sentence


def test_the_words_of_a_dropping_sentence():
    assert dropped_names("> [!note] $b^{[2]}$ just shifts f, I'll skip it") == [["b^{[2]}", "f"]]
    assert dropped_names("(c just shifts f so it doesnt matter)") == [["c", "f"]]
    assert dropped_names("(b^2 kommt ja nur additiv vor, also fällt das raus)") == [["b^2"]]
    assert dropped_names("b2 skiptir ekki máli") == [["b2"]]
    assert dropped_names("b2 darf man nicht weglassen") == []
    assert dropped_names("the b2 term drops out of ∂f/∂W1") == []
    assert dropped_names("since W2 = 0, I drop b2") == []
    assert dropped_names("the second unit contributes nothing at $x_2$") == []


def test_drops_out_of_the_derivative_is_a_claim_when_the_work_leaves_it_out():
    # "b^{[2]} drops out of the derivative", then a gradient without it: wrong (∂f/∂b^{[2]} = 1), the gradient carried
    sentence = "$b^{[2]}$ is just added on at the end, so it drops out of the derivative."
    lines, first = notes_verdicts(_notes(sentence, "(3, 0, 3, 0, 1, 0)", "9 + 9 + 1 = 19"))
    assert lines[5] == ["wrong"] and first == 5 and lines[7] == ["carried"]


def test_drops_out_of_the_derivative_is_no_claim_when_the_work_keeps_it():
    # the same words for "a constant vanishes from the other derivatives": ∂f/∂b^{[2]} = 1 kept, nothing wrong
    for sentence in ("$b^{[2]}$ is just added on at the end, so it drops out of the derivative.",
                     "$b^{[2]}$ vanishes when we differentiate.", "the $b^{[2]}$ vanish"):
        lines, first = notes_verdicts(_notes(sentence, "(3, 0, 3, 0, 1, 0, 1)", "9 + 9 + 1 + 1 = 20"))
        assert 5 not in lines and first == 0, sentence


def test_a_vanishing_parameter_whose_column_is_zero_is_right():
    lines, first = notes_verdicts(_notes("$W^{[2]}_2$ falls away from the derivatives (unit 2 is dead).",
                                         "(3, 0, 3, 0, 1, 0, 1)", "20"))
    assert lines[5] == ["correct"] and first == 0


def test_a_whole_layer_dropping_out_in_the_plural():
    # two outputs: f = W^{[2]} h + b^{[2]}, h = x + 1 (W^{[1]} = 1, b^{[1]} = 1, W^{[2]} = (1, 2)^T, b^{[2]} = 0),
    # θ = (W^{[1]}, b^{[1]}, W^{[2]}_1, W^{[2]}_2, b^{[2]}_1, b^{[2]}_2): ∂f_1/∂b^{[2]}_1 = 1, so the true
    # ∇f_1(x_1 = 1) = (1, 1, 2, 0, 1, 0); without the output biases (1, 1, 2, 0, 0, 0) is carried
    notes = ("$W^{[1]} = 1$, $b^{[1]} = 1$, $W^{[2]} = (1, 2)^T$, $b^{[2]} = (0, 0)^T$, $x_1 = 1$, $x_2 = 2$, "
             "$f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]}$\n\n"
             "$\\theta = (W^{[1]}, b^{[1]}, W^{[2]}_1, W^{[2]}_2, b^{[2]}_1, b^{[2]}_2)$\n\n"
             "The $b^{\\left[ 2\\right]}$ are both 0 so they drop out.\n\n"
             "$\\nabla f_1(x_1) = (1, 1, 2, 0, 0, 0)$\n")
    lines, first = notes_verdicts(notes)
    assert lines[5] == ["wrong"] and first == 5 and lines[7] == ["carried"]


def test_the_words_of_a_falling_away_sentence():
    assert dropped_names("$c$ falls away, it is a constant") == [["c"]]
    assert dropped_names("die $b^{[2]}$ fallen weg") == [["b^{[2]}"]]
    assert dropped_names("b2 fellur út") == [["b2"]]
    assert dropped_names("falls b2 wegfällt, ist K kleiner") == []   # "falls" (if): a condition
    assert dropped_names("$b^{[2]}$ drops out of the derivative") == []   # tentative: dropped_clauses
    assert dropped_clauses("$b^{[2]}$ drops out of the derivative") == [(["b^{[2]}"], True)]
    assert dropped_clauses("b2 drops out of the derivative with respect to W1") == []
    assert dropped_clauses("the $b^{[2]}$ vanish") == [(["b^{[2]}"], True)]


def test_a_tentative_sentence_after_the_derivative_written_as_zero_says_nothing_new():
    # ∂f/∂b^{[2]} = 0 written on line 5 (wrong: it is 1), then "b^{[2]} is zero so it vanishes": no second claim
    notes = PROBLEM + THETA + "$\\frac{\\partial f}{\\partial b^{[2]}} = 0$\n\n($b^{[2]}$ is zero so it vanishes.)" \
        "\n\n$g(x_1) = (3, 0, 3, 0, 1, 0, 0)$\n"
    lines, first = notes_verdicts(notes)
    assert lines[5] == ["wrong"] and first == 5 and 7 not in lines and lines[9] == ["carried"]


def test_theta_without_the_dropped_parameter_is_carried_and_a_theta_listed_again_is_not():
    # θ listed after the sentence, without b^{[2]}: it follows from the sentence (carried) and so does its count
    notes = (PROBLEM + "$b^{[2]}$ only shifts f, so I leave it out.\n\n"
             "$\\theta = (W^{[1]}_1, W^{[1]}_2, b^{[1]}_1, b^{[1]}_2, W^{[2]}_1, W^{[2]}_2)$, 6 parameters\n")
    lines, first = notes_verdicts(notes)
    assert lines[3] == ["wrong"] and first == 3 and set(lines[5]) == {"carried"}
    # without the sentence the same θ is the first mistake
    lines, first = notes_verdicts(PROBLEM + "\n\n" + notes.split("\n\n", 2)[2])
    assert "wrong" in lines[5] and first == 5


def test_a_name_in_math_between_leave_and_out():
    """"I leave $b^{[2]}$ out of the kernel, it only shifts f" (line 5): ∂f/∂b^{[2]} = 1, so wrong and the first
    mistake; g(x_1) without it (3, 0, 3, 0, 1, 0) on line 7 is carried."""
    lines, first = notes_verdicts(_notes("I leave $b^{[2]}$ out of the kernel, it only shifts f up and down.",
                                         "(3, 0, 3, 0, 1, 0)", "9 + 9 + 1 = 19"))
    assert lines[5] == ["wrong"] and first == 5 and lines[7] == ["carried"]


def test_italian_salto_skips_a_parameter():
    """"Il parametro $b^{[2]}$ lo salto: sposta solo f" (line 5): wrong (∂f/∂b^{[2]} = 1), and K_11 = 19 without it
    (line 9) carried; "non salto $b^{[2]}$" drops nothing."""
    lines, first = notes_verdicts(_notes("Il parametro $b^{[2]}$ lo salto: sposta solo f di una costante.",
                                         "(3, 0, 3, 0, 1, 0)", "19"))
    assert lines[5] == ["wrong"] and first == 5 and lines[9] == ["carried"]
    assert dropped_names("Non salto $b_3$, conta anche lui.") == []
    assert dropped_names("We kept $c_2$ out.") == [["c_2"]]
