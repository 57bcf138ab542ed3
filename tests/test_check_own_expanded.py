"""The learner's own letters: a linear network multiplied out into monomials, Greek and unicode-subscript names
in a parameters table, ∂_α f, tanh² = 1 − sech², \\frac1{1+e}, and a sum left open at "=".

Every expected verdict was worked out by hand for the invented networks below.
"""

import pytest
from check_helpers import line_verdicts

from symntk.check import check_text
from symntk.check.names import Param, read_network
from symntk.check.normalise import normalise
from symntk.check.syntax import parse

INPUTS = ["x"] + [f"x_{i}" for i in range(1, 10)]


def _rhs(text):
    return parse(text).members[-1].node


@pytest.mark.parametrize("formula", [
    "f = r_1 p_1 x + r_1 q_1 + r_2 p_2 x + r_2 q_2 + s",
    "f = p_1 r_1 x + q_1 r_1 + s + x p_2 r_2 + q_2 r_2",   # any order of factors and terms
])
def test_an_expanded_linear_network_is_matched_by_its_monomials(formula):
    net = read_network([_rhs(formula)], {}, INPUTS)
    assert net.widths == [1, 2, 1] and net.activations == ["identity"]
    assert net.params == {"p_1": Param("W", 1, 1, 1), "q_1": Param("b", 1, 1), "p_2": Param("W", 1, 2, 1),
                          "q_2": Param("b", 1, 2), "r_1": Param("W", 2, 1, 1), "r_2": Param("W", 2, 1, 2),
                          "s": Param("b", 2, 1)}


def test_an_expanded_three_layer_chain():
    # u(v(w x + b) + d) + c multiplied out: u is in three monomials, v in two
    net = read_network([_rhs("f = u v w x + u v b + u d + c")], {}, INPUTS)
    assert net.widths == [1, 1, 1, 1]
    assert net.params["w"] == Param("W", 1, 1, 1) and net.params["v"] == Param("W", 2, 1, 1)
    assert net.params["u"] == Param("W", 3, 1, 1) and net.params["d"] == Param("b", 2, 1)


@pytest.mark.parametrize("formula", [
    "f = r_1 p_1 x + r_2 p_2 x + s",                  # no hidden bias: which factor is outer is not decided
    "f = r_1 p_1 x + r_1 q_1 + r_2 p_2 x + s",        # unit 2 without its bias
    "f = r_1 r_1 x + r_1 q_1 + s",                    # a square
])
def test_monomials_that_are_no_layered_network(formula):
    assert read_network([_rhs(formula)], {}, INPUTS) is None


# f = r_1 p_1 x + r_1 q_1 + r_2 p_2 x + r_2 q_2 + s with p = (2, 1), q = (0, 3), r = (1, −1), s = 2; x_1 = 1, x_2 = 0.
# ∂f/∂p_1 = r_1 x = x; ∂f/∂p_2 = r_2 x = −x (not r_2); ∂f/∂q_2 = r_2 = −1; ∂f/∂r_2 = p_2 x + q_2 = x + 3.
# ∇f(x_1) = (1, −1, 1, −1, 2, 4, 1), ∇f(x_2) = (0, 0, 1, −1, 0, 3, 1); K_11 = 25, K_12 = 15, K_22 = 12.
EXPANDED = "\n".join([
    "Net: $f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$",                                       # 1
    "My letters: $p_1 = 2$, $p_2 = 1$, $q_1 = 0$, $q_2 = 3$, $r_1 = 1$, $r_2 = -1$, $s = 2$; $x_1 = 1$, $x_2 = 0$.",
    "$$f(x) = r_1 p_1 x + r_1 q_1 + r_2 p_2 x + r_2 q_2 + s$$",                                  # 3
    "$\\frac{\\partial f}{\\partial p_1} = r_1 x$",                                              # 4
    "$\\frac{\\partial f}{\\partial p_2} = r_2$",                                                # 5 wrong
    "$\\frac{\\partial f}{\\partial q_2} = r_2 = -1$",                                           # 6
    "$\\frac{\\partial f}{\\partial r_2} = p_2 x + q_2 = x + 3$",                                # 7
    "$K_{11} = 25$",                                                                            # 8
])


def test_notes_with_an_expanded_network_are_judged_by_the_matched_names():
    verdicts = line_verdicts(check_text(EXPANDED))
    assert verdicts[3] == ["correct"] and verdicts[4] == ["correct"] and verdicts[5] == ["wrong"]
    assert verdicts[6] == ["correct", "correct"] and verdicts[7] == ["correct", "correct"]
    assert verdicts[8] == ["correct"]


