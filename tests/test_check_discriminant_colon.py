"""The discriminant named by a word and a colon (or "is") before inline arithmetic with powers
(``Discriminant: $27^2 - 4\\cdot 140 = 729 - 560 = 169 = 13^2$``, ``المميز: $729 − 560 = 169$``) is Δ: judged against
the true Δ, and carried when it follows from the learner's own (wrong) characteristic polynomial.

Worked by hand (exercise A): K = [[8, 12], [12, 19]], tr K = 27, det K = 152 − 144 = 8, so λ² − 27λ + 8 and
Δ = 729 − 32 = 697. A learner who writes (8 − λ)(19 − λ) − 12 = λ² − 27λ + 140 (12 for 12² = 144) has their own
Δ = 729 − 560 = 169 = 13²: wrong, carried from that polynomial; Δ = 697 is right.
"""

import pytest

from symntk.check import check_text

HEAD = ("Network $f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]}$ with $W^{[1]} = [1, 1]^T$, $b^{[1]} = [0, 1]^T$, "
        "$W^{[2]} = [1, 0]$, $b^{[2]} = 0$, and $x_1 = 1$, $x_2 = 2$.\n\n"
        "$$K = \\begin{bmatrix} 8 & 12 \\\\ 12 & 19 \\end{bmatrix}$$\n\n")   # lines 1-4
SLIP = "$$\\det(K - \\lambda I) = (8 - \\lambda)(19 - \\lambda) - 12 = \\lambda^2 - 27\\lambda + 140$$\n\n"   # 5-6


def _line(notes: str, line: int) -> list[str]:
    return ["carried" if j.carried else j.verdict for j in check_text(notes, "notes.md").judgements if j.line == line]


@pytest.mark.parametrize("sentence", [
    "Discriminant: $27^2 - 4\\cdot 140 = 729 - 560 = 169 = 13^2$",
    "The discriminant is $729 - 560 = 169$",
    "المميز: $729 − 560 = 169$",
])
def test_a_discriminant_from_their_polynomial_is_carried(sentence):
    verdicts = _line(HEAD + SLIP + sentence + "\n", 7)
    assert verdicts and set(verdicts) == {"carried"}


@pytest.mark.parametrize("sentence", [
    "Discriminant: $27^2 - 4\\cdot 8 = 729 - 32 = 697$",
    "The discriminant is $729 - 32 = 697$",
])
def test_the_right_discriminant_is_correct(sentence):
    verdicts = _line(HEAD + sentence + "\n", 5)
    assert verdicts and set(verdicts) == {"correct"}


def test_a_wrong_discriminant_is_wrong():
    assert "wrong" in _line(HEAD + "Discriminant: $729 - 23 = 706$\n", 5)
