"""Results stated before their working (an answer line at the top): a wrong kernel the working below restates,
carried from a slip made in that working, is carried too (symntk.check.stated_ahead)."""

from tests.check_helpers import THETA_HEAD, notes_verdicts

# θ = (2, 1, 3, 0), f = θ_3(θ_1 x + θ_2) + θ_4: ∇f(x) = (3x, 3, 2x + 1, 1), ∇f(1) = (3, 3, 3, 1),
# ∇f(2) = (6, 3, 5, 1); true K = [[28, 43], [43, 71]]. The working slips at x_2 (last entry 0, line 9): then
# K_11 = 28 (right), K_12 = 18 + 9 + 15 + 0 = 42 and K_22 = 36 + 9 + 25 + 0 = 70, both carried.
WORKING = ("$\\nabla f(x_1) = (3, 3, 3, 1)$\n\n$\\nabla f(x_2) = (6, 3, 5, 0)$\n\n$K_{11} = 28$\n\n"
           "$K_{12} = 18 + 9 + 15 + 0 = 42$\n\n$K_{22} = 36 + 9 + 25 + 0 = 70$\n")   # lines 7 to 15


def test_answer_first_restated_as_a_matrix_is_carried():
    """Answer K = [[28, 42], [42, 70]] on line 5, the same matrix again on line 17 (carried from line 9):
    line 5 is carried too, and the first mistake is the slip on line 9."""
    notes = THETA_HEAD + "Answer: $K = \\begin{pmatrix} 28 & 42 \\\\ 42 & 70 \\end{pmatrix}$\n\n" + WORKING + \
        "\n$K = \\begin{pmatrix} 28 & 42 \\\\ 42 & 70 \\end{pmatrix}$\n"
    lines, first = notes_verdicts(notes)
    assert lines[5] == ["carried"] and lines[17] == ["carried"]
    assert first == 9


def test_answer_first_restated_entry_by_entry_is_carried():
    """The working states only the entries (K_11 = 28, K_12 = 42 and K_22 = 70, the last two carried): they are
    the answer's matrix on line 5, so it is carried; first mistake line 9."""
    notes = THETA_HEAD + "Result: $K = \\begin{pmatrix} 28 & 42 \\\\ 42 & 70 \\end{pmatrix}$\n\n" + WORKING
    lines, first = notes_verdicts(notes)
    assert lines[5] == ["carried"] and first == 9


def test_an_answer_the_working_does_not_restate_stays_wrong():
    """Answer K = [[28, 42], [42, 71]] on line 5: K_22 = 71 is not the working's 70, so the answer is not the
    working's result: wrong, and it is the first mistake."""
    notes = THETA_HEAD + "Answer: $K = \\begin{pmatrix} 28 & 42 \\\\ 42 & 71 \\end{pmatrix}$\n\n" + WORKING
    lines, first = notes_verdicts(notes)
    assert lines[5] == ["wrong"] and first == 5


def test_a_wrong_result_restated_later_stays_the_mistake():
    """K_12 = 44 on line 5 is itself the slip (true 43) and K = [[28, 44], [44, 71]] on line 7 is carried from
    it: line 5 stays wrong and the first mistake."""
    notes = THETA_HEAD + "$K_{12} = 44$\n\n$K = \\begin{pmatrix} 28 & 44 \\\\ 44 & 71 \\end{pmatrix}$\n\n" \
        "$K_{12} = 44$\n"
    lines, first = notes_verdicts(notes)
    assert lines[5] == ["wrong"] and first == 5
