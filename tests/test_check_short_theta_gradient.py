"""A θ that leaves a parameter out (the output bias "is just a shift"): the gradient written for that θ, entry for
entry right for the parameters it lists, is carried from the short θ, not wrong (invented notes).

Expected by hand: f(x) = w2 (w1 x + b1) + b2 with w1 = 2, b1 = 1, w2 = 3, b2 = 0; the true θ is (w1, b1, w2, b2)
and ∇f = (w2 x, w2, w1 x + b1, 1); the learner's θ = (w1, b1, w2) has gradient (w2 x, w2, w1 x + b1).
"""

from check_helpers import notes_verdicts

HEAD = """given w1 = 2, b1 = 1, w2 = 3, b2 = 0, x1 = 1, x2 = 2

\\( f(x) = w2 (w1 x + b1) + b2 \\)
the output bias is only a shift, so I leave it out: \\( \\theta = (w1, b1, w2) \\)
"""


def test_the_gradient_of_the_short_theta_is_carried():
    verdicts, first = notes_verdicts(HEAD + "\\[ \\nabla_\\theta f = (w2\\, x,\\ w2,\\ w1 x + b1) \\]\n")
    assert verdicts[4] == ["wrong", "wrong"]      # θ has 4 entries; ∂f/∂b2 = 1, so b2 is not "only a shift"
    assert verdicts[5] == ["carried"]
    assert first == 4


def test_a_wrong_entry_in_it_is_still_wrong():
    verdicts, first = notes_verdicts(HEAD + "\\[ \\nabla_\\theta f = (w2,\\ w2,\\ w1 x + b1) \\]\n")
    assert verdicts[5] == ["wrong"]      # ∂f/∂w1 = w2 x, not w2
