"""Eigenvalue results typed in plain text the night before: a list after ``~`` or joined by "or" (``lambda ~ 97.58
and 1.42``, ``lambda = 97.58 or 1.42``), the notes' own letter set to such a list (``l ~ 97.58 and 1.42``), and the
discriminant named ``disc`` / ``discr`` (``disc = 99^2 - 4*139 = 9245``).

f = θ_3(θ_1 x + θ_2) + θ_4, θ = (2, 1, 3, 0), x_1 = 1, x_2 = 2 (THETA_HEAD): ∇f = (3x, 3, 2x + 1, 1), K = [[28, 43],
[43, 71]] (by hand); tr K = 99, det K = 28·71 − 43² = 139, discriminant 99² − 4·139 = 9801 − 556 = 9245,
λ = (99 ± √9245)/2 ≈ 97.5754 and 1.4246 (√9245 ≈ 96.1509).
"""

import pytest
from check_helpers import THETA_HEAD, notes_verdicts

from symntk.check.eigen_letter import stated_lambdas
from symntk.check.word_results import word_results


@pytest.mark.parametrize("line, claims", [
    ("lambda ~ 97.58 and 1.42", ["\\lambda \\approx 97.58, 1.42"]),
    ("lambda ~= 97.58, 1.42", ["\\lambda \\approx 97.58, 1.42"]),
    ("lambda = 97.58 or 1.42", ["\\lambda = 97.58, 1.42"]),
    ("lambda ~ 97.58", []),                     # one value: no list
])
def test_a_plain_text_list_of_eigenvalues_is_one_claim(line, claims):
    assert [claim for claim, _ in word_results(line)] == claims


def test_only_lines_that_set_the_letter_are_rewritten_before_prose():
    text = "l^2 - 99 l + 139 = 0\nl ~ 97.58 and 1.42\nso l1 = 97.58\nlet's look at l\n"
    assert stated_lambdas(text, "l").split("\n") == [
        "l^2 - 99 l + 139 = 0", "\\lambda  ~ 97.58 and 1.42", "so \\lambda_{1} = 97.58", "let's look at l", ""]


@pytest.mark.parametrize("second, verdict", [("1.42", "correct"), ("1.43", "wrong")])
def test_the_letters_list_of_eigenvalues_is_judged_whole(second, verdict):
    notes = THETA_HEAD + f"l^2 - 99 l + 139 = 0\n\nl ~ 97.58 and {second}\n"   # lines 5 and 7
    lines, first = notes_verdicts(notes)
    assert lines[5] == ["correct"] and lines[7] == [verdict] and first == (7 if verdict == "wrong" else 0)


@pytest.mark.parametrize("line, verdicts", [
    ("disc = 99^2 - 4*139 = 9801 - 556 = 9245", ["correct"] * 3),
    ("discr = 9801 - 556 = 9245", ["correct"] * 2),
    ("disc = 9801 - 556 = 9254", ["correct", "wrong"]),
    ("disc = 9254", ["wrong"]),
])
def test_the_discriminant_named_disc_is_judged(line, verdicts):
    lines, first = notes_verdicts(THETA_HEAD + line + "\n")
    assert lines[5] == verdicts and first == (5 if "wrong" in verdicts else 0)
