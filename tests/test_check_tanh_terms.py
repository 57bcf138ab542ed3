"""A tanh kernel sum judged term by term: the terms are values like 1 − tanh²(1).

Network f = W2·tanh(W1·x + b1) + b2 with W1 = W2 = 1, b1 = b2 = 0 at x₁ = 1, x₂ = 0.
By hand, ∇θf(x₁) = (1 − tanh²1, 1 − tanh²1, tanh 1, 1) and ∇θf(x₂) = (0, 1, 0, 1), so
K₁,₂ = 2 − tanh²1; the reference backprop confirms these numbers below.
"""

import math

import numpy as np
import sympy
from check_helpers import problem

from symntk.check import check_notes

from reference import backprop_jacobian

PROBLEM = problem([1, 1, 1], "tanh", [1, 0], W1=1, b1=0, W2=1, b2=0)
GOOD = (r"$$K_{1,2} = [(1 - \tanh^2(1)) \cdot 0] + [(1 - \tanh^2(1)) \cdot 1] + [\tanh(1) \cdot 0]"
        r" + [1 \cdot 1] = 2 - \tanh^2(1)$$")
BAD = GOOD.replace(r"[(1 - \tanh^2(1)) \cdot 1]", r"[(1 - \tanh^2(1)) \cdot 2]").replace(
    r"= 2 - \tanh^2(1)$$", r"= 3 - 2\tanh^2(1)$$")


def test_hand_values_agree_with_the_reference_backprop():
    t = math.tanh(1)
    J = backprop_jacobian([1, 0, 1, 0], [1, 1, 1], ["tanh", "identity"], [[1], [0]])
    assert np.allclose(J, [[1 - t * t, 1 - t * t, t, 1], [0, 1, 0, 1]], atol=1e-15)
    assert math.isclose((J @ J.T)[0, 1], 2 - t * t, rel_tol=1e-15)


def _check(tmp_path, text):
    notes = tmp_path / "notes.md"
    notes.write_text("# By hand\n\n" + text + "\n", encoding="utf-8")
    problem = tmp_path / "p.toml"
    problem.write_text(PROBLEM, encoding="utf-8")
    return check_notes(notes, problem)


def test_correct_tanh_sum_is_correct(tmp_path):
    report = _check(tmp_path, GOOD)
    # the written sum and its total are two claims about K_{1,2}, both right
    assert [(j.claim.kind, j.verdict) for j in report.judgements] == [("kernel_entry", "correct")] * 2


def test_one_wrong_term_is_flagged(tmp_path):
    report = _check(tmp_path, BAD)
    judgement, total = report.judgements
    assert judgement.claim.kind == "kernel_entry" and judgement.verdict == "wrong" and not judgement.carried
    assert total.verdict == "wrong" and total.carried  # the total is the learner's own sum, added up right
    [feedback] = [f for f in judgement.feedback if f.code == "term_wrong"]
    t = sympy.tanh(1)
    assert feedback.params["k"] == 2
    assert sympy.simplify(feedback.params["expected_a"] - (1 - t ** 2)) == 0 and feedback.params["expected_b"] == 1
