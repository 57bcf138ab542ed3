""""The other derivatives are 0" (``alle anderen Ableitungen sind 0``, ``hinar afleiðurnar eru 0``) after some
derivatives were written: correct when every derivative not written yet is 0, never judged wrong.

The notes are invented for these tests; verdicts worked out by hand: f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]}
with W^{[1]} = (1, 2)^T, b^{[1]} = (0, 1)^T, W^{[2]} = (1, 0), b^{[2]} = 0. Then ∂f/∂W^{[1]}_{11} = W^{[2]}_{11} x = x,
∂f/∂W^{[1]}_{21} = W^{[2]}_{12} x = 0, ∂f/∂b^{[1]}_1 = 1, ∂f/∂b^{[1]}_2 = W^{[2]}_{12} = 0, ∂f/∂W^{[2]}_{11} = h_1 = x,
∂f/∂W^{[2]}_{12} = h_2 = 2x + 1, ∂f/∂b^{[2]} = 1: the only zero derivatives are those by W^{[1]}_{21} and b^{[1]}_2.
"""

import pytest

from symntk.check import check_text
from symntk.check.other_derivatives import says_others_zero

PROBLEM = ("$f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]}$ with $W^{[1]} = (1, 2)^T$, $b^{[1]} = (0, 1)^T$, "
           "$W^{[2]} = (1, 0)$, $b^{[2]} = 0$, $x_1 = 1$, $x_2 = 2$.\n\n")                         # line 1
WRITTEN = ("$\\frac{\\partial f}{\\partial W^{[1]}_{11}} = x$\n\n"                                      # line 3
           "$\\frac{\\partial f}{\\partial b^{[1]}_{1}} = 1$\n\n"                                        # line 5
           "$\\frac{\\partial f}{\\partial W^{[2]}_{11}} = x$, "
           "$\\frac{\\partial f}{\\partial W^{[2]}_{12}} = 2x + 1$\n\n")                           # line 7
LAST = "$\\frac{\\partial f}{\\partial b^{[2]}} = 1$\n\n"                                                 # line 9


def _verdicts(notes: str) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for j in check_text(PROBLEM + notes, "notes.md").judgements:
        out.setdefault(j.line, []).append("carried" if j.carried else j.verdict)
    return out


@pytest.mark.parametrize("line, says", [
    ("The other derivatives are 0.", True), ("all the other partial derivatives are $0$", True),
    ("Alle anderen Ableitungen sind 0.", True), ("die übrigen Ableitungen sind null", True),
    ("hinar afleiðurnar eru $0$ (f er ekki háð þeim).", True),
    ("The other derivatives are not 0.", False), ("the other derivatives are 0.5", False),
    ("the other derivatives are similar", False),
])
def test_the_sentence(line, says):
    assert says_others_zero(line) is says


@pytest.mark.parametrize("sentence", ["The other derivatives are 0.", "Alle anderen Ableitungen sind 0.",
                                      "hinar afleiðurnar eru $0$."])
def test_correct_when_every_unwritten_derivative_is_zero(sentence):
    lines = _verdicts(WRITTEN + LAST + sentence + "\n")   # the sentence on line 11
    assert lines[11] == ["correct"]


def test_not_judged_when_an_unwritten_derivative_is_not_zero():
    lines = _verdicts(WRITTEN + "The other derivatives are 0.\n")   # ∂f/∂b^{[2]} = 1 not written: line 9
    assert 9 not in lines


def test_not_judged_before_any_derivative():
    assert 3 not in _verdicts("The other derivatives are 0.\n")
