"""A remark in parentheses after a claim in prose that starts with a name and goes on in words
(``∂f/∂b⁽²⁾ = 0 (b⁽²⁾ is just a constant)``, ``= 3 (W x is the product)``): the claim before it is read, the
remark is not (invented notes).

Expected values worked out by hand: f(x) = W2 (W1 x + b1) + b2 with W1 = 2, b1 = 0, W2 = 3, b2 = 1, datapoints
x_1 = 1, x_2 = 2: ∂f/∂b2 = 1, ∂f/∂W1 = W2 x = 3x, f(x_1) = 3·2 + 1 = 7.
"""

import pytest
from check_helpers import notes_verdicts

from symntk.check.prose_runs import math_runs

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
    assert math_runs(line) == runs


# ∇f(x) = (W2 x, W2, W1 x + b1, 1) = (3x, 3, 2x, 1): ∇f(x_1) = (3, 3, 2, 1), ∇f(x_2) = (6, 3, 4, 1), K_12 = 36
@pytest.mark.parametrize("line, verdict", [
    ("- K₁₂ (fixed) = 18 + 9 + 8 + 1 = 36", "correct"),
    ("- K₁₂ (corrected, again) = 35", "wrong"),
    ("f(x₂) (the second point) = 13", "correct")])
def test_a_remark_in_words_between_a_name_and_its_relation(line, verdict):
    verdicts, _ = notes_verdicts(HEAD + line + "\n")
    assert verdicts[3][-1] == verdict and set(verdicts[3][:-1]) <= {"correct"}


@pytest.mark.parametrize("line, runs", [
    ("K₁₂ (fixed) = 12", ["K₁₂ = 12"]),
    ("λ₁ (the bigger one) ≈ 26.7", ["λ₁ ≈ 26.7"]),
    ("K₁₂ (x₁ = 1) = 3", ["K₁₂ (x₁ = 1) = 3"]),       # math in the group: not a remark
    ("g(x + 1) = 3", ["g(x + 1) = 3"]),
    ("f (x) = 2", ["f (x) = 2"])])                  # one letter is no word
def test_runs_without_remarks_before_the_relation(line, runs):
    assert math_runs(line) == runs
