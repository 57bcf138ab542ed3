"""Markdown tables whose cells hold math in ``\\(…\\)`` (as a chatbot writes it) are read like ``$…$`` cells.

Notes invented for these tests: f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]} with W^{[1]} = (1, 2)^T,
b^{[1]} = (0, 1)^T, W^{[2]} = (1, 1), b^{[2]} = 0, x_1 = 1, x_2 = 2. By hand: ∂f/∂b^{[2]} = 1 at every x and
∂f/∂W^{[2]}_2 = z_2 = 2x + 1, which is 3 at x_1 and 5 at x_2.
"""

from check_helpers import notes_verdicts

PROBLEM = ("$f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]}$ with $W^{[1]} = (1, 2)^T$, $b^{[1]} = (0, 1)^T$, "
           "$W^{[2]} = (1, 1)$, $b^{[2]} = 0$, $x_1 = 1$, $x_2 = 2$.\n\n")   # line 1
HEAD = "| parameter | \\(\\partial f/\\partial\\theta_k\\) | at \\(x_1 = 1\\) | at \\(x_2 = 2\\) |\n|---|---|---|---|\n"


def test_cells_in_paren_math_are_claims():
    notes = PROBLEM + HEAD + "| \\(W^{[2]}_2\\) | \\(2x+1\\) | 3 | 5 |\n| \\(b^{[2]}\\) | \\(1\\) | 1 | 1 |\n"
    lines, first = notes_verdicts(notes)
    assert lines[5] == ["correct"] * 3 and lines[6] == ["correct"] * 3 and first == 0


def test_a_wrong_cell_in_paren_math_is_wrong():
    notes = PROBLEM + HEAD + "| \\(W^{[2]}_2\\) | \\(2x+1\\) | 3 | 4 |\n"
    lines, first = notes_verdicts(notes)
    assert lines[5] == ["correct", "correct", "wrong"] and first == 5
