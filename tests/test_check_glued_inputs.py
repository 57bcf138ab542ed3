"""A numbered short name glued to the input letter in plain text, ``w1x`` for ``w1 x`` (invented notes).

The problem: x = (1, 3), f = W2(W1 x + b1) + b2 with W1 = (2, 1)ᵀ, b1 = (1, 0), W2 = (1, 1), b2 = 0. By hand
∂f/∂v1 = h1 = w1 x + b1 (at x_1: 2·1 + 1 = 3), ∂f/∂w1 = v1 x, and f(x) = 1·(2x + 1) + 1·(x + 0) + 0 = 3x + 1.
"""

import pytest
from check_helpers import problem, verdicts

from symntk.check.glued_inputs import glued_inputs

LINEAR = problem([1, 2, 1], "identity", [1, 3], W1=[[2], [1]], b1=[1, 0], W2=[[1, 1]], b2=0)
NAMES = "names: w1, w2 for W1, b1, b2 for b1, v1, v2 for W2, c for b2"   # line 1


def test_glued_names_are_read_as_products(tmp_path):
    notes = "\n\n".join([
        NAMES,
        "f(x) = v1(w1x + b1) + v2(w2x + b2) + c",    # 3: correct
        "∂f/∂v1 = w1x + b1",                         # 5: correct
    ])
    out, _ = verdicts(tmp_path, LINEAR, notes)
    assert out[3] == ["correct"]
    assert out[5] == ["correct"]


def test_a_wrong_glued_formula_is_wrong(tmp_path):
    # f(x) = 3x + 1; "v1(w1x + b1) + c" is 2x + 1, the second unit left out
    notes = "\n\n".join([NAMES, "f(x) = v1(w1x + b1) + c"])
    out, first = verdicts(tmp_path, LINEAR, notes)
    assert out[3] == ["wrong"] and first == 3


@pytest.mark.parametrize("text, want", [
    ("w1 = 2\nh = w1x + b1", "w1 = 2\nh = w1 x + b1"),
    ("v1, w1\nf = v1(w1x₁ + 1)", "v1, w1\nf = v1(w1 x₁ + 1)"),
    ("h = w1x + b1", "h = w1x + b1"),                  # w1 never on its own: not known to be a name
    ("w1 = 2, w1x = 3\nh = w1x", "w1 = 2, w1x = 3\nh = w1x"),   # w1x defined itself
    ("w1 = 2\nsee box1x2 and w1xy", "w1 = 2\nsee box1x2 and w1xy"),
])
def test_which_glued_names_are_spaced(text, want):
    assert glued_inputs(text) == want
