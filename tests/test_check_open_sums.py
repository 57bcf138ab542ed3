"""A kernel entry's sum left open at "=" (``K_{12} = 2 + 1 + 6 =``, ran out of time): the learner may not have
finished it, so a sum that is not right is no claim, unless it is the learner's own value (their θ without a
parameter, their gradients without its entry): then it is judged, carried."""

from check_helpers import line_verdicts

from symntk.check import check_text

# f = W2 (W1 x + b1) + b2, W1 = 1, b1 = 1, W2 = 1, b2 = 0; θ = (W1, b1, W2, b2): ∇f(x) = (x, 1, x + 1, 1), so
# ∇f(x_1) = (1, 1, 2, 1), ∇f(x_2) = (2, 1, 3, 1), K_12 = 2 + 1 + 6 + 1 = 10 (by hand). Without b2 (their θ):
# (1, 1, 2), (2, 1, 3) and K_12 = 2 + 1 + 6 = 9.
HEAD = ("$f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$, $W^{[1]} = 1$, $b^{[1]} = 1$, $W^{[2]} = 1$, "
        "$b^{[2]} = 0$; $x_1 = 1$, $x_2 = 2$.\n\n"
        "$\\theta = (W^{[1]}, b^{[1]}, W^{[2]})$\n\n"
        "$\\nabla_\\theta f(x_1) = (1, 1, 2)$\n\n"
        "$\\nabla_\\theta f(x_2) = (2, 1, 3)$\n\n")


def test_an_open_sum_of_the_learner_s_own_terms_is_carried():
    verdicts = line_verdicts(check_text(HEAD + "$$K_{12} = 2 + 1 + 6 = $$\n", "notes.md"))
    assert verdicts[3] == ["wrong"] and verdicts[5] == ["carried"] and verdicts[9] == ["carried"]


def test_an_open_sum_that_is_not_their_value_is_no_claim():
    verdicts = line_verdicts(check_text(HEAD + "$$K_{12} = 2 + 1 + 5 = $$\n", "notes.md"))
    assert verdicts[3] == ["wrong"] and 9 not in verdicts
