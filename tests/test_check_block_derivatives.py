"""A derivative by a whole layer's weights or bias typed with code-like names (``% df/dW1 = W2'*x``,
``dfdb1 = W2'``, ``dfdW2_x2 = [3 1]``) is a claim about that block of ∇θ f, in notes that give the layers whole.

The notes are invented; values worked out by hand. f(x) = W2 (W1 x + b1) + b2, identity, W1 = (2, 1)ᵀ,
b1 = (1, 0)ᵀ, W2 = (1, 1), b2 = 0 at x_1 = 0, x_2 = 1: ∂f/∂W1 = W2ᵀ x = (x, x)ᵀ, ∂f/∂b1 = W2ᵀ = (1, 1)ᵀ,
∂f/∂W2 = h(x)ᵀ = (2x + 1, x), ∂f/∂b2 = 1; at x_2: ∂f/∂W2 = (3, 1).
"""

import pytest
from check_helpers import line_verdicts

from symntk.check import check_text
from symntk.check.block_derivatives import block_heads, theta_entries

HEAD = ("% f(x) = W2*(W1*x + b1) + b2, no activation\n"
        "W1 = [2; 1]; b1 = [1; 0]; W2 = [1 1]; b2 = 0;\n"
        "% x1 = 0, x2 = 1\n")   # the next line is line 4


@pytest.mark.parametrize("statement, read", [
    ("df/dW1 = W2'*x", "\\frac{\\partial f}{\\partial W^{[1]}} = (W^{[2]})^T*x"),
    ("dfdb1 = W2^T", "\\frac{\\partial f}{\\partial b^{[1]}} = (W^{[2]})^T"),
    ("df_dW2 = (W1 x + b1)'", "\\frac{\\partial f}{\\partial W^{[2]}} = (W^{[1]} x + b^{[1]})^T"),
    ("∂f/∂W1 = W2ᵀ x", "\\frac{\\partial f}{\\partial W^{[1]}} = (W^{[2]})^T x"),
    ("dfdW2_x2 = [3 1]", "\\frac{\\partial f(x_{2})}{\\partial W^{[2]}} = [3 1]"),
    ("df/dW1(i) = W2(i)*x", "df/dW1_i = W2_i*x"),   # an entry for every index: the index reading's
    ("df/dW1_11 = 2", "df/dW1_11 = 2"),               # one entry: left as written
    ("df/dW3 = h", "df/dW3 = h"),                     # a layer not given whole
    ("W2' x", "W2' x"),                               # no derivative's head: left as written
])
def test_the_head_and_the_names_after_it(statement, read):
    assert block_heads(statement, {"1", "2"}) == read


def test_names_listed_in_theta_are_single_parameters():
    entries = theta_entries("theta = (w11, w21, b1, b2, v1, v2, c)")
    assert entries == {"b1", "b2"}
    assert block_heads("df/db1 = v1", {"1", "2"}, entries) == "df/db1 = v1"


@pytest.mark.parametrize("line, verdicts", [
    ("% df/dW1 = W2'*x", ["correct"]),
    ("% df/dW1 = W2'", ["wrong"]),                      # the input factor x is missing
    ("% df/db1 = W2'", ["correct"]),
    ("% df/db1 = W2' * x", ["wrong"]),
    ("% df/dW2 = (W1*x + b1)'", ["correct"]),
    ("% dfdW2 = W1'", ["wrong"]),                       # (2, 1), true (2x + 1, x)
    ("dfdW1 = W2' * x", ["correct"]),
    ("% dfdW2_x2 = [3 1]", ["correct"]),
    ("% dfdW2_x2 = [3 2]", ["wrong"]),
    ("% df/dW1(i) = W2(i)*x", ["correct", "correct"]),
])
def test_a_whole_layers_derivative_is_judged(line, verdicts):
    lines = line_verdicts(check_text(HEAD + line + "\n", "notes.m"))
    assert lines.get(4) == verdicts
