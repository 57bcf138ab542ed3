"""θ′ (θ with a prime) is the learner's other vector, such as θ with a parameter left out, never the exercise's θ.

Invented notes (THETA_HEAD): θ = (W1, b1, W2, b2) = (2, 1, 3, 0) by the sheet; θ′ = (2, 1, 3) leaves b2 out and is
no statement about θ, so it is read as context (neither judged nor unreadable), while θ itself is still judged.
"""

from check_helpers import THETA_HEAD, notes_verdicts

from symntk.check.nodes import Sym
from symntk.check.targets import theta_of


def test_a_primed_theta_is_not_theta():
    assert theta_of(Sym("theta", primes=1)) is None
    assert theta_of(Sym("theta")) == ("all", None)


def test_primed_theta_listing_is_not_judged_as_theta():
    by_line, first = notes_verdicts(THETA_HEAD + "$\\theta = (2, 1, 3, 0)$\n\n$\\theta' = (2, 1, 3)$\n\n"
                                                 "$\\theta = (2, 1, 3, 1)$\n")
    assert by_line[5] == ["correct"]
    assert 7 not in by_line   # context: neither judged nor unreadable
    assert by_line[9] == ["wrong"] and first == 9
