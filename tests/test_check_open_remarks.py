"""A remark in parentheses after a claim in prose that starts with a name and goes on in words
(``∂f/∂b⁽²⁾ = 0 (b⁽²⁾ is just a constant)``, ``= 3 (W x is the product)``): the claim before it is read, the
remark is not (invented notes).

Expected values worked out by hand: f(x) = W2 (W1 x + b1) + b2 with W1 = 2, b1 = 0, W2 = 3, b2 = 1, datapoints
x_1 = 1, x_2 = 2: ∂f/∂b2 = 1, ∂f/∂W1 = W2 x = 3x, f(x_1) = 3·2 + 1 = 7.
"""

import pytest
from check_helpers import notes_verdicts

from symntk.check.prose import _runs

HEAD = "Given: W1 = 2, b1 = 0, W2 = 3, b2 = 1, x_1 = 1, x_2 = 2\n\n"


@pytest.mark.parametrize("line, verdict", [
    ("* ∂f/∂b2 = 0 (b2 is just a constant added on)", "wrong"),
    ("* ∂f/∂b2 = 1 (b2 is just a constant added on)", "correct"),
    ("- f(x_1) = 7 (x_1 is the first point)", "correct"),
    ("- ∂f/∂W1 = 3x (W2 times the input, by the chain rule)", "correct")])
def test_the_claim_before_a_remark_in_words_is_read(line, verdict):
    verdicts, _ = notes_verdicts(HEAD + line + "\n")
    assert verdicts[3] == [verdict]


@pytest.mark.parametrize("line, runs", [
    ("∂f/∂b = 0 (b is just a constant)", ["∂f/∂b = 0"]),
    ("K = 3 (x₁ = 1 hides it)", ["K = 3", "x₁ = 1"]),          # a remark with its own relation is its own claim
    ("f = 2 (x + 1) here", ["f = 2 (x + 1)"]),                # a closed group is a factor of the math
    ("z = (1, 2) and then more", ["z = (1, 2)"])])
def test_runs_around_remarks(line, runs):
    assert _runs(line) == runs
