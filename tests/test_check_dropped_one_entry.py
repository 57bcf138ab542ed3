"""A dropping said of one entry of K is about that entry, not the parameter everywhere (dropped_words._ONE_POINT).

The problem: widths 1-2-1, relu, W^{[1]} = (1, −1)ᵀ, b^{[1]} = (0, 1)ᵀ, W^{[2]} = (2, 1), b^{[2]} = 0, x = (2, −1).
z(x_1) = (2, −1), z(x_2) = (−1, 2), so ∂f/∂W^{[2]}_2 = relu(z_2) is 0 at x_1 and 2 at x_2: W^{[2]}_2 does not
change K_11 but does change K_22. b^{[1]}_1 has ∂f/∂b^{[1]}_1 = 2·relu'(z_1) = (2, 0): it plays a role.
"""

from tests.check_helpers import problem, verdicts

RELU = problem([1, 2, 1], "relu", [2, -1], W1=[[1], [-1]], b1=[0, 1], W2=[[2, 1]], b2=0)
HEAD = "Network $f(x) = W^{[2]}\\mathrm{relu}(W^{[1]}x + b^{[1]}) + b^{[2]}$.\n\n"


def test_no_role_in_one_entry_of_k_is_not_a_dropping(tmp_path):
    """"W2_2 does not change K_11, so it plays no role there but / it matters for K_22": right, nothing wrong."""
    notes = HEAD + "$W^{[2]}_2$ does not change $K_{11}$, so it plays no role there but\nit matters for $K_{22}$.\n"
    _, first = verdicts(tmp_path, RELU, notes)
    assert first == 0


def test_no_role_everywhere_is_still_judged(tmp_path):
    """"b^{[1]}_1 does not depend on x, so it plays no role.": a dropping, wrong (its derivative is 2 at x_1)."""
    notes = HEAD + "$b^{[1]}_1$ does not depend on x, so it plays no role.\n"
    lines, first = verdicts(tmp_path, RELU, notes)
    assert lines[3] == ["wrong"] and first == 3