# f = γ(α x + β) + δ with α = 2, β = 1, γ = 3, δ = 0 (Greek own letters); x_1 = 1, x_2 = 2.
# ∂f/∂α = γ x = 3, 6; ∂f/∂β = γ = 3, 3; ∂f/∂γ = α x + β = 3, 5; ∂f/∂δ = 1.
GREEK = "\n".join([
    "$f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$ with $W^{[1]} = 2$, $b^{[1]} = 1$, $W^{[2]} = 3$, $b^{[2]} = 0$;"
    " $x_1 = 1$, $x_2 = 2$.",                                                                   # 1
    "$f(x) = \\gamma(\\alpha x + \\beta) + \\delta$",                                            # 2
    "| parameter | $\\partial f/\\partial(\\cdot)$ | at $x_1 = 1$ | at $x_2 = 2$ |",             # 3
    "|---|---|---|---|",                                                                        # 4
    "| $\\alpha$ | $\\gamma x$ | $3$ | $6$ |",                                                   # 5
    "| $\\beta$ | $\\gamma$ | $3$ | $3$ |",                                                      # 6
    "| $\\gamma$ | $\\alpha x + \\beta$ | $3$ | $4$ |",                                          # 7 (x_2: 5, not 4)
    "| $\\delta$ | $1$ | $1$ | $1$ |",                                                          # 8
    "$\\partial_\\alpha f = \\gamma x$ and $\\partial_\\beta f = \\gamma x$",                    # 9 (second wrong)
])


def test_greek_own_letters_in_a_parameters_table_and_as_operator_subscripts():
    verdicts = line_verdicts(check_text(GREEK))
    assert verdicts[5] == ["correct"] * 3 and verdicts[6] == ["correct"] * 3 and verdicts[8] == ["correct"] * 3
    assert verdicts[7] == ["correct", "correct", "wrong"]
    assert verdicts[9] == ["correct", "wrong"]


def test_unicode_subscript_names_in_a_parameters_table():
    notes = GREEK.replace("\\gamma(\\alpha x + \\beta) + \\delta", "v₁(w₁ x + b₁) + c").replace(
        "\\alpha", "w₁").replace("\\beta", "b₁").replace("\\gamma", "v₁").replace("\\delta", "c")
    notes = "\n".join(line for line in notes.splitlines() if "partial_" not in line)
    verdicts = line_verdicts(check_text(notes))
    assert verdicts[5] == ["correct"] * 3 and verdicts[7] == ["correct", "correct", "wrong"]


@pytest.mark.parametrize("text, expected", [
    ("\\partial_\\alpha f", "\\frac{\\partial f}{\\partial \\alpha}"),
    ("\\partial_c f(x_1)", "\\frac{\\partial f(x_1)}{\\partial c}"),
    ("\\partial_k f(x_i)", "\\frac{\\partial f(x_i)}{\\partial \\theta_k}"),
    ("\\frac1{1+e}", "\\frac{1}{1+e}"),
])
def test_operator_subscripts_and_one_digit_numerators(text, expected):
    assert normalise(text) == expected


def test_identities_of_functions_and_general_formulas_claim_nothing_wrong():
    notes = "\n".join([
        "$f(x) = W^{[2]}\\tanh(W^{[1]}x + b^{[1]}) + b^{[2]}$, $W^{[1]} = 1$, $b^{[1]} = 0$, $W^{[2]} = 2$,"
        " $b^{[2]} = 0$;"
        " $x_1 = 0$, $x_2 = 1$.",                                                               # 1
        "$K_{ij} = \\sum_k \\partial_k f(x_i)\\,\\partial_k f(x_j)$",                           # 2 a definition
        "using $\\tanh^2 = 1 - \\operatorname{sech}^2$",                                        # 3 true for every z
        "$\\frac{\\partial f(x_1)}{\\partial \\theta_3} = 0$",                                  # 4 tanh(0) = 0
    ])
    verdicts = line_verdicts(check_text(notes))
    assert 2 not in verdicts and verdicts.get(3, ["correct"]) == ["correct"] and verdicts[4] == ["correct"]


