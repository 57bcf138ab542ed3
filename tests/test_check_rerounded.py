"""A shorter restatement of a decimal written just before on the same line (``λ₁ ≈ 97.5755, i.e. about 97.56``)
must agree with that value to its own digits, else it is a new slip, even when the same number was a wrong answer
stated earlier (which a bare repeat of it would carry)."""

from tests.check_helpers import THETA_HEAD, notes_verdicts

# THETA_HEAD: ∇f(x) = (3x, 3, 2x + 1, 1), so ∇f(1) = (3, 3, 3, 1), ∇f(2) = (6, 3, 5, 1), K = [[28, 43], [43, 71]],
# tr K = 99, det K = 1988 − 1849 = 139, λ = (99 ± √9245)/2, √9245 ≈ 96.15093, λ₁ ≈ 97.57546, λ₂ ≈ 1.42454
BODY = "$K = \\begin{pmatrix} 28 & 43 \\\\ 43 & 71 \\end{pmatrix}$\n\n"


def _eigen_lines(answer: str, restated: str) -> tuple[dict, int]:
    notes = (THETA_HEAD + f"Answer: $\\lambda_1 \\approx {answer}$\n\n" + BODY +
             f"so $\\lambda_1 \\approx 97.5755$, i.e. about ${restated}$\n")
    return notes_verdicts(notes)


def test_restated_to_other_digits_is_new_slip():
    """97.5755 restated as 97.56: rounded it is 97.58, truncated 97.57, so 97.56 is a new slip (wrong, not carried
    from the wrong answer 97.56 on line 5)."""
    lines, first = _eigen_lines("97.56", "97.56")
    assert first == 5
    assert lines[9] == ["correct", "wrong"]


def test_restated_in_agreement_is_correct():
    """97.5755 restated as 97.58 (its rounding): correct; the answer 97.56 on line 5 is the mistake."""
    lines, first = _eigen_lines("97.56", "97.58")
    assert first == 5
    assert lines[9] == ["correct", "correct"]


def test_bare_repeat_of_wrong_answer_stays_carried():
    """The wrong answer 97.56 written again on its own line, with no longer value before it: carried as before."""
    notes = THETA_HEAD + "Answer: $\\lambda_1 \\approx 97.56$\n\n" + BODY + "so $\\lambda_1 \\approx 97.56$\n"
    lines, first = notes_verdicts(notes)
    assert first == 5
    assert lines[9] == ["carried"]
