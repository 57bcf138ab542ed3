"""Own letters that look like the checker's own names: ``a_1`` for a weight (not a hidden unit's activation),
``h_2`` in a table of parameters, ``f(u, v)`` naming the input's coordinates, and the small habits that come
with them (``z_1 = 1 > 0``, ``all weights $= 1$``, "a row of the Jacobian is (…)").

Every expected value was worked out by hand for the small networks below and is cross-checked against the
independent exact backprop of tests/reference.py; none is copied from the checker's output.
"""

import pytest

from symntk.check import check_text
from symntk.check.named_values import _all_of_a_kind

from reference import exact_jacobian, gram

# W^{[1]} = [2, −1]^T, b^{[1]} = [1, 0]^T, W^{[2]} = [1, 3], b^{[2]} = 1; x_1 = 1, x_2 = −1 (identity hidden layer)
THETA = [2, -1, 1, 0, 1, 3, 1]
J_TRUE = [[1, 3, 1, 3, 3, -1, 1], [-1, -3, 1, 3, -1, 1, 1]]

LETTERS = (
    "Given: $W^{{[1]}} = [2, -1]^T$, $b^{{[1]}} = [1, 0]^T$, $W^{{[2]}} = [1, 3]$, $b^{{[2]}} = 1$; "
    "$x_1 = 1$, $x_2 = -1$.\n"
    "\n"
    "My letters: ${w}_1, {w}_2$ are the entries of $W^{{[1]}}$, $b_1, b_2$ of $b^{{[1]}}$, $c_1, "
    "c_2$ of $W^{{[2]}}$, $d$ is $b^{{[2]}}$.\n"
    "\n"
    "$$f(x) = c_1({w}_1 x + b_1) + c_2({w}_2 x + b_2) + d$$\n"
    "\n"
    "$$\\frac{{\\partial f}}{{\\partial {w}_1}} = {d1}, \\quad \\frac{{\\partial f}}{{\\partial "
    "{w}_2}} = c_2 x, \\quad \\frac{{\\partial f}}{{\\partial b_1}} = c_1$$\n"
    "\n"
    "$$J = \\begin{{pmatrix}} {j11} & 3 & 1 & 3 & 3 & -1 & 1 \\\\ {j21} & -3 & 1 & 3 & -1 & 1 & 1 "
    "\\end{{pmatrix}}$$\n"
)


def _by_line(report) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for j in report.judgements:
        out.setdefault(j.line, []).append("carried" if j.carried else j.verdict)
    return out


def test_reference_values():
    J = exact_jacobian(THETA, [1, 2, 1], ["identity"], [[1], [-1]])
    assert J == J_TRUE
    assert gram(J) == [[31, -3], [-3, 23]]


@pytest.mark.parametrize("w", ["a", "h", "z"])
def test_a_unit_letter_that_names_a_weight_is_that_weight(w):
    report = check_text(LETTERS.format(w=w, d1="c_1 x", j11=1, j21=-1))
    lines = _by_line(report)
    assert lines[7] == ["correct"] * 3, lines
    assert lines[9] == ["correct"] and report.exit_code == 0


@pytest.mark.parametrize("w", ["a", "h"])
def test_a_forgotten_input_under_a_unit_letter_is_wrong_and_carried_into_J(w):
    # ∂f/∂w_1 = c_1 (the x forgotten): 1 at both points, so J's first column reads 1, 1 instead of 1, −1
    report = check_text(LETTERS.format(w=w, d1="c_1", j11=1, j21=1))
    lines = _by_line(report)
    assert lines[7] == ["wrong", "correct", "correct"], lines
    assert lines[9] == ["carried"]
    assert report.first_mistake.line == 7


TABLE = (
    "Given: $W^{{[1]}} = [2, -1]^T$, $b^{{[1]}} = [1, 0]^T$, $W^{{[2]}} = [1, 3]$, $b^{{[2]}} = 1$; "
    "$x_1 = 1$, $x_2 = -1$.\n"
    "\n"
    "$$f(x) = c_1(a_1 x + b_1) + c_2(a_2 x + b_2) + d$$\n"
    "\n"
    "| {corner} | {formula} | $x_1 = 1$ | $x_2 = -1$ |\n"
    "|---|---|---|---|\n"
    "| $a_1$ | $c_1 x$ | $1$ | ${a1x2}$ |\n"
    "| $a_2$ | $c_2 x$ | $3$ | $-3$ |\n"
    "| $c_1$ | $a_1 x + b_1$ | $3$ | $-1$ |\n"
)


@pytest.mark.parametrize("corner, formula", [("stiki", "afleiða"), ("parameter", "derivative"),
                                             ("θ_k", "∂f/∂θ_k"), ("Parameter", "Ableitung")])
