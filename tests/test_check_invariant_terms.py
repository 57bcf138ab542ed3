"""The characteristic polynomial written with the kernel's own det K or tr K as a term (``det(K − λI) = λ² − 99λ +
\\det K``): judged with the true values put in, correct when right, else unread (never wrong).

Problem (by hand, THETA_HEAD): f = θ_3(θ_1 x + θ_2) + θ_4, θ = (2, 1, 3, 0), x = 1, 2. ∇f = (3, 3, 3, 1) at x_1 and
(6, 3, 5, 1) at x_2; K = [[28, 43], [43, 71]], tr K = 99, det K = 1988 − 1849 = 139, so
det(K − λI) = λ² − 99λ + 139.
"""

import pytest
from check_helpers import THETA_HEAD, worst_verdicts

from symntk.check.invariant_terms import with_placeholders
from symntk.check.syntax import parse

HEAD = THETA_HEAD + "$K = \\begin{pmatrix} 28 & 43 \\\\ 43 & 71 \\end{pmatrix}$\n\n"


def _verdict(poly: str) -> str | None:
    notes = HEAD + f"$\\det(K - \\lambda I) = {poly}$\n"
    verdicts, _ = worst_verdicts(notes)
    return verdicts.get(len(notes.split("\n")) - 1)


@pytest.mark.parametrize("poly", ["\\lambda^2 - 99\\lambda + \\det K",
                                  "\\lambda^2 - \\operatorname{tr} K \\lambda + 139",
                                  "\\lambda^2 - \\operatorname{tr} K\\,\\lambda + \\det K"])
def test_a_right_polynomial_with_invariant_terms_is_correct(poly):
    assert _verdict(poly) == "correct"


@pytest.mark.parametrize("poly", ["\\lambda^2 - 98\\lambda + \\det K", "\\lambda^2 - 99\\lambda - \\det K",
                                  "\\lambda^2 + \\operatorname{tr} K \\lambda + 139"])
def test_a_wrong_polynomial_with_invariant_terms_is_unread_not_wrong(poly):
    assert _verdict(poly) == "unreadable"


def test_a_wrong_polynomial_in_numbers_is_still_wrong():
    assert _verdict("\\lambda^2 - 98\\lambda + 139") == "wrong"


def test_only_the_plain_kernel_is_a_placeholder():
    _, found = with_placeholders(parse("\\lambda^2 + \\det K_1").members[0].node)
    assert found == set()
    _, found = with_placeholders(parse("-\\lambda^3 + 46\\lambda^2 - 66\\lambda + \\det K").members[0].node)
    assert found == {"det"}
