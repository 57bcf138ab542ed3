"""A vector whose entries are apart by semicolons and a LaTeX space (``(0{,}5;\\; 1;\\, 2)``), as learners who
write decimal commas do: read as a list."""

from tests.check_helpers import THETA_HEAD, notes_verdicts

# θ = (2, 1, 3, 0), f = θ_3(θ_1 x + θ_2) + θ_4: ∇f(x) = (3x, 3, 2x + 1, 1), ∇f(1) = (3, 3, 3, 1),
# ∇f(2) = (6, 3, 5, 1); two decimal sums on line 5 make the file one that writes decimal commas.
SUMS = "$0,5 + 0,25 = 0,75$ and $1,5 + 1,5 = 3$\n\n"


def test_semicolons_with_latex_spaces_between_entries():
    """∇f(x_1) = (3;\\; 3;\\; 3;\\; 1) and ∇f(x_2) = (6;\\: 3;\\, 5;\\quad 1): both read, both correct."""
    notes = THETA_HEAD + SUMS + ("$\\nabla f(x_1) = (3;\\; 3;\\; 3;\\; 1)$\n\n"
                                 "$\\nabla f(x_2) = (6;\\: 3;\\, 5;\\quad 1)$\n")
    lines, first = notes_verdicts(notes)
    assert lines[7] == ["correct"] and lines[9] == ["correct"] and first == 0


def test_a_wrong_entry_in_a_semicolon_list_is_wrong():
    """∇f(x_2) = (6;\\; 3;\\; 4{,}5;\\; 1): the third entry should be 5, so line 7 is wrong and the first mistake."""
    lines, first = notes_verdicts(THETA_HEAD + SUMS + "$\\nabla f(x_2) = (6;\\; 3;\\; 4,5;\\; 1)$\n")
    assert lines[7] == ["wrong"] and first == 7
