"""A bare δ (no layer) defined by a vector formula of layer quantities in a network with one hidden layer
(symntk.check.own_matrices.judge_bare_delta), on invented notes.

The exercise (worked out by hand): widths 1-2-1, tanh, W^{[1]} = (1, 2)^T, b^{[1]} = 0, W^{[2]} = (3, -1),
b^{[2]} = 0; z = (x, 2x), so δ^{[1]} = ∂f/∂z^{[1]} = diag(tanh′(z)) W^{[2]T} = (3(1 − tanh² x), −(1 − tanh² 2x))^T.
diag(tanh(z)) W^{[2]T} = (3 tanh x, −tanh 2x)^T is another vector: wrong.
"""

from tests.check_helpers import NETWORK_HEAD, problem, verdicts

TANH = problem([1, 2, 1], "tanh", [1, 2], W1=[[1], [2]], b1=[0, 0], W2=[[3, -1]], b2=0)


def test_bare_delta_of_the_hidden_layer_is_judged(tmp_path):
    """δ = diag(tanh′(z)) W^{[2]T} and δ = W^{[2]T} ⊙ tanh′(z): the hidden layer's δ, correct."""
    notes = NETWORK_HEAD + ("$$\\delta = \\operatorname{diag}(\\tanh'(z))\\, W^{[2]T}$$\n\n"
                            "$$\\delta = (W^{[2]})^T \\odot \\tanh'(z)$$\n")
    lines, first = verdicts(tmp_path, TANH, notes)
    assert lines[3] == ["correct"] and lines[5] == ["correct"] and first == 0


def test_bare_delta_with_the_wrong_factor_is_wrong(tmp_path):
    """δ = diag(tanh(z)) W^{[2]T}: tanh where tanh′ belongs, wrong."""
    notes = NETWORK_HEAD + "$$\\delta = \\operatorname{diag}(\\tanh(z))\\, W^{[2]T}$$\n"
    lines, first = verdicts(tmp_path, TANH, notes)
    assert lines[3] == ["wrong"] and first == 3
