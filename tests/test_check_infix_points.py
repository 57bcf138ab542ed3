"""Several datapoint labels on one line, each heading its own group: ``at x^(1): z = (2, 1);  at x^(2): z = (1, 3)``
(invented notes). Expected by hand: W1 = [[2, 1], [1, 3]], b1 = 0, so z(x^(1) = (1, 0)) = (2, 1) and
z(x^(2) = (0, 1)) = (1, 3)."""

from check_helpers import notes_verdicts

from symntk.check.points import infix_points

NOTES = """given W1 = [[2, 1], [1, 3]], b1 = (0, 0), W2 = [1, 1], b2 = 0, x^(1) = (1, 0), x^(2) = (0, 1)

\\( z_1 = w1_{{11}}x_1 + w1_{{12}}x_2 + b1_1 \\)
\\( z_2 = w1_{{21}}x_1 + w1_{{22}}x_2 + b1_2 \\)
{line}
"""


def test_each_group_of_a_line_gets_the_label_before_it():
    found = infix_points("x\nat x^(1): z = (2, 1);  at x^(2): z = (1, 3)\nfor x_2: f = 4\n")
    assert found == {(2, "z = (2, 1)"): 1, (2, "z = (1, 3)"): 2}   # one label on a line is prose_points' work


def test_the_second_group_is_judged_at_its_own_datapoint():
    verdicts, first = notes_verdicts(NOTES.format(line="at x^(1): z = (2, 1);  at x^(2): z = (1, 3)"))
    assert verdicts[5] == ["correct", "correct"]
    assert first == 0


def test_a_wrong_value_in_the_second_group_is_wrong_there():
    verdicts, first = notes_verdicts(NOTES.format(line="at x^(1): z = (2, 1);  at x^(2): z = (3, 1)"))
    assert verdicts[5] == ["correct", "wrong"]
    assert first == 5