def test_rows_of_a_parameters_table_are_parameters_whatever_their_letter(corner, formula):
    report = check_text(TABLE.format(corner=corner, formula=formula, a1x2=-1))
    lines = _by_line(report)
    assert all(v == "correct" for line in (7, 8, 9) for v in lines[line]), lines
    assert len(lines[7]) >= 3   # the formula and both datapoints
    wrong = _by_line(check_text(TABLE.format(corner=corner, formula=formula, a1x2=1)))
    assert "wrong" in wrong[7]


TWO_INPUTS = (
    "Given: $W^{{[1]}} = \\begin{{pmatrix}} 1 & 2 \\\\ 0 & 1 \\end{{pmatrix}}$, $b^{{[1]}} = [0, "
    "1]^T$, $W^{{[2]}} = [1, -1]$, $b^{{[2]}} = 0$; $x^{{(1)}} = (1, 0)^T$, $x^{{(2)}} = (0, 1)^T$.\n"
    "\n"
    "$$h_1 = a_{{11}}{p} + a_{{12}}{q} + b_1, \\qquad h_2 = a_{{21}}{p} + a_{{22}}{q} + b_2$$\n"
    "\n"
    "$$f({p}, {q}) = c_1 h_1 + c_2 h_2 + d$$\n"
    "\n"
    "$$\\frac{{\\partial f}}{{\\partial a_{{12}}}} = c_1 {q}, \\quad \\frac{{\\partial "
    "f}}{{\\partial c_2}} = h_2, \\quad \\frac{{\\partial f}}{{\\partial d}} = {dd}$$\n"
    "\n"
    "$$\\nabla f(x^{{(1)}}) = (1, 0, -1, 0, 1, -1, 1, 1, {dd})$$\n"
)


def test_reference_values_two_inputs():
    J = exact_jacobian([1, 2, 0, 1, 0, 1, 1, -1, 0], [2, 2, 1], ["identity"], [[1, 0], [0, 1]])
    assert J[0] == [1, 0, -1, 0, 1, -1, 1, 1, 1]


@pytest.mark.parametrize("p, q", [("u", "v"), ("p", "q"), ("s", "t")])
def test_the_arguments_of_f_name_the_input_coordinates(p, q):
    report = check_text(TWO_INPUTS.format(p=p, q=q, dd=1))
    lines = _by_line(report)
    assert lines[3] == ["correct", "correct"] and lines[5] == ["correct"], lines
    assert lines[7] == ["correct"] * 3 and lines[9] == ["correct"]
    carried = _by_line(check_text(TWO_INPUTS.format(p=p, q=q, dd=0)))
    assert carried[7] == ["correct", "correct", "wrong"] and carried[9] == ["carried"]


SIGNS = (
    "Given: $W^{{[1]}} = [1, -1]^T$, $b^{{[1]}} = [0, 2]^T$, $W^{{[2]}} = [1, 2]$, $b^{{[2]}} = 0$; "
    "$x_1 = 1$, $x_2 = 3$.\n"
    "\n"
    "$f(x) = c_1 \\mathrm{{relu}}(a_1 x + b_1) + c_2 \\mathrm{{relu}}(a_2 x + b_2) + d$ with $z_i = "
    "a_i x + b_i$.\n"
    "\n"
    "**$x_2 = 3$:** $z_1 = 3 > 0$, $z_2 = -3 + 2 = {z2} < 0$, so unit 2 is off.\n"
)


@pytest.mark.parametrize("z2, verdict", [("-1", "correct"), ("-2", "wrong")])
def test_a_value_then_its_sign_is_a_claim_of_the_value(z2, verdict):
    lines = _by_line(check_text(SIGNS.format(z2=z2)))
    assert lines[5][0] == "correct" and lines[5][-1] == verdict, lines


WORDS = (
    "Given: $W^{[1]} = W^{[2]} = 2$, $b^{[1]} = b^{[2]} = 0$; $x_1 = 1$, $x_2 = 2$.\n"
    "\n"
    "$$f(x) = v(w x + b) + c, \\qquad \\frac{\\partial f}{\\partial c} = 1$$\n"
    "\n"
    "All weights $= 2$ and biases $= 0$, so $\\nabla f(x) = (2x, 2, 2x, 1)$.\n"
)


def test_weights_equal_in_words_is_no_continuation_of_the_formula_before():
    report = check_text(WORDS)
    lines = _by_line(report)
    assert lines[5] == ["correct"] and report.exit_code == 0, lines


