"""σ as the learner's name for the network's activation once the notes equate it with tanh, ReLU or the identity
(symntk/check/sigma_activation.py)."""

from check_helpers import problem, verdicts

# A 1-1-1 tanh net: W1 = 2, b1 = 0, W2 = 3, b2 = 1; z = 2x, φ'(z) = 1 - tanh²(z); at x = 0: φ'(0) = 1, δ = 3
TANH = problem([1, 1, 1], "tanh", [0, 1], W1=[[2]], b1=[0], W2=[[3]], b2=1)


def test_sigma_said_to_be_tanh_is_tanh(tmp_path):
    """σ'(z) = tanh'(z) names tanh (correct); then σ'(0) = 1 on line 3 is 1 - tanh²(0) = 1, correct (as the
    sigmoid it would be 1/4, wrong)."""
    notes = "$\\sigma'(z) = \\tanh'(z)$\n\n$\\sigma'(0) = 1$\n"
    lines, first = verdicts(tmp_path, TANH, notes)
    assert lines == {1: ["correct"], 3: ["correct"]} and first == 0


def test_wrong_rule_for_the_named_activation_is_wrong_then_carried(tmp_path):
    """σ'(z) = 1 - tanh(z) after σ = tanh is wrong (true 1 - tanh²(z)); σ'(2) = 1 - 0.9640 = 0.0360 on line 5
    follows the learner's rule, not the truth 1 - tanh²(2) ≈ 0.0707: carried, not wrong again."""
    notes = "$\\sigma = \\tanh$\n\n$\\sigma'(z) = 1 - \\tanh(z)$\n\n$\\sigma'(2) = 1 - 0.9640 = 0.0360$\n"
    lines, first = verdicts(tmp_path, TANH, notes)
    assert lines[3] == ["wrong"] and set(lines[5]) == {"carried"} and first == 3


def test_sigma_alone_stays_the_sigmoid(tmp_path):
    """Notes that never equate σ with another activation keep σ as the sigmoid: σ(0) = 1/2 is correct and
    σ'(0) = 1 on line 3 is wrong (σ'(0) = 1/4)."""
    notes = "$\\sigma(0) = \\tfrac12$\n\n$\\sigma'(0) = 1$\n"
    lines, first = verdicts(tmp_path, TANH, notes)
    assert lines == {1: ["correct"], 3: ["wrong"]} and first == 3


def test_sigmoid_written_through_tanh_stays_the_sigmoid(tmp_path):
    """In the tanh net, ``the sigmoid $\\sigma(z) = \\tanh(z/2)/2 + 1/2$`` relates the sigmoid to tanh (true: tanh(z/2)
    = (1 - e^{-z})/(1 + e^{-z}), so tanh(z/2)/2 + 1/2 = 1/(1 + e^{-z})) and does not name σ the activation; σ stays the
    sigmoid, so σ'(0) = 1/4 on line 3 is correct (as tanh'(0) = 1 it would be wrong)."""
    notes = "Recall the sigmoid $\\sigma(z) = \\tanh(z/2)/2 + 1/2$.\n\n$\\sigma'(0) = 1/4$\n"
    lines, first = verdicts(tmp_path, TANH, notes)
    assert lines.get(3) == ["correct"] and first == 0

