"""Underlined results (``\\underline{λ_1 ≈ 97,58}``, once or twice) and engineering matrices
``\\underline{\\underline{K}}`` are read as what they underline."""

from tests.check_helpers import THETA_HEAD, notes_verdicts

# θ = (2, 1, 3, 0): ∇f(x) = (3x, 3, 2x + 1, 1), so ∇f(1) = (3, 3, 3, 1), ∇f(2) = (6, 3, 5, 1);
# K = [[28, 43], [43, 71]], tr K = 99, det K = 1988 − 1849 = 139, λ = (99 ± √9245)/2 ≈ 97.575 and 1.4245
GRADS = "$\\nabla f(x_1) = (3, 3, 3, 1)$, $\\nabla f(x_2) = (6, 3, 5, 1)$\n\n"
MATRIX = "$$\\underline{\\underline{K}} = \\begin{pmatrix} 28 & 43 \\\\ 43 & 71 \\end{pmatrix}$$\n\n"
DET = "$\\det \\underline{\\underline{K}} = 1988 - 1849 = 139$\n\n"


def test_underlined_results_and_double_underlined_matrix_are_read():
    """K = [[28, 43], [43, 71]] (line 7), det K = 139 (line 9), λ₁ ≈ 97,58 and λ₂ ≈ 1,42 (line 11, decimal
    commas, each underlined once): all correct, nothing unread, no mistake."""
    notes = THETA_HEAD + GRADS + MATRIX + DET + (
        "$\\Rightarrow \\underline{\\lambda_1 \\approx 97{,}58}$, $\\underline{\\lambda_2 \\approx 1{,}42}$\n")
    lines, first = notes_verdicts(notes)
    assert lines[7] == ["correct"]
    assert lines[9] == ["correct", "correct"]
    assert lines[11] == ["correct", "correct"]
    assert first == 0


def test_a_wrong_underlined_value_is_judged_wrong():
    """λ₂ = 1.4245… written 1,43 inside a double underline: neither rounded (1,42) nor truncated, so wrong
    on line 11 (its first mistake); λ₁ = 97,58 stays correct."""
    notes = THETA_HEAD + GRADS + MATRIX + DET + (
        "$\\underline{\\underline{\\lambda_1 = 97{,}58}}$ und $\\underline{\\underline{\\lambda_2 = 1{,}43}}$\n")
    lines, first = notes_verdicts(notes)
    assert lines[11] == ["correct", "wrong"]
    assert first == 11
