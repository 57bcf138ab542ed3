"""The gradient at a datapoint written in MATLAB's indexing, ``grad f(x(1)) = […]``, and values written under a
datapoint's label that are the learner's own (carried), not the true value at another datapoint.

Invented notes; verdicts by hand. f(x) = W2 (W1 x + b1) + b2 with W1 = (1, 2)^T, b1 = (0, 1)^T, W2 = (1, 1),
b2 = 0, datapoints x(1) = 1, x(2) = 2: ∇f = (x, x, 1, 1, x, 2x + 1, 1), at x(1) (1, 1, 1, 1, 1, 3, 1), at x(2)
(2, 2, 1, 1, 2, 5, 1).
Scalar net g(x) = W2 (W1 x + b1) + b2 with W1 = 2, b1 = 1, W2 = 1, b2 = 0, x1 = 1, x2 = 2: ∂g/∂W1 = W2 x = x,
1 at x1 and 2 at x2.
"""

from check_helpers import notes_verdicts

DATA = "Given: W1 = [1, 2]^T, b1 = [0, 1]^T, W2 = [1, 1], b2 = 0, x(1) = 1, x(2) = 2\n\n"


def test_the_gradient_at_a_datapoint_in_matlab_indexing_is_read():
    notes = DATA + "grad f(x(1)) = [1, 1, 1, 1, 1, 3, 1]\ngrad f(x(2)) = [2, 2, 1, 1, 2, 5, 2]\n"
    lines, first = notes_verdicts(notes)
    assert lines[3] == ["correct"] and lines[4] == ["wrong"] and first == 4


SCALAR = "Given: W1 = 2, b1 = 1, W2 = 1, b2 = 0; x1 = 1, x2 = 2\n\nf(x) = W2*(W1*x + b1) + b2\n\n"


def test_a_value_under_a_label_from_the_learners_own_wrong_formula_is_carried():
    # their rule x + 1 gives 2 at x1: the true value at x2, but at x1 it is theirs, carried from line 5
    notes = SCALAR + "df/dW1 = W2*x + W2\n\nat x1 = 1:\ndf/dW1 = 2\n"
    lines, first = notes_verdicts(notes)
    assert lines[5] == ["wrong"] and lines[8] == ["carried"] and first == 5


def test_a_true_value_under_its_label_is_correct():
    notes = SCALAR + "df/dW1 = W2*x\n\nat x2 = 2:\ndf/dW1 = 2\n"
    lines, first = notes_verdicts(notes)
    assert lines[5] == ["correct"] and lines[8] == ["correct"] and first == 0
