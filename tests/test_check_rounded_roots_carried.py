"""Eigenvalues worked from the learner's own rounded square root after an earlier mistake
(``λ = (109 ± 92,1)/2`` from their wrong K, then ``λ_2 ≈ 8,45``): the value follows their written pair, so it is
carried, not wrong."""

from tests.check_helpers import THETA_HEAD, notes_verdicts

# θ = (2, 1, 3, 0): true K = [[28, 43], [43, 71]], λ ≈ 97.575 and 1.4245. The learner's K_11 = 38 (line 5) is the
# mistake; their K = [[38, 43], [43, 71]] has tr 109, det 2698 − 1849 = 849, λ = (109 ± √8485)/2 with
# √8485 ≈ 92.1141, so their exact λ_2 ≈ 8.44295 (8.44 rounded or truncated); from √8485 ≈ 92,1 as written,
# (109 − 92.1)/2 = 8.45.
WORK = (THETA_HEAD + "$K_{11} = 38$\n\n$K = \\begin{pmatrix} 38 & 43 \\\\ 43 & 71 \\end{pmatrix}$\n\n"
        "$\\lambda = \\frac{109 \\pm \\sqrt{8485}}{2} \\approx \\frac{109 \\pm 92,1}{2}$\n\n")   # lines 5, 7, 9


def test_a_value_from_the_learners_own_rounded_root_is_carried():
    """λ_2 ≈ 8,45 (line 11) is (109 − 92.1)/2 from the pair on line 9: carried; the first mistake stays line 5."""
    lines, first = notes_verdicts(WORK + "$\\lambda_2 \\approx 8,45$\n")
    assert lines[11] == ["carried"] and first == 5


def test_a_value_that_follows_nothing_written_is_wrong():
    """λ_2 ≈ 8,47 (line 11) is neither their exact 8.44295 nor (109 − 92.1)/2 = 8.45: wrong."""
    lines, _ = notes_verdicts(WORK + "$\\lambda_2 \\approx 8,47$\n")
    assert lines[11] == ["wrong"]
