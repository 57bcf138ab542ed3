"""δ written after the learner's own rule for φ′ (``φ′(z) = 1 − tanh z``) follows from it (invented notes).

Network (worked out by hand): f = W^{[2]} tanh(W^{[1]} x + b^{[1]}) + b^{[2]} with W^{[1]} = 2, b^{[1]} = 0,
W^{[2]} = 3, b^{[2]} = 0, x = (0, 1): z = 2x, δ^{[1]} = W^{[2]} tanh′(z) = 3(1 − tanh²(2x)). With their rule
tanh′(z) = 1 − tanh z it is 3(1 − tanh 2x).
"""

from check_helpers import problem, verdicts

TANH = problem([1, 1, 1], "tanh", [0, 1], W1=[[2]], b1=[0], W2=[[3]], b2=0)
RULE = r"$\varphi'(z) = 1 - \tanh(z)$"


def test_delta_from_their_own_slope_rule_is_carried(tmp_path):
    out, first = verdicts(tmp_path, TANH, "\n\n".join([RULE, r"$\delta^{[1]} = 3(1 - \tanh(2x))$"]))
    assert out[1] == ["wrong"] and first == 1
    assert out[3] == ["carried"]


def test_a_fresh_slip_in_delta_after_their_rule_stays_wrong(tmp_path):
    out, first = verdicts(tmp_path, TANH, "\n\n".join([RULE, r"$\delta^{[1]} = 2(1 - \tanh(2x))$"]))
    assert first == 1 and out[3] == ["wrong"]


def test_the_same_delta_without_a_rule_of_their_own_is_wrong(tmp_path):
    rule = r"$\varphi'(z) = 1 - \tanh^2(z)$"
    out, first = verdicts(tmp_path, TANH, "\n\n".join([rule, r"$\delta^{[1]} = 3(1 - \tanh(2x))$"]))
    assert out[1] == ["correct"] and out[3] == ["wrong"] and first == 3
