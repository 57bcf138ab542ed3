"""The squared norm of a vector the learner names (``\\|J_1\\|^2``, ``‖v‖²``, ``\\|(1, 2)\\|^2``) is its inner product
with itself: the lecture example A (K_11 = ‖∇f(x_1)‖² = 1 + 1 + 1 + 4 + 1 = 8; ‖(1, 2)‖² = 1 + 4 = 5)."""

from check_helpers import notes_verdicts

from symntk.check.normalise import normalise

PROBLEM = ("$f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$, $W^{[1]} = [1, 1]^T$, $b^{[1]} = [0, 1]^T$, "
           "$W^{[2]} = [1, 0]$, $b^{[2]} = 0$, $x_1 = 1$, $x_2 = 2$.\n\n")   # line 1


def test_double_bars_around_any_name_squared_become_an_inner_product():
    assert normalise(r"\|J_1\|^2 = 8") == r"\langle J_1, J_1 \rangle = 8"
    assert normalise(r"\left\| \mathbf{g}_2 \right\|_2^2") == r"\langle g_2, g_2 \rangle"   # bold dropped
    assert normalise(r"|x| + 1") == r"|x| + 1"   # single bars around a plain name are left alone


def test_a_row_of_j_squared_is_read_as_its_kernel_entry():
    notes = PROBLEM + "$J_1 = (1, 0, 1, 0, 1, 2, 1)$\n\n$K_{11} = \\|J_1\\|^2 = 8$\n\n$\\|(1, 2)\\|^2 = 5$\n\n" \
        "$K_{11} = \\|J_1\\|^2 = 9$\n"
    lines, first = notes_verdicts(notes)
    assert lines[5] == ["correct"] and lines[7] == ["correct"] and lines[9] == ["wrong"] and first == 9
