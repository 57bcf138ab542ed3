"""A dropping sentence with its reason after a comma (``I'll skip $b^{[3]}$, it only shifts f and doesn't change the
kernel``): the negation of the reason does not take the dropping back, and the reason's names are not dropped
(symntk.check.dropped_words._REASON). A negation before the reason still does.

Notes invented (worked by hand): as in test_check_dropped_parameters, ∂f/∂b^{[2]} = 1 at both datapoints, so
dropping b^{[2]} is wrong and ∇f(x_1) = (3, 0, 3, 0, 1, 0) without it is carried.
"""

from check_helpers import notes_verdicts

from symntk.check.dropped_words import dropped_names

PROBLEM = ("$f(x) = W^{[2]}\\,\\mathrm{relu}(W^{[1]}x+b^{[1]}) + b^{[2]}$, $W^{[1]} = [1,-1]^T$, "
           "$b^{[1]} = [0,0]^T$, $W^{[2]} = [3,2]$, $b^{[2]} = 1$, $x_1 = 1$, $x_2 = 2$\n\n")   # line 1
THETA = "$\\theta = (W^{[1]}_1, W^{[1]}_2, b^{[1]}_1, b^{[1]}_2, W^{[2]}_1, W^{[2]}_2, b^{[2]})$\n\n"   # line 3


def test_the_words_of_a_dropping_with_a_negated_reason():
    assert dropped_names("I'll skip $b^{[3]}$, it only shifts $f$ and doesn't change the kernel.") == [["b^{[3]}"]]
    assert dropped_names("I ignore $c$, since it does not change $K$.") == [["c"]]
    assert dropped_names("Ich überspringe $b_2$, weil es $K$ nicht ändert.") == [["b_2"]]
    assert dropped_names("b2 lass ich weg, das verschiebt f nur und ändert den Kernel nicht.") == [["b2"]]
    assert dropped_names("I don't skip $b^{[2]}$, it changes the kernel.") == []
    assert dropped_names("I skip $b^{[2]}$, it's fine if $x = 0$.") == []   # a condition anywhere: no claim


def test_dropping_with_a_negated_reason_is_judged_and_carried():
    notes = (PROBLEM + THETA + "I'll skip $b^{[2]}$, it only shifts f and doesn't change the kernel.\n\n"
             + "$g(x_1) = (3, 0, 3, 0, 1, 0)$\n")
    lines, first = notes_verdicts(notes)
    assert lines[5] == ["wrong"] and first == 5 and lines[7] == ["carried"]


def test_values_of_the_shorter_theta_are_carried_and_a_wrong_one_is_wrong():
    # b^{[2]} dropped on line 3; θ without it on line 5: names and values (1, −1, 0, 0, 3, 2) follow the learner's θ
    names = "W^{[1]}_1, W^{[1]}_2, b^{[1]}_1, b^{[1]}_2, W^{[2]}_1, W^{[2]}_2"
    for values, verdicts in (("1, -1, 0, 0, 3, 2", {"carried"}), ("1, -1, 0, 0, 3, 5", {"carried", "wrong"})):
        notes = (PROBLEM + "I skip $b^{[2]}$, it only shifts f and doesn't change the kernel.\n\n"
                 + f"$\\theta = ({names}) = ({values})$\n")
        lines, first = notes_verdicts(notes)
        assert lines[3] == ["wrong"] and first == 3 and set(lines[5]) == verdicts, values
