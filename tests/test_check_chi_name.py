"""The characteristic polynomial named ``chi`` in ASCII (``chi(λ) = …``, ``chi_K(λ) = …``) after ``det(K − λI)``:
read as χ(λ), never as the product c·h·i·λ; other unknown names applied to λ are never judged wrong.

The notes are invented for these tests; verdicts worked out by hand: f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]}
with W^{[1]} = (1, 2)^T, b^{[1]} = (0, 1)^T, W^{[2]} = (1, 1), b^{[2]} = 0. The gradient is (x, x, 1, 1, x, 2x + 1, 1):
at x_1 = 1 (1, 1, 1, 1, 1, 3, 1), at x_2 = 2 (2, 2, 1, 1, 2, 5, 1); K_11 = 15, K_12 = 24, K_22 = 40, tr K = 55,
det K = 600 − 576 = 24, so det(K − λI) = λ² − 55λ + 24.
"""

import pytest

from symntk.check import check_text
from symntk.check.normalise import normalise

PROBLEM = ("$f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]}$ with $W^{[1]} = (1, 2)^T$, $b^{[1]} = (0, 1)^T$, "
           "$W^{[2]} = (1, 1)$, $b^{[2]} = 0$, $x_1 = 1$, $x_2 = 2$.\n\n"                        # line 1
           "$K = \\begin{pmatrix} 15 & 24 \\\\ 24 & 40 \\end{pmatrix}$\n\n")                        # line 3


def _verdicts(notes: str, name: str = "notes.md") -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for j in check_text(PROBLEM + notes, name).judgements:
        out.setdefault(j.line, []).append("carried" if j.carried else j.verdict)
    return out


@pytest.mark.parametrize("text, start", [
    ("chi(λ) = λ^2 - 55λ + 24", "\\chi"), ("chi_K(λ) = 1", "\\chi_K"), ("chi (\\lambda) = 1", "\\chi"),
])
def test_chi_before_its_argument_is_the_greek_letter(text, start):
    assert normalise(text).startswith(start)


@pytest.mark.parametrize("text", ["chip(2) = 1", "\\chi(\\lambda) = 1", "machine(2) = 1", "chi = 3"])
def test_other_words_are_left_alone(text):
    assert "\\chi" not in normalise(text) or text.startswith("\\chi")
    assert normalise(text).count("\\chi") == text.count("\\chi")


@pytest.mark.parametrize("line, verdict", [
    ("chi(λ) = λ^2 - 55λ + 24", "correct"),
    ("chi(λ) = λ^2 - 54λ + 24", "wrong"),
    ("$chi(\\lambda) = \\lambda^2 - 55\\lambda + 24$", "correct"),
    ("$chi(\\lambda) = \\lambda^2 - 55\\lambda + 25$", "wrong"),
])
def test_chi_after_the_determinant_is_the_characteristic_polynomial(line, verdict):
    lines = _verdicts("det(K − λI) = 0\n\n" + line + "\n")   # lines 5, 7
    assert lines[7] == [verdict]


@pytest.mark.parametrize("line", ["foo(λ) = λ^2 - 54λ + 24", "$chi(\\lambda) = \\lambda^2 - 55\\lambda + 24$",
                                  "chi(λ) = λ^2 - 55λ + 24"])
def test_a_name_applied_to_lambda_is_never_wrong(line):
    lines = _verdicts(line + "\n")   # line 5, no determinant written
    assert "wrong" not in lines.get(5, []) and "carried" not in lines.get(5, [])
