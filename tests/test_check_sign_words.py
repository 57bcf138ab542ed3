"""The sign of one gradient entry said in words at a datapoint (``so that entry is negative``) is a claim about
∂f/∂θ_k there (symntk.check.sign_words).

Invented notes, worked by hand: f = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]} with W^{[1]} = 2, b^{[1]} = 1,
W^{[2]} = -3, b^{[2]} = 0, x_1 = 1, x_2 = 0. ∂f/∂W^{[1]} = W^{[2]}x = -3x: -3 at x_1 (negative), 0 at x_2 (zero);
∂f/∂b^{[1]} = -3 (negative); ∂f/∂W^{[2]} = 2x + 1: 3 at x_1, 1 at x_2 (positive).
"""

import pytest
from check_helpers import line_verdicts

from symntk.check import check_text
from symntk.check.sign_words import sign_facts

HEAD = ("$f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$, $W^{[1]} = 2$, $b^{[1]} = 1$, $W^{[2]} = -3$, "
        "$b^{[2]} = 0$, $x_1 = 1$, $x_2 = 0$.\n\n$\\theta = (W^{[1]}, b^{[1]}, W^{[2]}, b^{[2]})$\n\n")   # 1-3


def _lines(notes: str) -> dict[int, list[str]]:
    return line_verdicts(check_text(notes, "notes.md"))


@pytest.mark.parametrize("line, facts", [
    ("The second weight has $W_{21} = -1$ in front so that entry is negative:", ["sign:neg\tW_{21}"]),
    ("Die Komponente von $b_1$ bei $x_1$ ist positiv.", []),            # two names: b_1 and x_1
    ("die Komponente von $b_1$ ist positiv.", ["sign:pos\tb_1"]),
    ("stakið fyrir $w$ er núll.", ["sign:zero\tw"]),
    ("the entry of $w$ is not negative.", []),                          # negated
    ("Is the entry of $w$ negative?", []),                              # a question, and no verb before the sign
    ("if the entry of $w$ is negative, K changes.", []),                 # a condition
])
def test_what_says_a_sign(line, facts):
    assert [f for _, f in sign_facts(line)] == facts


@pytest.mark.parametrize("sentence, verdict", [
    ("At $x_1 = 1$: the entry of $W^{[1]}$ is negative.", "correct"),
    ("At $x_1 = 1$: the entry of $W^{[1]}$ is positive.", "wrong"),
    ("At $x_1 = 1$: the entry of $b^{[1]}$ is negative.", "correct"),
    ("At $x_2 = 0$: the entry of $W^{[1]}$ is zero.", "correct"),
    ("At $x_2 = 0$: the entry of $W^{[2]}$ is positive.", "correct"),
    ("At $x_2 = 0$: the entry of $W^{[2]}$ is negative.", "wrong"),
    ("Bei $x_1 = 1$: die Komponente von $W^{[1]}$ ist negativ.", "correct"),
])
def test_a_sign_at_a_datapoint_is_judged(sentence, verdict):
    assert _lines(HEAD + sentence + "\n")[5][-1] == verdict


def test_a_wrong_sign_is_carried_into_the_gradient():
    lines = _lines(HEAD + "At $x_1 = 1$: the entry of $W^{[1]}$ is positive.\n\n$\\nabla f(x_1) = (3, -3, 3, 1)$\n")
    assert lines[5] == ["wrong"] and lines[7] == ["carried"]


def test_at_no_datapoint_a_sign_claims_nothing():
    lines = _lines(HEAD + "The entry of $W^{[1]}$ is positive.\n")
    assert 5 not in lines
