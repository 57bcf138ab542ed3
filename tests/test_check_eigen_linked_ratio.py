"""One eigenvalue restated after a link word (``$\\lambda_1 \\approx 97.57$, i.e. about $97.6$``) — but a number
that goes on as a ratio or a share (``about $68$ times $\\lambda_2$``, ``$98$ % of the trace``, ``$68$ sinnum
stærra``) is no eigenvalue (symntk.check.eigen_linked)."""

from check_helpers import THETA_HEAD, notes_verdicts

# K = [[28, 43], [43, 71]]: tr 99, det 139, λ = (99 ± √9245)/2 ≈ 97.575 and 1.4245; λ_1/λ_2 ≈ 68.5,
# λ_1/tr ≈ 98.6 %.


def test_ratio_after_the_link_is_no_eigenvalue():
    """"i.e. about $68$ times $\\lambda_2$": a ratio (true, ≈ 68.5); λ_1 ≈ 97.57 is correct; nothing wrong."""
    seen, first = notes_verdicts(THETA_HEAD + "$\\lambda_1 \\approx 97.57$, i.e. about $68$ times $\\lambda_2$\n")
    assert seen[5] == ["correct"] and first == 0


def test_share_and_icelandic_ratio_are_no_eigenvalues():
    """"$99$ % of the trace" and "þ.e. um $68$ sinnum stærra": no eigenvalues; only λ_1 ≈ 97.57 is judged."""
    seen, first = notes_verdicts(THETA_HEAD + "$\\lambda_1 \\approx 97.57$, i.e. about $99$ % of the trace\n\n"
                                 "$\\lambda_1 \\approx 97{,}57$, þ.e. um $68$ sinnum stærra en $\\lambda_2$\n")
    assert seen[5] == ["correct"] and seen[7] == ["correct"] and first == 0


def test_the_value_restated_is_still_judged():
    """"i.e. about $96.6$" restates λ_1 ≈ 97.57 wrongly rounded: wrong."""
    seen, first = notes_verdicts(THETA_HEAD + "$\\lambda_1 \\approx 97.57$, i.e. about $96.6$\n")
    assert seen[5] == ["correct", "wrong"] and first == 5
