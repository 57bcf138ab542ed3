"""A correction on the line below a statement that names what it replaces (``second entry should be $3$``,
``$b^{[1]}$ should be $W^{[2]}$``, ``der zweite Eintrag muss $3$ heißen``, ``annað stakið á að vera $3$``): the
statement is taken back and the corrected one is judged on the correction's line (named_corrections.py).

The invented notes (worked by hand): f(x) = W2 (W1 x + b1) + b2 with W1 = 2, b1 = 1, W2 = 3, b2 = 0, x_1 = 1,
x_2 = 2; θ = (W1, b1, W2, b2), ∇f(x) = (W2 x, W2, W1 x + b1, 1), ∇f(x_1) = (3, 3, 3, 1).
"""

import pytest
from check_helpers import notes_verdicts

from reference import exact_jacobian

HEAD = r"""Data: $W^{[1]}=2,\ b^{[1]}=1,\ W^{[2]}=3,\ b^{[2]}=0$, $x_1=1$, $x_2=2$, no activation.

$f(x;\theta)=W^{[2]}(W^{[1]}x+b^{[1]})+b^{[2]}$, $\theta=(W^{[1]},b^{[1]},W^{[2]},b^{[2]})$
"""
WRONG = r"$\nabla_\theta f(x_1) = (3, 2, 3, 1)$"
GENERAL = r"$\nabla_\theta f(x) = (W^{[2]} x,\ b^{[1]},\ W^{[1]} x + b^{[1]},\ 1)$"
DISPLAY = "\\[\n\\nabla_\\theta f(x) = \\big(W^{[2]} x,\\ b^{[1]},\\ W^{[1]} x + b^{[1]},\\ 1\\big)\n\\]"


def _verdicts(*lines):
    return notes_verdicts(HEAD + "\n".join(lines) + "\n")


def test_the_hand_values_are_the_independent_backprop():
    assert exact_jacobian([2, 1, 3, 0], [1, 1, 1], ["identity"], [[1], [2]])[0] == [3, 3, 3, 1]


@pytest.mark.parametrize("slip", [WRONG, GENERAL])
def test_without_a_correction_the_slip_is_wrong(slip):
    got, first = _verdicts(slip)
    assert got[4] == ["wrong"] and first == 4


@pytest.mark.parametrize("correction", [
    "hmm, second entry should be $3$.",
    "the 2nd component should be $3$",
    "oops, entry 2 should read $3$",
    "der zweite Eintrag muss $3$ heißen",
    "der zweite Eintrag sollte $3$ sein",
    "annað stakið á að vera $3$",
    "annað stakið ætti að vera $3$",
    "la deuxième composante devrait être $3$",
])
def test_a_right_correction_replaces_the_slip(correction):
    got, first = _verdicts(WRONG, correction)
    assert 4 not in got
    assert got[5] == ["correct"] and first == 0


def test_a_wrong_correction_is_judged_wrong():
    got, first = _verdicts(WRONG, "second entry should be $4$")
    assert 4 not in got
    assert got[5] == ["wrong"] and first == 5


def test_a_correction_of_a_right_entry_into_a_wrong_one_is_wrong():
    got, first = _verdicts(r"$\nabla_\theta f(x_1) = (3, 3, 3, 1)$", "third entry should be $2$")
    assert got[5] == ["wrong"] and first == 5


@pytest.mark.parametrize("lines", [
    (GENERAL, "second entry should be $W^{[2]}$"),
    (r"$\nabla_\theta f(x) = (W^{[2]} x,\ W^{[2]},\ W^{[2]} x + b^{[1]},\ 1)$",
     r"hmm, $W^{[2]} x + b^{[1]}$ should be $W^{[1]} x + b^{[1]}$"),
    (DISPLAY, "hmm, the second entry should be $W^{[2]}$."),
])
def test_a_symbolic_correction_by_ordinal_or_by_expression(lines):
    got, first = _verdicts(*lines)
    line = HEAD.count("\n") + "\n".join(lines).count("\n") + 1
    assert got[line] == ["correct"] and first == 0
    assert all(set(v) == {"correct"} for v in got.values())


@pytest.mark.parametrize("lines", [
    (WRONG, "some prose", "more prose", "second entry should be $3$"),       # too far below
    (WRONG, "the second entry is $3$"),                                       # no correction said
    (WRONG, "second entry should be $3$, so $K_{11} = 28$"),                  # the line states more
    (WRONG, "the ninth entry should be $3$"),                                 # no such entry
    (GENERAL, r"$W^{[2]} b^{[1]}$ should be $W^{[2]}$"),                      # not in the statement
    (r"$\nabla_\theta f(x) = (W^{[2]} x,\ W^{[1]},\ W^{[1]} x + b^{[1]},\ 1)$",
     r"$W^{[1]}$ should be $W^{[2]}$"),                                      # twice in it: which one?
])
def test_a_slip_that_nothing_exactly_corrects_stays_wrong(lines):
    got, first = _verdicts(*lines)
    assert "wrong" in got[4] and first == 4
