"""``f is $…$`` names the network's formula only when f is the subject (not ``the derivative of f is $…$``) and
the math is the whole value (not ``f is $\\theta_4$ plus a product``) (symntk.check.inline_names.name_before)."""

from check_helpers import THETA_HEAD, notes_verdicts

# f = θ_3(θ_1 x + θ_2) + θ_4; ∂f/∂x = θ_3 θ_1 = 6; K_{22} = 36 + 9 + 25 + 1 = 71.


def test_derivative_of_f_is_no_formula_of_f():
    """"The slope of f is $θ_3 θ_1$": the derivative's value (true), not f = θ_3 θ_1; nothing wrong."""
    seen, first = notes_verdicts(THETA_HEAD + "The slope of f is $\\theta_3 \\theta_1$ in x, and $K_{22} = 71$\n")
    assert seen[5] == ["correct"] and first == 0


def test_part_of_f_is_no_formula_of_f():
    """"f is $θ_4$ plus a product": θ_4 is one term of f, not f; only K_{22} = 71 (correct) is judged."""
    seen, first = notes_verdicts(THETA_HEAD + "Here f is $\\theta_4$ plus a product, and $K_{22} = 71$\n")
    assert seen[5] == ["correct"] and first == 0


def test_whole_formula_still_judged():
    """"so f is $θ_3(θ_1 x + θ_2) + θ_1$, and …": the whole formula, with θ_1 for θ_4: wrong."""
    seen, first = notes_verdicts(THETA_HEAD + "so f is $\\theta_3(\\theta_1 x + \\theta_2) + \\theta_1$, and "
                                 "that is all\n")
    assert seen[5] == ["wrong"] and first == 5
