"""A derivative by a whole layer (``∂f/∂W^{[1]} = (W^{[2]})^T x``) after the learner's own wrong rule for φ′
(``relu′(z) = 1``) is carried from that rule, as each of its entries is (symntk/check/judge_layers.py)."""

from check_helpers import notes_verdicts

# By hand: ∂f/∂W^{[1]}_i = W^{[2]}_i relu′(z_i) x and ∂f/∂b^{[1]}_i = W^{[2]}_i relu′(z_i); with relu′ = 1 (wrong:
# relu′(z) = 0 for z < 0) they become (W^{[2]})^T x and (W^{[2]})^T.
HEAD = ("$f(x) = W^{[2]}\\,\\mathrm{relu}(W^{[1]}x + b^{[1]}) + b^{[2]}$, $W^{[1]} = [1, -1]^T$, "
        "$b^{[1]} = [0, 2]^T$, $W^{[2]} = [1, 2]$, $b^{[2]} = 0$; $x_1 = 1$, $x_2 = 3$.\n\n")


def test_layer_derivatives_carried_from_the_learners_relu_rule():
    notes = HEAD + ("$\\mathrm{relu}'(z) = 1$\n\n$\\partial f/\\partial W^{[1]} = (W^{[2]})^T x$\n\n"
                    "$\\partial f/\\partial b^{[1]} = (W^{[2]})^T$\n\n"
                    "$\\partial f/\\partial b^{[1]} = 2 (W^{[2]})^T$\n")
    lines, first = notes_verdicts(notes)
    assert lines[3] == ["wrong"] and first == 3
    assert lines[5] == ["carried"] and lines[7] == ["carried"]
    assert lines[9] == ["wrong"]   # no rule of theirs gives 2 (W^{[2]})^T
