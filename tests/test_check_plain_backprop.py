"""Backprop written in plain unicode prose: ``h = wx + b = x + 1`` (two one-letter names side by side between
operators are a product, not a word), ``δ = ∂f/∂z^[1] = (W^[2])ᵀ = (1, 0)ᵀ`` (∂f/∂z^{[l]} is δ^{[l]}), and a
parameter skipped with a derivative word only in the reason (``I skip b^[2], it only shifts the output so its
derivative doesn't matter``)."""

import pytest
from check_helpers import line_verdicts

from symntk.check import check_text
from symntk.check.dropped_words import dropped_names
from symntk.check.prose_runs import math_runs


@pytest.mark.parametrize("line, runs", [
    ("h = wx + b = x + 1, f(x) = vh + c", ["h = wx + b = x + 1, f(x) = vh + c"]),
    ("so K = is + 1 done", ["K ="]),          # a word of prose between operators stays a word
    ("a = 1 and b = 2", ["a = 1", "b = 2"]),
    ("f = vh + c where h = wx", ["f = vh + c", "h ="]),   # "wx" at the end: no operator after it
])
def test_letters_between_operators_are_a_product(line, runs):
    assert math_runs(line) == runs


@pytest.mark.parametrize("line, names", [
    ("I skip b^[2] (c₁, c₂), it only shifts the output so its derivative doesn't matter.", [["b^[2]"]]),
    ("I skip b2, it drops out of the derivative.", [["b2"]]),
    ("I skip b2, since ∂f/∂b2 is constant.", []),                       # a derivative written: left alone
    ("b2 does not matter for the derivative, it is constant.", []),     # about a derivative itself
])
def test_a_derivative_word_in_the_reason_does_not_stop_the_dropping(line, names):
    assert dropped_names(line) == names


# By hand: W1 = (1, 2)^T, b1 = (0, 0)^T, W2 = (3, 1), b2 = 0, linear: f = W2 (W1 x + b1) + b2,
# δ^{[1]} = ∂f/∂z^{[1]} = (W^{[2]})^T = (3, 1)^T; h = W1 x + b1 = (x, 2x).
HEAD = "Data: W^[1] = [1, 2]ᵀ, b^[1] = [0, 0]ᵀ, W^[2] = [3, 1], b^[2] = 0, x₁ = 1, x₂ = 2.\n\n"


@pytest.mark.parametrize("value, verdict", [("(3, 1)ᵀ", "correct"), ("(1, 3)ᵀ", "wrong")])
def test_df_dz_of_a_layer_is_that_layer_s_delta(value, verdict):
    text = HEAD + f"Backward, using δ = ∂f/∂z^[1] = (W^[2])ᵀ = {value}:\n"
    assert line_verdicts(check_text(text, "notes.md"))[3] == ["correct", verdict]
