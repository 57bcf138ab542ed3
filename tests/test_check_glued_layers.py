"""A whole layer's affine map typed with its digit glued to the letters (``h = W1 x + b1``) is W^{[1]} x + b^{[1]} in
notes that give the layer's weights whole (``W1 = [2, 1]^T``), and only there.

The notes are invented; values worked out by hand. f(x) = W2 (W1 x + b1) + b2, identity, W1 = (2, 1)ᵀ,
b1 = (1, 0)ᵀ, W2 = (1, 1), b2 = 0 at x_1 = 0, x_2 = 1: h(x) = (2x + 1, x), h(x_2) = (3, 1).
"""

import pytest
from check_helpers import notes_verdicts

from symntk.check.glued_layers import affine_layers, whole_layers

HEAD = ("W1 = [2, 1]^T, b1 = [1, 0]^T, W2 = [1, 1], b2 = 0, no activation\n"
        "points x1 = 0, x2 = 1\n\n")   # the next line is line 4


@pytest.mark.parametrize("text, layers", [
    ("W1 = [2, 1]^T, b1 = [1, 0]^T, W2 = [1, 1]", {"1", "2"}),
    ("W1 = (2, 1), b1 = 0", {"1"}),
    ("W1 = 2, b1 = 1", set()),            # one number: W1 may be the learner's own weight
    ("W1_1 = [2]", set()),                # an entry, not the layer
])
def test_the_layers_given_whole(text, layers):
    assert whole_layers(text) == layers


@pytest.mark.parametrize("statement, read", [
    ("h = W1 x + b1", "h = W^{[1]} x + b^{[1]}"),
    ("z = W1*x + b1", "z = W^{[1]} x + b^{[1]}"),
    ("a = relu(W2 h(x) + b2)", "a = relu(W^{[2]} h(x) + b^{[2]})"),
    ("h = W1 x + b2", "h = W1 x + b2"),                 # two layers' names: left as written
    ("h = W3 x + b3", "h = W3 x + b3"),                 # a layer not given whole
    ("theta = [W1 b1 W2 b2]", "theta = [W1 b1 W2 b2]"),  # a list of names
    ("W1_2 x + b1_2", "W1_2 x + b1_2"),                 # entries
    ("W1(2,1) x + b1", "W1(2,1) x + b1"),
])
def test_only_a_whole_layers_affine_map_is_rewritten(statement, read):
    assert affine_layers(statement, {"1", "2"}) == read


@pytest.mark.parametrize("line, verdicts", [
    ("h = W1 x + b1", ["correct"]),
    ("h = W1*x + b1", ["correct"]),
    ("h = W1 x + b2", None),                            # not read: never judged
    ("at x2: h = W1 x + b1 = (3, 1)", ["correct", "correct"]),
    ("at x2: h = W1 x + b1 = (3, 2)", ["correct", "wrong"]),
])
def test_the_hidden_layer_in_glued_names_is_judged(line, verdicts):
    lines, _ = notes_verdicts(HEAD + line + "\n")
    assert lines.get(4) == verdicts
