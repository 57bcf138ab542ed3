"""A weight's name that spells out its layer and both indices (``w1_{21}``) is the entry its indices say, even where
the learner's formula puts it in another entry's place (indices transposed): that formula is the mistake
(invented notes).

Expected values by hand: W1 = [[2, 1], [1, 3]], b1 = (0, 0), W2 = [1, 1], b2 = 0 (identity), so
z_1 = w1_11 x_1 + w1_12 x_2 + b1_1 and z_2 = w1_21 x_1 + w1_22 x_2 + b1_2; θ row by row:
(w1_11, w1_12, w1_21, w1_22, b1_1, b1_2, w2_11, w2_12, b2).
"""

from check_helpers import notes_verdicts

HEAD = """given W1 = [[2, 1], [1, 3]], b1 = (0, 0), W2 = [1, 1], b2 = 0, x^(1) = (1, 0), x^(2) = (0, 1)

\\( z_1 = {z1} \\)
\\( z_2 = {z2} \\)
\\[ f = w2_{{11}} z_1 + w2_{{12}} z_2 + b2 \\]
theta = (w1_11, w1_12, w1_21, w1_22, b1_1, b1_2, w2_11, w2_12, b2), 9 parameters
"""
RIGHT = HEAD.format(z1="w1_{11}x_1 + w1_{12}x_2 + b1_1", z2="w1_{21}x_1 + w1_{22}x_2 + b1_2")
SWAPPED = HEAD.format(z1="w1_{11}x_1 + w1_{21}x_2 + b1_1", z2="w1_{12}x_1 + w1_{22}x_2 + b1_2")


def test_units_written_with_the_right_indices_and_theta_row_by_row_are_correct():
    verdicts, first = notes_verdicts(RIGHT)
    assert verdicts[3] == ["correct"] and verdicts[4] == ["correct"]
    assert set(verdicts[6]) == {"correct"}
    assert first == 0


def test_transposed_indices_in_the_units_are_the_mistake_and_theta_row_by_row_stays_correct():
    verdicts, first = notes_verdicts(SWAPPED)
    assert verdicts[3] == ["wrong"] and verdicts[4] == ["wrong"]   # w1_21 multiplies x_2 in z_1: W1 is 2 × 2
    assert set(verdicts[6]) == {"correct"}                           # the listing is θ's order by its indices
    assert first == 3


def test_derivatives_that_follow_from_the_transposed_units_are_carried_and_the_untouched_ones_correct():
    notes = SWAPPED + "- df/dw1_11 = w2_11 x_1\n- df/dw1_12 = w2_12 x_1\n- df/dw1_21 = w2_11 x_2\n"
    verdicts, first = notes_verdicts(notes)
    assert verdicts[7] == ["correct"]    # w1_11 sits in z_1 in both: w2_11 x_1
    assert verdicts[8] == ["carried"]    # their z_2 = w1_12 x_1 + …: w2_12 x_1 (true: w2_11 x_2)
    assert verdicts[9] == ["carried"]    # their z_1 = … + w1_21 x_2 + …: w2_11 x_2 (true: w2_12 x_1)
    assert first == 3


def test_a_derivative_that_follows_from_neither_the_units_nor_the_truth_is_wrong():
    verdicts, first = notes_verdicts(SWAPPED + "- df/dw1_12 = w2_11 x_1\n")
    assert verdicts[7] == ["wrong"]