@pytest.mark.parametrize("text, kinds", [
    ("Allar vogir $= 1$ og hliðranir $= 0$", {"W": 1, "b": 0}),
    ("all weights are $3$", {"W": 3}),
    ("alle Gewichte = 2", {"W": 2}),
    ("allt skalarar, öll $W = 1$ og öll $b = 0$; $x_1 = 1$", {"W": 1, "b": 0}),   # the letter typed as math
    ("all $w = 3$, all $b=-1$", {"W": 3, "b": -1}),
    ("all $x = 3$", {}),
])
def test_all_of_a_kind_with_math_around_the_relation(text, kinds):
    assert {k: v[0].value for k, v in _all_of_a_kind(text).items()} == kinds


ROW = (
    "Given: $W^{{[1]}} = [2, -1]^T$, $b^{{[1]}} = [1, 0]^T$, $W^{{[2]}} = [1, 3]$, $b^{{[2]}} = 1$; "
    "$x_1 = 1$, $x_2 = -1$.\n"
    "\n"
    "$$f(x) = \\gamma_1(\\alpha_1 x + \\beta_1) + \\gamma_2(\\alpha_2 x + \\beta_2) + \\delta$$\n"
    "\n"
    "{words} ${left}\\gamma_1 x, \\gamma_2 x, \\gamma_1, \\gamma_2, \\alpha_1 x + \\beta_1, "
    "\\alpha_2 x + {last}{right}$\n"
)


@pytest.mark.parametrize("words, left, right", [
    ("One row of the Jacobian is", "\\big(", "\\big)"),
    ("Ein lína af Jacobi-fylkinu er", "(", ")"),
    ("A row of $J$ is", "\\left(", "\\right)"),
])
def test_a_row_of_the_jacobian_in_words_is_the_gradient_at_x(words, left, right):
    right_last = check_text(ROW.format(words=words, left=left, right=right, last="\\beta_2, 1"))
    assert _by_line(right_last)[5] == ["correct"]
    wrong_last = check_text(ROW.format(words=words, left=left, right=right, last="\\beta_2, 0"))
    assert _by_line(wrong_last)[5] == ["wrong"]


VALUES_TABLE = (
    "Net: $f(x) = c_1({w}_1 x + b_1) + c_2({w}_2 x + b_2) + d$, points $x_1 = 1$, $x_2 = -1$.\n"
    "\n"
    "| ${w}_1$ | ${w}_2$ | $b_1$ | $b_2$ | $c_1$ | $c_2$ | $d$ |\n"
    "|---|---|---|---|---|---|---|\n"
    "| 2 | -1 | 1 | 0 | 1 | 3 | 1 |\n"
    "\n"
    "$$\\frac{{\\partial f}}{{\\partial {w}_2}} = c_2 x, \\qquad \\frac{{\\partial f}}{{\\partial "
    "c_1}} = {w}_1 x + b_1$$\n"
    "\n"
    "$\\nabla f(x_1) = (1, 3, 1, 3, 3, -1, 1)$ and $K_{{11}} = {k11}$\n"
)


@pytest.mark.parametrize("w", ["a", "h", "w"])
def test_a_table_of_values_by_name_gives_the_network_whatever_the_letters(w):
    report = check_text(VALUES_TABLE.format(w=w, k11=31))
    lines = _by_line(report)
    assert lines[5] == ["correct"] * 7 and lines[7] == ["correct"] * 2, lines
    assert lines[9] == ["correct", "correct"] and report.exit_code == 0
    assert _by_line(check_text(VALUES_TABLE.format(w=w, k11=30)))[9] == ["correct", "wrong"]


OWN_ORDER = (
    "Given: $W^{{[1]}} = [2, -1]^T$, $b^{{[1]}} = [1, 0]^T$, $W^{{[2]}} = [1, 3]$, $b^{{[2]}} = 1$; "
    "$x_1 = 1$, $x_2 = -1$.\n"
    "\n"
    "$$f(x) = c_1(a_1 x + b_1) + c_2(a_2 x + b_2) + d$$\n"
    "\n"
    "By unit: $\\theta = (a_1, b_1, c_1, a_2, b_2, c_2, d)$.\n"
    "\n"
    "$$\\nabla f(x_1) = ({g1})$$\n"
    "\n"
    "$K_{{12}} = -1 + 1 - 3 - 9 + 9 - 1 + 1 = -3$\n"
)


@pytest.mark.parametrize("g1, verdict", [("1, 1, 3, 3, 3, -1, 1", "carried"),   # right, in their own θ order
                                         ("1, 1, 3, 3, 3, 1, 1", "wrong")])     # ∂f/∂c_2 = −x is −1 at x_1
def test_a_gradient_in_the_learners_own_theta_order_is_carried_from_that_order(g1, verdict):
    lines = _by_line(check_text(OWN_ORDER.format(g1=g1)))
    assert lines[5] == ["wrong"] and lines[7] == [verdict], lines   # θ order differs from the sheet's
    assert lines[9] == ["correct", "correct"]
