"""A dropping sentence whose verb takes a pronoun for the parameter named before it in the same sentence
(``$b^{[3]}$ verschiebt $f$ nur, das lasse ich im Kernel weg``, ``$b_2$ only shifts $f$; I leave it out``,
``$b_2$ hliðrar bara $f$; því sleppi ég``): the parameter is the one dropped (symntk.check.dropped_words).
A pronoun in the next sentence, or a clause naming nothing without a pronoun, drops nothing.

Notes invented (worked by hand): as in test_check_dropped_reasons, ∂f/∂b^{[2]} = 1 at both datapoints, so
dropping b^{[2]} is wrong and ∇f(x_1) = (3, 0, 3, 0, 1, 0) without it is carried.
"""

import pytest
from check_helpers import notes_verdicts

from symntk.check.dropped_words import dropped_names

PROBLEM = ("$f(x) = W^{[2]}\\,\\mathrm{relu}(W^{[1]}x+b^{[1]}) + b^{[2]}$, $W^{[1]} = [1,-1]^T$, "
           "$b^{[1]} = [0,0]^T$, $W^{[2]} = [3,2]$, $b^{[2]} = 1$, $x_1 = 1$, $x_2 = 2$\n\n")   # line 1
THETA = "$\\theta = (W^{[1]}_1, W^{[1]}_2, b^{[1]}_1, b^{[1]}_2, W^{[2]}_1, W^{[2]}_2, b^{[2]})$\n\n"   # line 3


@pytest.mark.parametrize("line", [
    "$b^{[2]}$ verschiebt $f$ nur, das lasse ich im Kernel weg.",
    "$b^{[2]}$ verschiebt $f$ nur; den lasse ich weg.",
    "$b^{[2]}$ only shifts $f$; I leave it out of the kernel.",
    "$b^{[2]}$ only shifts $f$: so I skip it.",
    "$b^{[2]}$ hliðrar bara $f$; því sleppi ég.",
])
def test_the_pronoun_drops_the_parameter_named_before_it(line):
    assert dropped_names(line) == [["b^{[2]}", "f"]]


@pytest.mark.parametrize("line, names", [
    # what it is left out of ($\theta$, $K$) is no name of its own; a negation in the reason before is the reason's
    ("$b^{[2]}$ only shifts $f$, so it does not change the kernel; I leave it out of $\\theta$:",
     [["b^{[2]}", "f", "\\theta"]]),
    ("$b^{[2]}$ only shifts $f$; I drop it from $K$.", [["b^{[2]}", "f", "K"]]),
    # a reason after "since" / "because" / "weil" with no comma: its negation is why, not whether
    ("I leave out $b^{(2)}_1, b^{(2)}_2$ since they only shift $f$ and do not change the kernel.",
     [["b^{(2)}_1, b^{(2)}_2"]]),
    ("Ich lasse b2 weg weil es K nicht ändert.", [["b2"]]),
    # a negation of the dropping itself still drops nothing
    ("$b^{[2]}$ only shifts $f$; I do not leave it out of $\\theta$.", []),
    ("I don't skip $b_2$ since it matters.", []),
])
def test_the_antecedent_and_the_reason_are_read_apart(line, names):
    assert dropped_names(line) == names


@pytest.mark.parametrize("line", [
    "$b^{[2]}$ only shifts $f$. I skip it.",          # another sentence
    "I compute $b^{[2]}$; then I skip the check.",     # no pronoun
    "Given $b^{[2]}$: I do not skip it.",              # negated
])
def test_what_drops_nothing(line):
    assert dropped_names(line) == []


def test_a_pronoun_dropping_is_judged_and_carried():
    notes = (PROBLEM + THETA + "$b^{[2]}$ verschiebt $f$ nur, das lasse ich im Kernel weg.\n\n"
             + "$g(x_1) = (3, 0, 3, 0, 1, 0)$\n")
    lines, first = notes_verdicts(notes)
    assert lines[5] == ["wrong"] and first == 5 and lines[7] == ["carried"]