def test_a_sum_left_open_is_not_judged_wrong():
    # θ = (W1, b1, W2, b2): ∇f(x_1) = (1, 1, 2, 1), ∇f(x_2) = (2, 1, 3, 1); the sums stop at "=" unfinished
    notes = "\n".join([
        "$f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$, $W^{[1]} = 1$, $b^{[1]} = 1$, $W^{[2]} = 1$, $b^{[2]} = 0$;"
        " $x_1 = 1$, $x_2 = 2$.",                                                               # 1
        "$K_{11} = 1 + 1 + 4 + 1 =$",                                                          # 2 = 7, true
        "$K_{22} = 4 + 1 + 9 + 1 = $",                                                         # 3 = 15, true
        "$K_{12} = 2 + 1 + 6 =$",                                                              # 4 true 10
    ])
    verdicts = line_verdicts(check_text(notes))
    assert verdicts[2] == ["correct"] and verdicts[3] == ["correct"] and 4 not in verdicts


def test_an_own_name_for_a_parameter_keeps_the_formula_symbolic():
    # r_2 = 0 here: ∂f/∂p_2 = r_2 x, and "r_2" alone is wrong as a formula although both are 0 at the values
    notes = EXPANDED.replace("$r_2 = -1$", "$r_2 = 0$").replace("= r_2 = -1$", "= r_2 = 0$").replace(
        "= x + 3$", "= x + 3$ ").splitlines()[:6]
    verdicts = line_verdicts(check_text("\n".join(notes)))
    assert verdicts[5] == ["wrong"] and verdicts[6] == ["correct", "correct"]


# The same network as EXPANDED, but with no formula in the learner's names: W^{[1]} given whole, the other layers
# only through the names of the θ listing (b_1, b_2 are b^{[1]}'s entries, not layers 1 and 2).
LISTED = "\n".join([
    "Net: $f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$ with $W^{[1]} = [2, 1]^T$.",               # 1
    "My names: $b_1 = 0$, $b_2 = 3$, $v_1 = 1$, $v_2 = -1$, $c = 2$; $x_1 = 1$, $x_2 = 0$.",        # 2
    "$\\theta = (w_1, w_2, b_1, b_2, v_1, v_2, c)$",                                              # 3
    "$\\frac{\\partial f}{\\partial b_2} = v_2 = -1$",                                            # 4
    "$\\frac{\\partial f}{\\partial v_2} = w_2 x + b_2 = x + 3$",                                 # 5
    "$\\nabla f(x_1) = (1, -1, 1, -1, 2, 4, 1)$",                                                # 6
    "$K_{11} = 25$, $K_{22} = 11$",                                                             # 7 (K_22 = 12)
])


def test_theta_listing_places_the_names_of_layers_not_given_whole():
    verdicts = line_verdicts(check_text(LISTED))
    assert verdicts[4] == ["correct", "correct"] and verdicts[5] == ["correct", "correct"]
    assert verdicts[6] == ["correct"] and verdicts[7] == ["correct", "wrong"]


def test_theta_listing_out_of_block_order_places_nothing():
    from symntk.errors import InputError

    with pytest.raises(InputError):
        check_text(LISTED.replace("(w_1, w_2, b_1, b_2, v_1, v_2, c)", "(w_1, w_2, v_1, v_2, b_1, b_2, c)"))


def test_a_root_named_in_words_is_the_square_root_of_the_formula_before():
    notes = EXPANDED + "\n" + "\n".join([
        "$5^2 - 4\\cdot 4 = 9$, root $= 3$",                                                  # 9: √9 = 3
        "$5^2 - 4\\cdot 4 = 9$, square root $\\approx 2.5$",                                   # 10: √9 ≠ 2.5
    ])
    verdicts = line_verdicts(check_text(notes))
    assert verdicts[9] == ["correct", "correct"] and verdicts[10] == ["correct", "wrong"]


def test_a_discriminant_named_in_words_is_judged_as_the_kernels():
    """Named "discriminant", the arithmetic is Δ of K's characteristic polynomial. By hand: θ = (p_1, p_2, q_1, q_2,
    r_1, r_2, s), ∇f(x) = (r_1 x, r_2 x, r_1, r_2, p_1 x + q_1, p_2 x + q_2, 1); at x_1 = 1 (1, −1, 1, −1, 2, 4, 1),
    at x_2 = 0 (0, 0, 1, −1, 0, 3, 1); K = [[25, 15], [15, 12]], tr 37, det 75, Δ = 37² − 4·75 = 1069, not 9."""
    verdicts = line_verdicts(check_text(EXPANDED + "\ndiscriminant $5^2 - 4\\cdot 4 = 9$\n"))
    assert "wrong" in verdicts[9]
