"""A row of derivative operators applied to f and its row of results: one derivative claim each (invented notes).

Network (worked out by hand): W^{[1]} = (1, 2)ᵀ, b^{[1]} = (0, 1), W^{[2]} = (3, 1), b^{[2]} = 0, identity, so
h = (x, 2x + 1) and ∂f/∂θ = (W^{[2]}_1 x, W^{[2]}_2 x, W^{[2]}_1, W^{[2]}_2, h_1, h_2, 1) = (3x, x, 3, 1, x, 2x + 1, 1).
"""

import pytest
from check_helpers import problem, verdicts

from symntk.check.operator_tuples import operator_rows

NET = problem([1, 2, 1], "identity", [1, 2], W1=[[1], [2]], b1=[0, 1], W2=[[3, 1]], b2=0)
OPS = (r"(\partial_{W^{[1]}_1}, \partial_{W^{[1]}_2}, \partial_{b^{[1]}_1}, \partial_{b^{[1]}_2}, "
       r"\partial_{W^{[2]}_1}, \partial_{W^{[2]}_2}, \partial_{b^{[2]}}) f")


@pytest.mark.parametrize("text, expected", [
    (r"$(\partial_w, \partial_b) f_1 = (v_1 x,\ v_1)$", r"$\partial_w f_1 = v_1 x,\quad \partial_b f_1 = v_1$"),
    (r"$(∂_a, ∂_{c}) f(x_2) = (2, h(x_2))$", r"$∂_a f(x_2) = 2,\quad ∂_{c} f(x_2) = h(x_2)$"),
    (r"$(\partial_w, \partial_b) f = (1, 2, 3)$", r"$(\partial_w, \partial_b) f = (1, 2, 3)$"),   # lengths differ
    (r"$(a, b) = (1, 2)$", r"$(a, b) = (1, 2)$"),                                                   # no operators
])
def test_operator_rows(text, expected):
    assert operator_rows(text) == expected


def test_a_row_of_derivatives_is_judged_entry_by_entry(tmp_path):
    notes = "\n\n".join([f"$${OPS} = (3x, x, 3, 1, x, 2x + 1, 1)$$", f"$${OPS} = (3x, x, 3, 1, x, 2x, 1)$$"])
    out, first = verdicts(tmp_path, NET, notes)
    assert out[1] == ["correct"] * 7
    assert out[3] == ["correct"] * 5 + ["wrong", "correct"] and first == 3
