"""A gradient said at a datapoint in a sentence, in English, Icelandic and German: the point given with its value
(``the gradient at $x_1 = 1$ is $(…)$``), the point first (``At $x_2$ the gradient comes out to``, ``Í $x_1$ verður
stigullinn``, ``Bei $x_1$ ist der Gradient``), ``lautet``, ``ergibt sich zu`` (invented notes).

The network (worked out by hand): W^{[1]} = (1, 1)ᵀ, b^{[1]} = (0, 1)ᵀ, W^{[2]} = (1, 0), b^{[2]} = 0, identity,
x = (1, 2): h = (x, x + 1), ∇f(x) = (x, 0, 1, 0, x, x + 1, 1), so ∇f(x_1) = (1, 0, 1, 0, 1, 2, 1) and
∇f(x_2) = (2, 0, 1, 0, 2, 3, 1); K = [[8, 12], [12, 19]], tr K = 27.
"""

import pytest
from check_helpers import BAD_GRAD_X2, GRAD_X1, GRAD_X2, IDENTITY_1_2_1, gradient_judgements, verdicts


@pytest.mark.parametrize("line", [
    f"Evaluating everything, the gradient at $x_1 = 1$ is {GRAD_X1} and the gradient at $x_2 = 2$ is {GRAD_X2}.",
    f"At $x_1$ the gradient is {GRAD_X1}, and at $x_2$, the gradient comes out to {GRAD_X2}.",
    f"Í $x_1 = 1$ verður stigullinn {GRAD_X1}. Stigullinn í $x_2$ er {GRAD_X2}.",
    f"Bei $x_1$ ist der Gradient {GRAD_X1}. Der Gradient bei $x_2 = 2$ lautet {GRAD_X2}.",
    f"Der Gradient bei $x_1$ ergibt sich zu {GRAD_X1}, bei $x_2$ ist der Gradient {GRAD_X2}.",
])
def test_both_gradients_said_in_a_sentence_are_right(tmp_path, line):
    out, first = verdicts(tmp_path, IDENTITY_1_2_1, line)
    assert out[1] == ["correct", "correct"] and first == 0


@pytest.mark.parametrize("line", [
    f"At $x_2$, the gradient comes out to {BAD_GRAD_X2}.",
    f"Í $x_2$ verður stigullinn {BAD_GRAD_X2}.",
    f"Der Gradient bei $x_2$ ergibt sich zu {BAD_GRAD_X2}.",
])
def test_a_wrong_gradient_said_in_a_sentence_is_wrong(tmp_path, line):
    out, first = verdicts(tmp_path, IDENTITY_1_2_1, line)
    assert out[1] == ["wrong"] and first == 1


def test_a_point_whose_value_is_not_the_datapoints_names_no_gradient(tmp_path):
    notes = f"The gradient at $x_1 = 2$ is {GRAD_X2}.\n\n$K_{{11}} = 8$"
    assert not gradient_judgements(tmp_path, IDENTITY_1_2_1, notes)


def test_a_vector_of_another_length_is_no_gradient(tmp_path):
    out, _ = verdicts(tmp_path, IDENTITY_1_2_1, "At $x_1$ the gradient is $(1, 2)$.\n\n$K_{11} = 8$")
    assert 1 not in out and out[3] == ["correct"]


def test_the_trace_comes_out_to(tmp_path):
    out, _ = verdicts(tmp_path, IDENTITY_1_2_1, "The trace comes out to $27$, the determinant comes out to $9$.")
    assert out[1] == ["correct", "wrong"]
