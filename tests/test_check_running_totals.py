"""Running totals written as a row of inline math (``$2+2 = 4$, $+1 = 5$``), invented notes.

Each operator-led fragment continues the result of the fragment right before it on the same line:
``$3+4 = 7$, $+5 = 12$, $\\cdot 2 = 24$`` says 3 + 4 = 7, 7 + 5 = 12 and 12 · 2 = 24 (all true by hand);
``$+5 = 13$`` after ``= 7`` says 7 + 5 = 13, a slip (12).
Each notes text is checked against a small linear network that none of the fragments name.
"""

from check_helpers import problem, verdicts

from symntk.check.running_totals import CONTEXT, running_body

LINEAR = problem([1, 2, 1], "identity", [1, 3], W1=[[2], [1]], b1=[1, 0], W2=[[1, 1]], b2=0)


def test_a_plus_fragment_continues_the_result_before_it():
    assert running_body("+1 = 5", "2+2 = 4", ", ") == "4 + 1 = 5"
    assert running_body(r" \cdot 2 = 24", "7 + 5 = 12", " ") == r"12 \cdot 2 = 24"


def test_an_operator_led_fragment_with_nothing_before_it_says_nothing():
    assert running_body("+1 = 5", None, "\n") == CONTEXT
    assert running_body("+1 = 5", "x = 4", " hence, with the bias, ") == CONTEXT   # words between: no step


def test_a_leading_minus_is_a_step_only_when_the_step_holds():
    assert running_body("-2 = 5", "3 + 4 = 7", ", ") == "7 - 2 = 5"
    assert running_body("-2 = -2", "3 + 4 = 7", ", ") is None      # the sign reading holds: read as it stands
    assert running_body("-2 = 4", "3 + 4 = 7", ", ") == CONTEXT    # neither holds: no alarm
    assert running_body("-2 = -2", None, "\n") is None


def test_fragments_that_do_not_start_with_an_operator_are_left_alone():
    assert running_body("K_{12} = 14", "2+2 = 4", ", ") is None
    assert running_body("+x = 5", "2+2 = 4", ", ") is None


def test_a_row_of_running_totals_is_all_correct(tmp_path):
    out, first = verdicts(tmp_path, LINEAR, "Adding up again: $3+4 = 7$, $+5 = 12$, $\\cdot 2 = 24$, $-4 = 20$.\n")
    assert out == {1: ["correct"] * 4} and first == 0


def test_a_slip_in_a_running_total_is_wrong(tmp_path):
    out, first = verdicts(tmp_path, LINEAR, "Adding up again: $3+4 = 7$, $+5 = 13$.\n")
    assert out == {1: ["correct", "wrong"]} and first == 1


def test_a_lone_plus_fragment_raises_no_alarm(tmp_path):
    out, _ = verdicts(tmp_path, LINEAR, "$K_{11} = 15$\n\nthen $+1 = 5$ more.\n")
    assert out == {1: ["correct"]}   # K₁₁ = 1+1+1+1+9+1+1 = 15 by hand; line 3 says nothing
