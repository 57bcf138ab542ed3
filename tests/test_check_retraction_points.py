"""A take-back line that moves on to another datapoint is not a redo of the statement before it
(retraction_points).

THETA_HEAD (check_helpers): f = θ_3(θ_1 x + θ_2) + θ_4 with θ = (2, 1, 3, 0), x_1 = 1, x_2 = 2, so z = 2x + 1 is 3
at x_1 and 5 at x_2, f = 3z is 9 and 15.
"""

from tests.check_helpers import THETA_HEAD, notes_verdicts


def test_wait_now_the_second_point_keeps_the_wrong_z_at_x1():
    """z = 4 at x_1 is wrong (3); "wait, now the second point:" moves on to x_2 (z = 5, f = 15 right), so the wrong
    z stays and is judged."""
    notes = THETA_HEAD + "$x_1$: $z = 4$, $f = 9$\n\nwait, now the second point:\n\n$x_2$: $z = 5$, $f = 15$\n"
    lines, first = notes_verdicts(notes)
    assert lines[5] == ["wrong", "correct"] and lines[9] == ["correct", "correct"] and first == 5


def test_oops_forgot_x2_in_icelandic_words_keeps_the_earlier_value():
    """"úps, gleymdi seinni punktinum:" above z at x_2 = 5: the z = 4 at x_1 (wrong, 3) stays."""
    notes = THETA_HEAD + "í $x_1$: $z = 4$\núps, gleymdi seinni punktinum:\ní $x_2$: $z = 5$\n"
    lines, first = notes_verdicts(notes)
    assert lines[5] == ["wrong"] and lines[7] == ["correct"] and first == 5


def test_a_redo_at_the_same_point_still_takes_the_statement_back():
    """"oops, wrong sign:" then z at x_1 = 3 again: the earlier z = 4 at x_1 goes, the redo is right."""
    notes = THETA_HEAD + "at $x_1$: $z = 4$\noops, I added wrong:\nat $x_1$: $z = 3$\n"
    lines, first = notes_verdicts(notes)
    assert 5 not in lines and lines[7] == ["correct"] and first == 0
