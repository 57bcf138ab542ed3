"""Bare values after an answer label (``**Answer:** $…$``, ``Svar: $a$, $b$``, ``Antwort: $a$ und $b$``) are the
eigenvalues (symntk.check.answer_labels); invented notes.

The exercise (worked out by hand): f(x) = W2 (W1 x + b1) + b2 with W1 = 3, b1 = −1, W2 = 2, b2 = 1, x = (1, 2):
∇f(x) = (2x, 2, 3x − 1, 1), ∇f(x_1) = (2, 2, 2, 1), ∇f(x_2) = (4, 2, 5, 1); K = [[13, 23], [23, 46]], tr K = 59,
det K = 598 − 529 = 69, λ = (59 ± √(3481 − 276))/2 = (59 ± √3205)/2 ≈ 57.8064 and 1.1936.
"""

import pytest
from check_helpers import notes_verdicts

from symntk.check.answer_labels import answer_values

NOTES = ("Given: $f(x) = W2(W1 x + b1) + b2$, $W1 = 3$, $b1 = -1$, $W2 = 2$, $b2 = 1$; $x_1 = 1$, $x_2 = 2$.\n\n"
         "$K = \\begin{pmatrix} 13 & 23 \\\\ 23 & 46 \\end{pmatrix}$, eigenvalues from "
         "$\\lambda^2 - 59\\lambda + 69 = 0$.\n\n")


@pytest.mark.parametrize("answer", [
    "**Answer:** $\\frac{59 \\pm \\sqrt{3205}}{2}$",
    "Svar: $57.81$, $1.19$",
    "**Antwort:** $57.806$ und $1.194$.",
    "> **Vastaus:** $\\frac{59 + \\sqrt{3205}}{2}$ ja $\\frac{59 - \\sqrt{3205}}{2}$",
])
def test_the_answers_values_are_the_eigenvalues(answer):
    """The true eigenvalues after the label are right."""
    out, first = notes_verdicts(NOTES + answer + "\n")
    assert out[5] == ["correct"] and first == 0


@pytest.mark.parametrize("answer", ["**Answer:** $\\frac{59 \\pm \\sqrt{3250}}{2}$", "Ergebnis: $57.81$, $2.19$"])
def test_wrong_values_after_an_answer_label_are_wrong(answer):
    """√3250 (true √3205) and 2.19 (true 1.19) are wrong."""
    out, first = notes_verdicts(NOTES + answer + "\n")
    assert out[5] == ["wrong"] and first == 5


@pytest.mark.parametrize("line", [
    "**Answer:** $K = \\begin{pmatrix} 13 & 23 \\\\ 23 & 46 \\end{pmatrix}$",
    "Answer: $\\lambda_1 \\approx 57.81$",
    "Answer: $x$",
    "Result: $2$ parameters are shared",
])
def test_other_answers_stay_as_written(line):
    """A relation, a name or words after the math: not bare values."""
    assert answer_values("λ\n" + line) == "λ\n" + line


def test_notes_without_eigenvalues_keep_their_answer():
    """Notes that never speak of eigenvalues: a bare number after Answer is not one."""
    assert answer_values("K_{11} = 13\nAnswer: $13$") == "K_{11} = 13\nAnswer: $13$"


@pytest.mark.parametrize("sentence, expected", [
    ("The eigenvalues $K$ are $\\frac{59 \\pm \\sqrt{3205}}{2}$, so about $57.81$ and $1.19$.",
     ["correct", "correct"]),
    ("Eigingildi $K$ eru $\\frac{59 \\pm \\sqrt{3205}}{2}$, semsagt u.þ.b. $57.81$ og $1.29$.", ["correct", "wrong"]),
    ("Eigingildi $K$ eru $\\frac{59 \\pm \\sqrt{3250}}{2}$.", ["wrong"]),
])
def test_eigenvalues_of_k_named_by_its_math_and_linked_decimals(sentence, expected):
    """"eigenvalues $K$ are $…$" names K's eigenvalues (√3250 is wrong, true √3205); the decimals after "so" or
    "semsagt" are them again (1.29 is wrong, true 1.1936)."""
    out, _ = notes_verdicts(NOTES + sentence + "\n")
    assert out[5] == expected


@pytest.mark.parametrize("line", ["**Result:** $59$", "Answer: $69$", "Ergebnis: $23$", "Svar: $-7$."])
def test_one_bare_value_is_no_set_of_eigenvalues(line):
    """After the trace (59), det K (69) or K₁₂ (23) a learner may write one bare value after a label; the notes
    speak of eigenvalues, but one number is not the two eigenvalues of a 2×2 kernel: no claim is read from it (not
    λ = 59, which would be wrong; −7 is no value of the exercise at all, and still no eigenvalue claim)."""
    out, first = notes_verdicts(NOTES + line + "\n")
    assert 5 not in out and first == 0


def test_one_math_listing_two_values_is_still_read():
    """``Svar: $57.81, 1.19$``: two values in one math, the eigenvalues ≈ 57.8064 and 1.1936: correct."""
    out, first = notes_verdicts(NOTES + "Svar: $57.81, 1.19$\n")
    assert out[5] == ["correct"] and first == 0
