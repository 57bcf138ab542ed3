"""Names the learner defines by their value at the sheet's parameters, used in a formula with parameters
(invented notes).

Network A (worked out by hand): z_1 = W1_1 x + b1_1 = x, z_2 = W1_2 x + b1_2 = x + 1 at W1 = (1, 1), b1 = (0, 1);
W2 = (1, 0), b2 = 0, so f(x) = x at the sheet's values.
"""

from symntk.check import check_text

GIVEN = r"""Given $W^{[1]} = [1, 1]^T$, $b^{[1]} = [0, 1]^T$, $W^{[2]} = [1, 0]$, $b^{[2]} = 0$; $x_1 = 1$, $x_2 = 2$.

Hidden values: $u_1 = x$ and $u_2 = x + 1$.

"""


def _verdicts(body: str) -> list[str]:
    return [j.verdict for j in check_text(GIVEN + body).judgements if j.line >= 5]


def test_a_formula_with_names_holding_the_sheets_values_is_judged_at_those_values():
    assert _verdicts(r"$$f(x) = W^{[2]}_1 u_1 + W^{[2]}_2 u_2 + b^{[2]}$$") == ["correct"]


def test_such_a_formula_that_is_wrong_at_the_values_is_wrong():
    # W2_1 u_2 + b2 = x + 1 at the values, not x
    assert _verdicts(r"$$f(x) = W^{[2]}_1 u_2 + b^{[2]}$$") == ["wrong"]


def test_a_formula_in_parameters_only_is_still_judged_symbolically():
    # z_2 for z_1 is right at no x, and W1_1 x + W2_1 b1_1 differs from f in its symbols
    assert _verdicts(r"$$f(x) = W^{[2]}_1 (W^{[1]}_1 x) + W^{[2]}_2 b^{[1]}_2$$") == ["wrong"]
