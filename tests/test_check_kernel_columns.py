"""A relation between whole columns or rows of K (symntk.check.kernel_columns), on invented notes.

The exercise (worked out by hand): f = θ_3(θ_1 x + θ_2) + θ_4 with θ = (2, 1, 3, 0) at x = 0, 1, 2, so
∇f(x) = (3x, 3, 2x + 1, 1): ∇f(0) = (0, 3, 1, 1), ∇f(1) = (3, 3, 3, 1), ∇f(2) = (6, 3, 5, 1) and
K = [[11, 13, 15], [13, 28, 43], [15, 43, 71]]. ∇f is affine in x, so column 1 + column 3 = 2 · column 2
((26, 56, 86) = 2 (13, 28, 43)), and the same for the rows; column 3 = 2 · column 2 is false ((15, 43, 71) ≠
(26, 56, 86)).
"""

from symntk.check.kernel_columns import column_relation
from tests.check_helpers import notes_verdicts

HEAD = ("W1 = 2, b1 = 1, W2 = 3, b2 = 0 ; x_1 = 0, x_2 = 1, x_3 = 2\n\n"
        "$f(x) = \\theta_3(\\theta_1 x + \\theta_2) + \\theta_4$\n\n")


def test_column_relations_in_every_notation_are_judged_correct():
    """K_{:,1} + K_{:,3} = 2K_{:,2}, the rows with a dot after the index equal to 0, and the \\cdot placeholder
    with the relation solved for column 3 (K_{·3} = 2K_{·2} − K_{·1}): all true for K above."""
    notes = HEAD + ("$K_{:,1} + K_{:,3} = 2K_{:,2}$\n\n"
                    "$K_{1\\cdot} - 2K_{2\\cdot} + K_{3\\cdot} = 0$\n\n"
                    "Since f is affine, $K_{\\cdot 3} = 2K_{\\cdot 2} - K_{\\cdot 1}$.\n")
    lines, first = notes_verdicts(notes)
    assert lines[5] == ["correct"] and lines[7] == ["correct"] and lines[9] == ["correct"]
    assert first == 0


def test_a_false_column_relation_is_wrong():
    """K_{*3} = 2 K_{*2}: (15, 43, 71) against 2 (13, 28, 43) = (26, 56, 86): wrong, the first mistake."""
    lines, first = notes_verdicts(HEAD + "$K_{*3} = 2 K_{*2}$\n")
    assert lines[5] == ["wrong"] and first == 5


def test_what_is_no_column_relation():
    """Entries (K_{13} = 2K_{12} − K_{11}), a column beside a row, a relation that says nothing (K_{:,2} =
    K_{:,2}) and two relations are not read as one; a decimal coefficient is kept exactly."""
    assert column_relation("K_{13} = 2K_{12} - K_{11}") is None
    assert column_relation("K_{\\cdot 3} = 2K_{2\\cdot}") is None
    assert column_relation("K_{:,2} = K_{:,2}") is None
    assert column_relation("K_{:,1} = K_{:,2} = K_{:,3}") is None
    assert column_relation("K_{:,2} = 0.5 K_{:,1} + 0.5K_{:,3}") == "kcols:col:2=1,1=-1/2,3=-1/2"
