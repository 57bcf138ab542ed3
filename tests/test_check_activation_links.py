"""The activation's derivative in math named before its formula in words (``we use $\\sigma'(u)$, which is
$…$``): read as the learner's rule for φ′. Notes invented; tanh net with scalars W⁽¹⁾ = 1, b⁽¹⁾ = 0, W⁽²⁾ = 2,
b⁽²⁾ = 0 at x = (0, 1): tanh′(z) = 1 − tanh²(z), so ``1 + \\tanh^2 z`` is wrong and ``1 - \\tanh^2 z`` right; a
derivative written next with the wrong rule is carried (∂f/∂b⁽¹⁾ = W⁽²⁾(1 + tanh² z) follows from it).
"""

from check_helpers import problem, verdicts

NET = problem([1, 1, 1], "tanh", [0, 1], W1=[[1]], b1=[0], W2=[[2]], b2=0)
HEAD = "$W^{[1]} = 1$, $b^{[1]} = 0$, $W^{[2]} = 2$, $b^{[2]} = 0$.\n\n"


def test_wrong_rule_in_words_is_wrong_and_carried(tmp_path):
    """``$\\tanh'(z)$, which is $1 + \\tanh^2 z$``: wrong (line 3); the derivative using it is carried (line 5)."""
    notes = HEAD + ("For the chain rule I use $\\tanh'(z)$, which is $1 + \\tanh^2 z$.\n\n"
                    "$$\\frac{\\partial f}{\\partial b^{[1]}} = W^{[2]}(1 + \\tanh^2 z)$$\n")
    lines, first = verdicts(tmp_path, NET, notes)
    assert lines[3] == ["wrong"]
    assert lines[5] == ["carried"]
    assert first == 3


def test_right_rule_in_words_is_correct(tmp_path):
    """``$\\tanh'$ is $1 - \\tanh^2 z$`` (no argument written): correct."""
    lines, _ = verdicts(tmp_path, NET, HEAD + "Here $\\tanh'$ is $1 - \\tanh^2 z$.\n")
    assert lines[3] == ["correct"]


def test_other_names_are_left_alone(tmp_path):
    """``$h$, which is $1 - \\tanh z$``: h is no activation derivative, so nothing is read as φ′ on that line
    (∂f/∂b⁽²⁾ = 1 below it is read and correct)."""
    notes = HEAD + "We keep $q$, which is $1 - \\tanh z$.\n\n$$\\frac{\\partial f}{\\partial b^{[2]}} = 1$$\n"
    lines, _ = verdicts(tmp_path, NET, notes)
    assert 3 not in lines
    assert lines[5] == ["correct"]
