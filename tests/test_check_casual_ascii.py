"""Casual ASCII beside Markdown: ``df/dw1 = $v_1 x$`` (the prose name of the math after it), list items whose
math follows their ``=`` (never run into the next item), statements side by side in a fence
(``W1 = [1, 1]^T   b1 = [0, 1]^T``) and a remark after the last comma of a fence line (``x2 = 2, no activation``).

The notes are invented; verdicts worked out by hand. Network f(x) = v_1(w_1 x + b_1) + v_2(w_2 x + b_2) + c with
w_1 = 1, w_2 = 2, b_1 = 0, b_2 = 1, v_1 = 1, v_2 = 1, c = 0 at x_1 = 1, x_2 = 2: ∂f/∂w_1 = v_1 x = x,
∂f/∂w_2 = v_2 x = x, ∂f/∂b_k = v_k = 1, ∂f/∂v_1 = w_1 x + b_1 = x, ∂f/∂v_2 = 2x + 1, ∂f/∂c = 1; gradients
(1, 1, 1, 1, 1, 3, 1) and (2, 2, 1, 1, 2, 5, 1); K_11 = 15, K_12 = 24, K_22 = 40.
"""

import pytest
from check_helpers import notes_verdicts

from symntk.check.plain_text import fenced_math

GIVEN = ("$f(x) = v_1(w_1 x + b_1) + v_2(w_2 x + b_2) + c$ with $w_1 = 1, w_2 = 2, b_1 = 0, b_2 = 1, v_1 = 1, "
         "v_2 = 1, c = 0$, $x_1 = 1$, $x_2 = 2$.\n\n")   # line 1


def test_a_prose_derivative_name_owns_the_math_after_it():
    notes = GIVEN + "df/dw1 = $v_1 x$\n\ndf/dv2 = $w_2 x + b_2$\n\n∂f/∂b_2 = $v_2$\n"
    lines, first = notes_verdicts(notes)
    assert lines[3] == ["correct"] and lines[5] == ["correct"] and lines[7] == ["correct"] and first == 0


def test_a_wrong_value_after_a_prose_name_is_wrong():
    lines, first = notes_verdicts(GIVEN + "df/dv2 = $w_2 x$\n")
    assert lines[3] == ["wrong"] and first == 3


def test_list_items_with_math_after_the_name_stay_apart():
    notes = GIVEN + "- df/dv1 = $w_1 x + b_1$\n- df/dc = 1\n- df/dw_2 = $v_2 x$\n"
    lines, first = notes_verdicts(notes)
    assert lines[3] == ["correct"] and lines[4] == ["correct"] and lines[5] == ["correct"] and first == 0


def test_statements_side_by_side_in_a_fence_are_read_one_by_one():
    text = "```\nW1 = [1, 1]^T   b1 = [0, 1]^T\tW2 = [1, 0]  b2 = 0\nx1 = 1, x2 = 2, no activation\n```\n"
    bodies = [b for _, b in fenced_math(text, text.index("\n"), text.rindex("\n```"))]
    assert bodies == ["W1 = [1, 1]^T", "b1 = [0, 1]^T", "W2 = [1, 0]", "b2 = 0", "x1 = 1, x2 = 2"]


def test_a_fence_of_casual_names_fixes_the_exercise():
    notes = ("```\nW1 = [1, 2]^T   b1 = [0, 1]^T   W2 = [1, 1]   b2 = 0\nx1 = 1, x2 = 2, no activation\n```\n\n"
             "f(x) = w21*(w11*x + b11) + w22*(w12*x + b12) + b2\n\n"
             "```\nK11 = 1 + 1 + 1 + 1 + 1 + 9 + 1 = 15\nK12 = 2 + 2 + 1 + 1 + 2 + 15 + 1 = 24\n```\n")
    lines, first = notes_verdicts(notes)
    assert lines[9] == ["correct", "correct"] and lines[10] == ["correct", "correct"] and first == 0


