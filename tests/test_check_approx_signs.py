"""Approximately written as a tilde, ``\\sim``, ``≃``, ``≅``, ``≐``, ``\\cong`` or ``\\doteq``, a rounding note in
the math, and the spectrum written σ(K). Notes invented; the exercise is f = W2(W1 x + b1) + b2 with
W1 = (1, 1)ᵀ, b1 = (0, 1)ᵀ, W2 = (1, 0), b2 = 0 at x = 1, 2: K = [[8, 12], [12, 19]] (worked by hand), so
det(K − λI) = λ² − 27λ + 8 and λ = (27 ± √697)/2 ≈ 26.70038, 0.29962 (√697 ≈ 26.40076)."""

import pytest
from check_helpers import notes_verdicts

HEAD = ("$W^{[1]} = [1, 1]^T$, $b^{[1]} = [0, 1]^T$, $W^{[2]} = [1, 0]$, $b^{[2]} = 0$, $x_1 = 1$, $x_2 = 2$.\n\n"
        "$f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$\n\n")


@pytest.mark.parametrize("sign", ["~", "\\sim", "≃", "≅", "≐", "\\cong", "\\doteq"])
def test_approximately_signs_between_a_name_and_a_number(sign):
    """``λ_2 ~ 0.2996``: judged (correct), and a wrong value with the same sign is wrong."""
    lines, _ = notes_verdicts(HEAD + f"$\\lambda_2 {sign} 0.2996$\n\n$\\lambda_1 {sign} 26.9$\n")
    assert lines[5] == ["correct"]
    assert lines[7] == ["wrong"]


def test_tilde_after_a_relation_stays_a_space():
    """``=~ 26.70`` and ``x_1~=~1`` keep their relation (the tilde is TeX's space there)."""
    lines, _ = notes_verdicts(HEAD + "$\\lambda_1 =~ 26.70$\n\n$K_{12}~=~12$\n")
    assert lines[5] == ["correct"]
    assert lines[7] == ["correct"]


def test_rounding_note_in_the_math():
    """``26.7\\ (3 \\text{ s.f.})`` is the value 26.7 (26.70038 to 3 significant figures)."""
    lines, _ = notes_verdicts(HEAD + "$\\lambda_1 \\approx 26.7\\ (3 \\text{ s.f.})$\n\n"
                                     "$\\lambda_2 \\approx 0.30 \\text{ (2 d.p.)}$\n")
    assert lines[5] == ["correct"]
    assert lines[7] == ["correct"]


def test_spectrum_written_sigma_of_k():
    """``σ(K) = {(27 − √697)/2, (27 + √697)/2}`` lists the eigenvalues (correct), and σ(K) alone never makes the
    network a sigmoid one when the notes write no formula (K_{12} = 12 of the linear network stays correct)."""
    head = HEAD.split("\n\n")[0] + "\n\n"
    notes = head + ("$K_{12} = 12$\n\n"
                    "$\\sigma(K) = \\{ \\tfrac{27 - \\sqrt{697}}{2}, \\tfrac{27 + \\sqrt{697}}{2} \\}$\n\n"
                    "$\\sigma(K) = \\{1, 26\\}$\n")
    lines, _ = notes_verdicts(notes)
    assert lines[3] == ["correct"]
    assert lines[5] == ["correct"]
    assert lines[7] == ["wrong"]
