"""A tuple of named forward quantities and its values lists those quantities, not the gradient (named_tuples).

THETA_HEAD (check_helpers): θ = (2, 1, 3, 0), x_1 = 1, x_2 = 2, identity: z = 2x + 1, h = z, f = 3h, f' = 6, so
at x_1 (z, h, f) = (3, 3, 9) and at x_2 (z, h, f) = (5, 5, 15); ∇θ f(x_2) = (6, 3, 5, 1)."""

from tests.check_helpers import THETA_HEAD, notes_verdicts


def test_names_then_values_in_words_is_not_the_gradient():
    """"At x_2, for (z, h, f, f') one finds (5, 5, 15, 6)": four entries like θ, but named: z, h, f right
    (f' = 6 is not judged), no gradient claim and no mistake."""
    notes = THETA_HEAD + "At $x_2$, for $(z, h, f, f')$ one finds $(5, 5, 15, 6)$.\n"
    lines, first = notes_verdicts(notes)
    assert lines[5] == ["correct", "correct", "correct"] and first == 0


def test_a_wrong_named_value_is_wrong():
    """"At x_1 for (z, h, f) we get (3, 3, 10)": z and h right, f = 10 wrong (9)."""
    lines, first = notes_verdicts(THETA_HEAD + "At $x_1$ for $(z, h, f)$ we get $(3, 3, 10)$.\n")
    assert lines[5] == ["correct", "correct", "wrong"] and first == 5


def test_names_equal_values_in_one_math():
    """"At x_2: (z, h, f) = (5, 5, 15)": each right."""
    lines, _ = notes_verdicts(THETA_HEAD + "At $x_2$: $(z, h, f) = (5, 5, 15)$.\n")
    assert lines[5] == ["correct", "correct", "correct"]


def test_an_unnamed_vector_at_a_point_is_still_the_gradient():
    """"At x_2 we get (6, 3, 5, 2)": no names, θ's length: ∇θ f(x_2), last entry wrong (1)."""
    lines, _ = notes_verdicts(THETA_HEAD + "At $x_2$ we get $(6, 3, 5, 2)$.\n")
    assert lines[5] == ["wrong"]


def test_a_tuple_written_at_a_datapoint_as_a_whole():
    """"(z, h, f)(x_2) = (5, 5, 16)": z(x_2) = 5 and h(x_2) = 5 right, f(x_2) = 16 wrong (15); not an unreadable
    gradient. "(z, h, f)(x) = (2x+1, 2x+1, 6x+3)" is each formula in x, all right."""
    lines, first = notes_verdicts(THETA_HEAD + "$(z, h, f)(x_2) = (5, 5, 16)$\n\n$(z, h, f)(x) = (2x+1, 2x+1, 6x+3)$\n")
    assert lines[5] == ["correct", "correct", "wrong"] and lines[7] == ["correct"] * 3 and first == 5
