"""A gradient shorter by exactly the parameters whose derivative the learner wrote as 0 (``∂f/∂b^{[2]} = 0``, then
six entries where θ has seven) is their own gradient: carried from the wrong 0, not a new mistake
(symntk.check.judge_gradients._zeroed).

Notes invented for these tests (worked by hand): f(x) = W^{[2]} relu(W^{[1]} x + b^{[1]}) + b^{[2]} with
W^{[1]} = [1, −1]^T, b^{[1]} = [0, 0]^T, W^{[2]} = [3, 2], b^{[2]} = 1, x_1 = 1, x_2 = 2. Unit 2 is dead at both
datapoints; with θ = (W^{[1]}_1, W^{[1]}_2, b^{[1]}_1, b^{[1]}_2, W^{[2]}_1, W^{[2]}_2, b^{[2]}):
∇f(x_1) = (3, 0, 3, 0, 1, 0, 1), ∇f(x_2) = (6, 0, 3, 0, 2, 0, 1). ∂f/∂b^{[2]} = 1, so "∂f/∂b^{[2]} = 0" is wrong;
without b^{[2]} the learner's ∇f(x_1) = (3, 0, 3, 0, 1, 0), ∇f(x_2) = (6, 0, 3, 0, 2, 0), K_11 = 9 + 9 + 1 = 19.
"""

from check_helpers import notes_verdicts

PROBLEM = ("$f(x) = W^{[2]}\\,\\mathrm{relu}(W^{[1]}x+b^{[1]}) + b^{[2]}$, $W^{[1]} = [1,-1]^T$, "
           "$b^{[1]} = [0,0]^T$, $W^{[2]} = [3,2]$, $b^{[2]} = 1$, $x_1 = 1$, $x_2 = 2$\n\n")   # line 1


def _notes(derivative: str, g1: str, g2: str) -> str:
    return (PROBLEM + derivative + "\n\n" + f"$g(x_1) = {g1}$\n\n" + f"$g(x_2) = {g2}$\n\n"
            + "$K_{11} = 9 + 9 + 1 = 19$\n")   # derivative line 3, gradients lines 5 and 7, K_11 line 9


def test_gradient_without_the_entry_written_as_zero_is_carried():
    lines, first = notes_verdicts(_notes("$\\partial f/\\partial b^{[2]} = 0$, so I leave it out.",
                                         "(3, 0, 3, 0, 1, 0)", "(6, 0, 3, 0, 2, 0)"))
    assert lines[3] == ["wrong"] and first == 3
    assert lines[5] == ["carried"] and lines[7] == ["carried"]


def test_short_gradient_with_a_wrong_entry_stays_wrong():
    # ∂f/∂W^{[1]}_1 at x_2 is 6, here 5: not what the learner's own derivatives give
    lines, first = notes_verdicts(_notes("$\\partial f/\\partial b^{[2]} = 0$, so I leave it out.",
                                         "(3, 0, 3, 0, 1, 0)", "(5, 0, 3, 0, 2, 0)"))
    assert lines[3] == ["wrong"] and first == 3
    assert lines[5] == ["carried"] and lines[7] == ["wrong"]


def test_short_gradient_without_a_zero_written_is_the_mistake():
    # a 0 written for W^{[2]}_2 is right (unit 2 is dead), so it explains no missing entry
    lines, first = notes_verdicts(_notes("$\\partial f/\\partial W^{[2]}_2 = 0$ since unit 2 is dead.",
                                         "(3, 0, 3, 0, 1, 0)", "(6, 0, 3, 0, 2, 0)"))
    assert lines.get(3, ["correct"]) == ["correct"]
    assert first == 5 and lines[5] == ["wrong"]
