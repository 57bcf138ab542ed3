"""Results the learner checks or names by a formula: a check mark that ends a result (``tr K = 49 ✓``,
``\\checkmark``), the p-q formula's coefficients (``p-q-Formel mit p = −49, q = 27``: for a 2×2 kernel
det(K − λI) = λ² + pλ + q, so p = −tr K and q = det K), and a sum rounded to a whole number after ≈ typed in prose.

Every expected verdict is worked out by hand for the network below.
"""

from check_helpers import worst_verdicts

from symntk.check.normalise import normalise
from symntk.check.pq_formula import pq_coefficients


def _line(text: str, start: str) -> int:
    """The number of the first line of ``text`` that starts with ``start``."""
    return next(n for n, line in enumerate(text.split("\n"), start=1) if line.startswith(start))


# f(x) = W2 (W1 x + b1) + b2 with W1 = [1, 2]^T, b1 = [1, 0]^T, W2 = [1, 1], b2 = 0: ∇f(x) = (x, x, 1, 1, x + 1, 2x, 1),
# at x1 = 1 (1, 1, 1, 1, 2, 2, 1), at x2 = 2 (2, 2, 1, 1, 3, 4, 1); K = [[13, 21], [21, 36]], tr K = 49,
# det K = 468 − 441 = 27, λ = (49 ± √2293)/2 with √2293 ≈ 47.885: λ ≈ 48.443 and 0.557 (sum 49, product 27).
HEAD = """# A

W1 = [1, 2]ᵀ, b1 = [1, 0]ᵀ, W2 = [1, 1], b2 = 0

x1 = 1, x2 = 2

f(x) = W2 (W1 x + b1) + b2

K = [[13, 21], [21, 36]]

"""

CHECKED = HEAD + """λ₁ + λ₂ = 49 = tr K ✓

(tr = 49 ✓, det = 468 - 441 = 27 ✓)

Kontrolle: λ₁ + λ₂ = 49 = Spur(K) ✓, λ₁·λ₂ ≈ 27 = det(K) ✔

$\\operatorname{tr} K = 49 \\checkmark$

(check: 48.44 + 0.56 ≈ 49 ✓)
"""


def test_results_ended_by_a_check_mark_are_read_and_correct():
    verdicts, report = worst_verdicts(CHECKED)
    for start in ("λ₁ + λ₂ = 49", "(tr = 49", "Kontrolle:", "$\\operatorname{tr} K", "(check:"):
        assert verdicts.get(_line(CHECKED, start)) == "correct", start
    assert report.first_mistake is None


def test_a_wrong_result_with_a_check_mark_is_still_wrong():
    notes = HEAD + "(tr = 49 ✓, det = 468 - 441 = 28 ✓)\n"
    verdicts, report = worst_verdicts(notes)
    assert verdicts.get(_line(notes, "(tr = 49")) == "wrong"


def test_a_check_mark_before_more_math_is_not_dropped():
    # "= 49 ✓ (48.44 + 0.56)": the group after the mark is no factor of 49; the mark stays (the math is not read)
    assert "✓" in normalise(r"\operatorname{tr} K = 49 ✓ (48.44 + 0.56)")
    assert normalise(r"\det K = 27 ✓, \operatorname{tr} K = 49") == r"\det K = 27, \operatorname{tr} K = 49"


PQ = HEAD + """p-q-Formel mit p = −49, q = 27:

pq-Formel: $p = -49$, $q = 27$
"""


def test_the_pq_formulas_coefficients_are_minus_the_trace_and_the_determinant():
    verdicts, report = worst_verdicts(PQ)
    assert verdicts.get(_line(PQ, "p-q-Formel")) == "correct"
    assert verdicts.get(_line(PQ, "pq-Formel")) == "correct"
    assert report.first_mistake is None


def test_a_wrong_sign_of_p_or_a_wrong_q_is_found():
    for line in ("p-q-Formel mit p = 49, q = 27:", "p-q-Formel mit p = −49, q = 26:"):
        notes = HEAD + line + "\n"
        verdicts, _ = worst_verdicts(notes)
        assert verdicts.get(_line(notes, "p-q-Formel")) == "wrong", line


def test_p_and_q_on_other_lines_are_left_alone():
    text = "p-q-Formel mit $p = -3$, $q = 2$\n$p = 5$ is a probability, q = 0.5"
    assert pq_coefficients(text).split("\n") == [
        r"p-q-Formel mit $\operatorname{tr} K = 3$, $\det K = 2$", "$p = 5$ is a probability, q = 0.5"]
    assert pq_coefficients("pq-Formel: p = 4, q = 1") == r"pq-Formel: \operatorname{tr} K = -4, \det K = 1"
