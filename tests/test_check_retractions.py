"""Self-corrections: a statement the learner crossed out or took back is not judged; its replacement is.

The notes are invented for these tests; verdicts worked out by hand: f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]}
with W^{[1]} = (1, 2)^T, b^{[1]} = (0, 1)^T, W^{[2]} = (1, 1), b^{[2]} = 0. In θ order the gradient is
(x, x, 1, 1, x, 2x + 1, 1): at x_1 = 1 (1, 1, 1, 1, 1, 3, 1), at x_2 = 2 (2, 2, 1, 1, 2, 5, 1);
K_11 = 15, K_12 = 24, K_22 = 40, tr K = 55, det K = 600 − 576 = 24.
"""

import pytest
from check_helpers import notes_verdicts

from symntk.check.retractions import retracted

PROBLEM = ("$f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]}$ with $W^{[1]} = (1, 2)^T$, $b^{[1]} = (0, 1)^T$, "
           "$W^{[2]} = (1, 1)$, $b^{[2]} = 0$, $x_1 = 1$, $x_2 = 2$.\n\n")   # line 1


@pytest.mark.parametrize("line", [
    "$K_{11} = 15$, $K_{12} = ~~23~~ 24$",
    "$K_{11} = 15$, $K_{12} = <del>23</del> 24$",
    "$K_{11} = 15$, $K_{12} = \\sout{23} 24$",
    "$K_{11} = 15$, $K_{12} = \\cancel{23} 24$",
    "$K_{11} = 15$, ~~$K_{12} = 23$~~ $K_{12} = 24$",
    "$K_{11} = 15$, $K_{12} = 23$ (oops) $K_{12} = 24$",
    "$K_{11} = 15$, $K_{12} = 23$ wait no, $K_{12} = 24$",
    "$K_{11} = 15$, $K_{12} = 23$ nei bíddu $K_{12} = 24$",
    "$K_{11} = 15$, $K_{12} = 23$ nein warte: $K_{12} = 24$",
    "$K_{11} = 15$, $K_{12} = 23$, actually it's 24",
    "$K_{11} = 15$, $K_{12} = 23$ -- that should be 24.",
    "$K_{11} = 15$, $K_{12} = 23$, á að vera 24",
    "$K_{11} = 15$, $K_{12} = 23$, no wait, it's 24",
    "$K_{11} = 15$, $K_{12} = 23$ oops, 24",
    "$K_{11} = 15$, $K_{12} = 23$, nope, that’s 24!",
    "$K_{11} = 15$, $K_{12} = 23$ -- wait, make that 24",
    "$K_{11} = 15$, $K_{12} = 23$, nein, das ist 24",
    "$K_{11} = 15$, $K_{12} = 23$? No, $K_{12} = 24$",
    "$K_{11} = 15$, $K_{12} = 23$? Nei, $K_{12} = 24$",
    "$K_{11} = 15$, $K_{12} = 23$, anzi no, $K_{12} = 24$",
    "$K_{11} = 15$, $K_{12} = 23$ -- no, aspetta: $K_{12} = 24$",
])
def test_the_replacement_is_judged_not_the_retracted_value(line):
    lines, first = notes_verdicts(PROBLEM + line + "\n")
    assert lines[3] == ["correct", "correct"] and first == 0


def test_a_wrong_replacement_is_the_mistake():
    lines, first = notes_verdicts(PROBLEM + "$K_{11} = 15$, $K_{12} = ~~24~~ 25$\n")
    assert lines[3] == ["correct", "wrong"] and first == 3


@pytest.mark.parametrize("word", ["EDIT:", "Correction:", "Leiðrétting:", "Korrektur:", "wait no,", "scratch that,"])
def test_a_line_that_takes_back_an_earlier_line(word):
    notes = PROBLEM + "$K_{11} = 15$\n\n$K_{12} = 23$\n\n" + word + " $K_{12} = 24$\n"
    lines, first = notes_verdicts(notes)
    assert lines[3] == ["correct"] and 5 not in lines and lines[7] == ["correct"] and first == 0


def test_the_same_value_again_is_a_confirmation_not_a_retraction():
    notes = PROBLEM + "$K_{12} = 24$\n\nwait no, $K_{12} = 2 \\cdot 12 = 24$ is right\n"
    lines, _ = notes_verdicts(notes)
    assert lines[3] == ["correct"]


def test_a_parenthesis_after_the_replacement_takes_nothing_back():
    lines, first = notes_verdicts(PROBLEM + "$K_{11} = 15$, $K_{12} = 25$ (oops, it's fine)\n")
    assert lines[3] == ["correct", "wrong"] and first == 3


def test_a_line_given_up_is_not_read():
    notes = PROBLEM + "$K_{12} = 1 + 1 + 1 + 1 + 1 + 3 + 1$ ... = 10 forgot the doubling, redo:\n\n$K_{12} = 24$\n"
    lines, first = notes_verdicts(notes)
    assert 3 not in lines and lines[5] == ["correct"] and first == 0


def test_cancelled_terms_stay():
    assert retracted("$\\frac{\\cancel{2} x}{\\cancel{2}} = x$") == "$\\frac{\\cancel{2} x}{\\cancel{2}} = x$"
    assert retracted("$x - \\cancel{3} + \\cancel{3}$") == "$x - \\cancel{3} + \\cancel{3}$"


def test_lines_and_code_fences_stay_in_place():
    text = "a\n~~~\nK = 1\n~~~\n~~K = 2~~ K = 3\n"
    out = retracted(text)
    assert out.count("\n") == text.count("\n") and "~~~\nK = 1\n~~~" in out and "K = 2" not in out


