"""K − λI (or λI − K) written out as a matrix before its determinant. Notes invented; the exercise is
f = W2(W1 x + b1) + b2 with W1 = (1, 1)ᵀ, b1 = (0, 1)ᵀ, W2 = (1, 0), b2 = 0 at x = 1, 2, whose kernel worked by
hand is K = [[8, 12], [12, 19]], so K − λI = [[8 − λ, 12], [12, 19 − λ]]."""

from check_helpers import notes_verdicts

HEAD = ("$W^{[1]} = [1, 1]^T$, $b^{[1]} = [0, 1]^T$, $W^{[2]} = [1, 0]$, $b^{[2]} = 0$, $x_1 = 1$, $x_2 = 2$.\n\n"
        "$f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$\n\n")


def test_k_minus_lambda_i_right_and_wrong():
    """[[8 − λ, 12], [12, 19 − λ]] and λI − K = [[λ − 8, −12], [−12, λ − 19]] correct; 18 − λ wrong."""
    notes = HEAD + ("$K - \\lambda I = \\begin{pmatrix} 8 - \\lambda & 12 \\\\ 12 & 19 - \\lambda \\end{pmatrix}$\n\n"
                    "$\\lambda I - K = \\begin{pmatrix} \\lambda - 8 & -12 \\\\ -12 & \\lambda - 19 \\end{pmatrix}$\n\n"
                    "$K - \\lambda I = \\begin{pmatrix} 8 - \\lambda & 12 \\\\ 12 & 18 - \\lambda \\end{pmatrix}$\n")
    lines, first = notes_verdicts(notes)
    assert lines[5] == ["correct"]
    assert lines[7] == ["correct"]
    assert lines[9] == ["wrong"]
    assert first == 9


def test_k_minus_lambda_i_from_the_learners_own_k_is_carried():
    """After a wrong K = [[8, 12], [12, 18]], K − λI = [[8 − λ, 12], [12, 18 − λ]] follows from it: carried."""
    notes = HEAD + ("$K = \\begin{pmatrix} 8 & 12 \\\\ 12 & 18 \\end{pmatrix}$\n\n"
                    "$K - \\lambda I = \\begin{pmatrix} 8 - \\lambda & 12 \\\\ 12 & 18 - \\lambda \\end{pmatrix}$\n")
    lines, first = notes_verdicts(notes)
    assert lines[5] == ["wrong"]
    assert lines[7] == ["carried"]
    assert first == 5


def test_a_matrix_without_lambda_is_no_k_minus_lambda_i():
    """``K − λI = [[8, 12], [12, 19]]`` (λ forgotten) is wrong, not K."""
    lines, _ = notes_verdicts(HEAD + "$K - \\lambda I = \\begin{pmatrix} 8 & 12 \\\\ 12 & 19 \\end{pmatrix}$\n")
    assert lines[5] == ["wrong"]
