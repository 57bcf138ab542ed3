"""An indicator with only an index as the learner's own name (``\\mathbb 1_i = [z_i > 0]``, then ``v_i \\mathbb 1_i``),
read as ``\\chi_i`` (symntk.check.indicator_rules), on invented notes.

The exercise (worked out by hand): widths 1-2-1, relu, W^{[1]} = (1, -1)^T, b^{[1]} = (0, 1)^T, W^{[2]} = (2, 3),
b^{[2]} = 0, datapoints 2 and 3. With 𝟙_j = relu′(z_j): ∂f/∂b^{[1]}_j = W^{[2]}_j 𝟙_j, so ∂f/∂b^{[1]}_2 = 3 𝟙_2 is
correct and ∂f/∂b^{[1]}_1 = 3 𝟙_1 (the other unit's weight) is wrong.
"""

from symntk.check.normalise import normalise
from tests.check_helpers import NETWORK_HEAD, problem, verdicts

RELU = problem([1, 2, 1], "relu", [2, 3], W1=[[1], [-1]], b1=[0, 1], W2=[[2, 3]], b2=0)


def test_indicator_names_are_the_learners_own(tmp_path):
    """Line 3 defines 𝟙_1, 𝟙_2; line 5 is correct, line 7 wrong and the first mistake."""
    notes = NETWORK_HEAD + ("Write $\\mathbb{1}_1 = [z_1 > 0]$ and $\\mathbb 1_2 = [z_2 > 0]$.\n\n"
                            "$\\partial f/\\partial b^{[1]}_2 = 3\\,\\mathbb 1_2$\n\n"
                            "$\\partial f/\\partial b^{[1]}_1 = 3\\,\\mathbb 1_1$\n")
    lines, first = verdicts(tmp_path, RELU, notes)
    assert lines[5] == ["correct"] and lines[7] == ["wrong"] and first == 7


def test_an_indicator_with_its_condition_stays_relu_prime():
    """``\\mathbb{1}_{[z_1>0]}`` and ``\\mathbb 1[z > 0]`` are still relu′, not the own name χ."""
    assert "chi" not in normalise("\\mathbb{1}_{[z_1>0]} + \\mathbb 1[z > 0]")
    assert "\\chi_{k}" in normalise("v_k \\mathbb 1_k x")