@pytest.mark.parametrize("line", [
    "$K_{11} = 15$, $K_{12} = 23$ (I think this should be 24, I get 24 when I add it again)",
    "$K_{11} = 15$, $K_{12} = 23$, sorry, 24",
    "$K_{11} = 15$, $K_{12} = 23$ (eigentlich 24)",
    "$K_{11} = 15$, $K_{12} = 23$ -- ætti að vera 24.",
    "$K_{11} = 15$, \\( K_{12} = 23 \\) (should read 24)",
])
def test_a_correction_after_the_value_replaces_it(line):
    lines, first = notes_verdicts(PROBLEM + line + "\n")
    assert lines[3] == ["correct", "correct"] and first == 0


@pytest.mark.parametrize("remark", [
    "  (I think this should be 24, I get 24 when I add it again)",
    "  (sollte 24 sein)",
    "  sorry, 24!",
    "  (á að vera 24)",
])
def test_a_remark_below_that_corrects_the_value_above(remark):
    notes = PROBLEM + "- \\( K_{11} = 15 \\)\n- \\( K_{12} = 1 + 1 + 1 + 1 + 1 + 3 + 1 = 23 \\)\n" + remark + "\n"
    lines, first = notes_verdicts(notes)
    assert lines[3] == ["correct"] and 4 not in lines and lines[5] == ["correct"] and first == 0


def test_a_wrong_correction_below_is_the_mistake():
    notes = PROBLEM + "- $K_{11} = 15$\n- $K_{12} = 24$\n  (I think this should be 25)\n"
    lines, first = notes_verdicts(notes)
    assert 4 not in lines and lines[5] == ["wrong"] and first == 5


def test_a_remark_with_a_number_after_prose_takes_nothing_back():
    notes = PROBLEM + "$K_{12} = 24$\n\nThe kernel has 4 entries, 3 of them distinct.\n"
    lines, _ = notes_verdicts(notes)
    assert lines[3] == ["correct"]


@pytest.mark.parametrize("remark", ["oops, that's 40 not 39:", "wait, no", "Korrektur:", "úps, vitlaust:"])
def test_a_remark_that_states_nothing_is_taken_back_by_the_line_below(remark):
    notes = PROBLEM + "K_22 = 1 + 4 + 1 + 1 + 4 + 25 + 1 = 39\n" + remark + "\nK_22 = 40\n"
    lines, first = notes_verdicts(notes)
    assert 3 not in lines and 4 not in lines and lines[5] == ["correct"] and first == 0


def test_a_wrong_restatement_below_a_remark_is_the_mistake():
    notes = PROBLEM + "K_22 = 40\noops:\nK_22 = 41\n"
    lines, first = notes_verdicts(notes)
    assert 3 not in lines and lines[5] == ["wrong"] and first == 5


def test_a_remark_with_nothing_restated_below_takes_nothing_back():
    notes = PROBLEM + "K_22 = 39\noops, no idea\n\nK_11 = 15\n"
    lines, first = notes_verdicts(notes)
    assert lines[3] == ["wrong"] and first == 3


def test_a_chain_link_taken_back_at_its_end_is_replaced_by_the_next_link():
    notes = PROBLEM + ("det(K - lambda I) = (15 - lambda)(40 - lambda) - 576\n"
                       "= lambda^2 - 55 lambda + 601 - 576... wait I think it's\n"
                       "= lambda^2 - 55 lambda + 24\n")
    lines, first = notes_verdicts(notes)
    assert lines[3] == ["correct"] and 4 not in lines and lines[5] == ["correct"] and first == 0


def test_a_statement_taken_back_at_its_end_by_a_restatement_below():
    notes = PROBLEM + "K_22 = 39, oops\nK_22 = 40\n"
    lines, first = notes_verdicts(notes)
    assert 3 not in lines and lines[4] == ["correct"] and first == 0


@pytest.mark.parametrize("text", [
    "K_22 = 40\nactually\n\nK_11 = 15\n",             # nothing restated: a word on its own line
    "K_22 = 40, actually\nK_11 = 15\n",               # another name below
])
def test_a_take_back_word_without_a_replacement_changes_nothing(text):
    assert retracted(text) == text


def test_a_wrong_value_after_no_wait_is_the_mistake():
    lines, first = notes_verdicts(PROBLEM + "$K_{11} = 15$, $K_{12} = 24$, no wait, it's 25\n")
    assert lines[3] == ["correct", "wrong"] and first == 3


def test_a_bare_no_before_a_number_takes_nothing_back():
    """'no' alone is not a take-back (``…, no 24 …`` may say anything): the stated 23 is judged."""
    lines, first = notes_verdicts(PROBLEM + "$K_{11} = 15$, $K_{12} = 23$, no 24\n")
    assert lines[3] == ["correct", "wrong"] and first == 3


def test_a_sum_taken_back_after_no_wait_is_judged_with_its_new_value():
    """2 + 2 + 1 + 1 + 2 + 15 + 1 is 24: with the 23 taken back the sum, K_12 and the line are right."""
    lines, first = notes_verdicts(PROBLEM + "- K12 = 2 + 2 + 1 + 1 + 2 + 15 + 1 = 23, no wait, it's 24\n")
    assert lines[3] and set(lines[3]) == {"correct"} and first == 0


def test_a_question_answered_yes_or_with_the_same_value_takes_nothing_back():
    lines, first = notes_verdicts(PROBLEM + "$K_{12} = 23$? No idea, I go on.\n\n$K_{22} = 40$\n")
    assert lines[3] == ["wrong"] and first == 3
    lines, _ = notes_verdicts(PROBLEM + "$K_{12} = 24$? Nei, $K_{12} = 24$ er rétt.\n")
    assert lines[3] == ["correct", "correct"]   # the same value again: a confirmation, both stay
