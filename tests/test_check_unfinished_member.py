"""A chain whose last member was left unfinished (ends with +, −, \\cdot, …): the members before it are claims.

Notes invented for these tests: f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]} with W^{[1]} = (1, 2)^T,
b^{[1]} = (0, 1)^T, W^{[2]} = (1, 1), b^{[2]} = 0, x_1 = 1, x_2 = 2. By hand: K = [[15, 24], [24, 40]],
det(K − λI) = (15 − λ)(40 − λ) − 576 = λ² − 55λ + 24.
"""

import pytest
from check_helpers import notes_verdicts

from symntk.check.unfinished import finished_part, left_for_later

PROBLEM = ("$f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]}$ with $W^{[1]} = (1, 2)^T$, $b^{[1]} = (0, 1)^T$, "
           "$W^{[2]} = (1, 1)$, $b^{[2]} = 0$, $x_1 = 1$, $x_2 = 2$.\n\n")   # line 1


@pytest.mark.parametrize("product, verdict", [("576", "correct"), ("575", "wrong")])
def test_the_members_before_an_unfinished_one_are_judged(product, verdict):
    notes = PROBLEM + (f"\\[ \\det(K - \\lambda I) = (15-\\lambda)(40-\\lambda) - {product} "
                       "= \\lambda^2 - 55\\lambda + \\]\n")
    lines, _ = notes_verdicts(notes)
    assert lines[3] == [verdict]


def test_the_cut_is_at_the_last_top_level_relation():
    assert finished_part("K_{12} = 24 = 2 \\cdot") == "K_{12} = 24"
    assert finished_part("\\sum_{k=1}^{7} g_k = 24 +") is None   # one relation at top level: nothing is left
    assert finished_part("K_{12} = 24") is None
    assert finished_part("a = (1 +") is None


@pytest.mark.parametrize("later", ["...", "…", "?", "\\dots"])
def test_a_formula_before_an_ellipsis_left_for_later_is_judged(later):
    """K_22 written 41 (true 40); det(K − λI) = (15 − λ)(41 − λ) − 576 follows from it, then "= …" leaves the
    expanding for later: the formula is a claim, carried forward from line 3."""
    notes = PROBLEM + f"$K_{{11}} = 15$, $K_{{12}} = 24$, $K_{{22}} = 41$\n\n" \
        f"$\\det(K - \\lambda I) = (15 - \\lambda)(41 - \\lambda) - 576 = {later}$\n"
    lines, first = notes_verdicts(notes)
    assert lines[5] == ["carried"]
    assert first == 3


def test_only_a_formula_in_letters_before_the_ellipsis_is_finished():
    assert left_for_later("det(K − λI) = (15 − λ)(41 − λ) − 576 = ...", "(15 − λ)(41 − λ) − 576")
    assert not left_for_later("K₁₂ = 4 + 20 = ...", "4 + 20")   # a sum of numbers may still be missing terms
    assert not left_for_later("det(K − λI) = (15 − λ)(41 − λ) − 576 =", "(15 − λ)(41 − λ) − 576")
