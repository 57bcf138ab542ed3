"""The sign said of "the derivative with respect to one parameter" (``the derivative w.r.t. $W_2$ gets a minus sign``,
``$W^{[1]}_2$ の微分はマイナスがつく``), with the reason beside it, is a claim about ∂f/∂θ_k at the datapoint
(symntk.check.sign_words).

Invented notes, worked by hand: f = W2_1 σ(W1_1 x) + W2_2 σ(W1_2 x) with W1 = (1, −1)^T, b1 = 0, W2 = (1, 1), b2 = 0,
at x_1 = 0 and x_2 = 1. ∂f/∂W1_2 = W2_2 σ′(z_2) x, and at x_2 = 1: z_2 = −1, σ′(−1) = e/(1 + e)² ≈ 0.196612 > 0,
times W2_2 = 1 and x = 1: +0.196612, positive (the −1 weight sits inside z_2, it puts no sign in front).
So "gets a minus sign" is wrong there, and a gradient at x_2 with −0.1966 in that entry follows from it (carried).
"""

import pytest
from check_helpers import line_verdicts

from symntk.check import check_text
from symntk.check.sign_words import sign_facts

HEAD = ("$\\sigma(z) = 1/(1+e^{-z})$, $W^{[1]} = (1, -1)^T$, $b^{[1]} = (0, 0)^T$, $W^{[2]} = (1, 1)$, "
        "$b^{[2]} = 0$, $x_1 = 0$, $x_2 = 1$.\n\n"
        "$\\theta = (W^{[1]}_1, W^{[1]}_2, b^{[1]}_1, b^{[1]}_2, W^{[2]}_1, W^{[2]}_2, b^{[2]})$\n\n"
        "$x_2 = 1$: σ(1) ≈ 0.7311, σ(−1) ≈ 0.2689, σ′(1) = σ′(−1) ≈ 0.1966.\n")   # lines 1-5


def _lines(notes: str) -> dict[int, list[str]]:
    return line_verdicts(check_text(notes, "notes.md"))


@pytest.mark.parametrize("line, facts", [
    ("$z_2 = -x$ なので $W^{[1]}_2$ の微分はマイナスがつく：", ["sign:neg\tW^{[1]}_2"]),
    ("Since $z_2 = -x$, the derivative with respect to $W^{[1]}_2$ gets a minus sign.", ["sign:neg\tW^{[1]}_2"]),
    ("the $W_2$ derivative is negative.", ["sign:neg\tW_2"]),
    ("die Ableitung nach $W_2$ ist negativ.", ["sign:neg\tW_2"]),
    ("afleiðan m.t.t. $W_2$ er neikvæð.", ["sign:neg\tW_2"]),             # "m.t.t. " ends no sentence
    ("the derivative for $b_1$ has a plus sign;", ["sign:pos\tb_1"]),
    ("the derivative w.r.t. $W_2$ is not negative", []),                  # negated
    ("$W_2$ の微分はマイナスがつかない", []),                                   # negated (つかない)
    ("if the derivative wrt $b_1$ is zero then", []),                     # a condition
    ("the minus sign of $W_2$ does not appear here", []),                 # no derivative's sign said
])
def test_what_says_a_derivatives_sign(line, facts):
    assert [f for _, f in sign_facts(line)] == facts


@pytest.mark.parametrize("sentence, verdict", [
    ("$z_2 = -x$ なので $W^{[1]}_2$ の微分はマイナスがつく：", "wrong"),
    ("So the derivative with respect to $W^{[1]}_2$ is positive.", "correct"),
    ("So the derivative with respect to $W^{[2]}_2$ is positive.", "correct"),    # σ(−1) > 0
    ("So the derivative with respect to $b^{[1]}_1$ gets a minus sign.", "wrong"),  # W2_1 σ′(1) > 0
])
def test_the_sign_is_judged_at_the_datapoint(sentence, verdict):
    assert _lines(HEAD + sentence + "\n")[6][-1] == verdict


def test_the_wrong_sign_is_carried_into_the_gradient():
    notes = HEAD + ("$z_2 = -x$ なので $W^{[1]}_2$ の微分はマイナスがつく：\n"
                    "$g_2 = (0.1966,\\ -0.1966,\\ 0.1966,\\ 0.1966,\\ 0.7311,\\ 0.2689,\\ 1)$\n")
    lines = _lines(notes)
    assert lines[6] == ["correct", "wrong"] and lines[7] == ["carried"]   # z_2 = −x is right
