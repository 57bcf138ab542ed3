"""A check mark the learner puts after a claim they verified (``λ₁ + λ₂ = 27 = tr K ✓``, ``✔️``, ``(✓)``, ``☑``)
is no part of the math: the claim before it is read (invented notes).

Expected values worked out by hand: f(x) = W2 (W1 x + b1) + b2 with W1 = 2, b1 = 0, W2 = 3, b2 = 1, datapoints
x_1 = 1, x_2 = 2: ∇f(x) = (3x, 3, 2x, 1), K = [[23, 36], [36, 62]], tr K = 85, f(x_1) = 7.
"""

import pytest
from check_helpers import notes_verdicts

from symntk.check.prose import _runs

HEAD = "Given: W1 = 2, b1 = 0, W2 = 3, b2 = 1, x_1 = 1, x_2 = 2\n\n"


@pytest.mark.parametrize("line, verdict", [
    ("Check: tr K = 23 + 62 = 85 ✓", "correct"),
    ("f(x₁) = 7 ✔️", "correct"),
    ("f(x₁) = 8 (✓)", "wrong"),
    ("K₁₁ = 23 ☑", "correct")])
def test_the_claim_before_a_check_mark_is_read(line, verdict):
    verdicts, _ = notes_verdicts(HEAD + line + "\n")
    assert verdicts[3][-1] == verdict and set(verdicts[3][:-1]) <= {"correct"}


@pytest.mark.parametrize("line, runs", [
    ("tr = 54 ✓, det = 704 ✓", ["tr = 54 , det = 704"]),
    ("det = 704 (✓)", ["det = 704"])])
def test_check_marks_leave_the_runs(line, runs):
    assert _runs(line) == runs