def test_a_remark_after_the_given_values_is_no_factor():
    notes = ("w = 2, b = 1, v = 1, c = 0 (W^{[1]}, b^{[1]}, W^{[2]}, b^{[2]}), points x_1 = 0, x_2 = 1\n\n"
             "$f(x) = v(wx + b) + c$\n\n"
             "$\\frac{\\partial f}{\\partial v} = wx + b$, $\\frac{\\partial f}{\\partial c} = 0$\n")
    lines, first = notes_verdicts(notes)   # ∂f/∂v = 2x + 1, ∂f/∂c = 1
    assert lines[5] == ["correct", "wrong"] and first == 5


def test_a_remark_names_the_entries_of_a_value():
    notes = ("$f(x) = v_1(u_1 x + p_1) + v_2(u_2 x + p_2) + c$, no activation\n\n"
             "- W1 = [1, 2]^T  (call the entries u1, u2)\n- b1 = [0, 1]^T  (p1, p2)\n- W2 = [1, 1]   (v1, v2)\n"
             "- b2 = 0  (c)\n- x_1 = 1, x_2 = 2\n\n"
             "$\\frac{\\partial f}{\\partial u_1} = v_1 x$, $\\frac{\\partial f}{\\partial v_2} = u_2 x + p_2$\n\n"
             "$\\frac{\\partial f}{\\partial u_2} = v_2$\n")
    lines, first = notes_verdicts(notes)   # ∂f/∂u_2 = v_2 x
    assert lines[9] == ["correct", "correct"] and lines[11] == ["wrong"] and first == 11
    assert all(v == "correct" for n, vs in lines.items() if n < 9 for v in vs)


@pytest.mark.parametrize("remark", ["(w1, w2)", "(u1, u2)"])
def test_entry_names_beside_a_casual_layer_formula_or_name_are_not_taken(remark):
    notes = ("network: f(x) = W2 (W1 x + b1) + b2\n\n- W1 = [1, 2]^T  (w1, w2)\n- b1 = [0, 1]^T\n- W2 = [1, 1]\n"
             "- b2 = 0\n- x_1 = 1, x_2 = 2\n\n$\\frac{\\partial f}{\\partial w_1} = v_1 x$\n")
    lines, _ = notes_verdicts(notes)
    assert all(v != "wrong" for vs in lines.values() for v in vs)


@pytest.mark.parametrize("line", [
    "W1 = [1, 2]^T  b1 = [0, 1]^T  W2 = [1, 1]  b2 = 0",
    "W1 = [1, 2]ᵀ   b1 = [0, 1]ᵀ   W2 = [1, 1]   b2 = 0",
    "W1 = [1, 2]'  b1 = [0, 1]'  W2 = [1, 1]  b2 = 0",
])
def test_layers_side_by_side_after_a_transpose_are_four_statements(line):
    from symntk.check.prose_runs import math_runs

    runs = math_runs(line)   # apart by commas (the reading splits at a comma before another relation)
    assert len(runs) == 1 and all(f", {name} = " in runs[0] for name in ("b1", "W2", "b2")), runs


def test_layers_side_by_side_after_a_transpose_give_the_exercise():
    # W1 = [1, 2]^T, b1 = [0, 1]^T, W2 = [1, 1], b2 = 0: f = (x) + (2x + 1) = 3x + 1, ∇f = (x, 2x... ) by hand:
    # ∂f/∂W1_1 = W2_1 x = x, ∂f/∂W1_2 = W2_2 x = x, ∂f/∂b1_k = 1, ∂f/∂W2_1 = x, ∂f/∂W2_2 = 2x + 1, ∂f/∂b2 = 1
    notes = ("W1 = [1, 2]^T  b1 = [0, 1]^T  W2 = [1, 1]  b2 = 0\n"   # 1
             "x1 = 1, x2 = 2\n"                                      # 2
             "\n"
             "grad f(x2) = [2, 2, 1, 1, 2, 5, 1]\n"                  # 4
             "grad f(x1) = [1, 1, 1, 1, 1, 4, 1]\n")                 # 5
    verdicts, first = notes_verdicts(notes)
    assert verdicts[4] == ["correct"] and verdicts[5] == ["wrong"] and first == 5
