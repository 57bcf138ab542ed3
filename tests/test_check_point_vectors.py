"""A vector said after words naming a datapoint, with a result verb (giving, leaving, fæst, ergibt sich, erhält
man) or a gradient word and ``is``, is the gradient at that point (symntk.check.point_vectors), in English,
Icelandic and German (invented notes).

The network (worked out by hand): W^{[1]} = (1, 1)ᵀ, b^{[1]} = (0, 1)ᵀ, W^{[2]} = (1, 0), b^{[2]} = 0, identity,
x = (1, 2): h = (x, x + 1), θ = (W^{[1]}_1, W^{[1]}_2, b^{[1]}_1, b^{[1]}_2, W^{[2]}_1, W^{[2]}_2, b^{[2]}),
∇f(x) = (W^{[2]}_1 x, W^{[2]}_2 x, W^{[2]}_1, W^{[2]}_2, h_1, h_2, 1) = (x, 0, 1, 0, x, x + 1, 1), so
∇f(x_1) = (1, 0, 1, 0, 1, 2, 1) and ∇f(x_2) = (2, 0, 1, 0, 2, 3, 1); without b^{[2]} (the last entry dropped):
(1, 0, 1, 0, 1, 2) and (2, 0, 1, 0, 2, 3).
"""

import pytest
from check_helpers import (
    BAD_GRAD_X2,
    GRAD_X1,
    GRAD_X2,
    IDENTITY_1_2_1,
    gradient_judgements,
    problem,
    problem_report,
    verdicts,
)


@pytest.mark.parametrize("line", [
    f"At the second datapoint the hidden values both grow by one, giving {GRAD_X2}.",
    f"At $x_2 = 2$ the entries of the first weight and the first output weight double, giving {GRAD_X2}.",
    f"Í öðrum punktinum fæst {GRAD_X2}.",
    f"Im zweiten Punkt ergibt sich {GRAD_X2}.",
    f"For $x_2$ we get {GRAD_X2}.",
])
def test_one_gradient_after_its_datapoint_is_right(tmp_path, line):
    out, first = verdicts(tmp_path, IDENTITY_1_2_1, line)
    assert out[1] == ["correct"] and first == 0


@pytest.mark.parametrize("line", [
    f"Í $x_1 = 1$ fæst {GRAD_X1} og í $x_2$ fæst {GRAD_X2}.",
    f"Beim ersten Datenpunkt erhält man {GRAD_X1}, beim zweiten Datenpunkt erhält man {GRAD_X2}.",
    f"At the first point the gradient over all seven parameters is {GRAD_X1}; at the second point the output weight's "
    f"entry grows to $3$, leaving {GRAD_X2}.",
])
def test_two_gradients_after_their_datapoints_are_right(tmp_path, line):
    out, first = verdicts(tmp_path, IDENTITY_1_2_1, line)
    assert out[1] == ["correct", "correct"] and first == 0


@pytest.mark.parametrize("line", [
    f"At the second point the hidden values both grow by one, giving {BAD_GRAD_X2}.",
    f"Í $x_2 = 2$ fæst {BAD_GRAD_X2}.",
    f"Im zweiten Punkt ergibt sich {BAD_GRAD_X2}.",
])
def test_a_wrong_gradient_after_its_datapoint_is_wrong(tmp_path, line):
    out, first = verdicts(tmp_path, IDENTITY_1_2_1, line)
    assert out[1] == ["wrong"] and first == 1


def test_a_gradient_without_a_dropped_parameter_read_after_one_named_so(tmp_path):
    notes = ("$b^{[2]}$ only shifts $f$, so I leave it out.\n\n"
             "At the first point the gradient is $(1, 0, 1, 0, 1, 2)$.\n"
             "At the second point the hidden values both grow by one, leaving $(2, 0, 1, 0, 2, 3)$.\n")
    out, first = verdicts(tmp_path, IDENTITY_1_2_1, notes)
    assert out[1] == ["wrong"] and first == 1 and out[3] == ["carried"] and out[4] == ["carried"]


@pytest.mark.parametrize("notes", [
    f"At $x_1 = 2$ we get {GRAD_X2}.",                                  # x_1 is 1: not the exercise's point
    f"At the third point we get {GRAD_X2}.",                             # two datapoints only
    "At the first point the hidden layer gives $(1, 2)$.",               # a layer's width, no gradient
    f"At the first point the kernel gives {GRAD_X1}.",                   # about the kernel
    f"At $x_1$ and at $x_2$ we get {GRAD_X1}.",                          # two datapoints named
    f"At the second point the output is {GRAD_X2}.",                     # "is" without a gradient word
    "At the second point the hidden values grow, leaving $(2, 0, 1, 0, 2, 3)$.",   # a length of its own, alone
])
def test_vectors_that_are_no_gradient_at_a_point(tmp_path, notes):
    assert not gradient_judgements(tmp_path, IDENTITY_1_2_1, notes + "\n\n$K_{11} = 8$")


# two outputs (worked out by hand): W^{[1]} = 1, b^{[1]} = 1, W^{[2]} = (1, 2)ᵀ, b^{[2]} = (0, 0)ᵀ, identity,
# x = (1, 2): h = x + 1, θ = (W^{[1]}, b^{[1]}, W^{[2]}_1, W^{[2]}_2, b^{[2]}_1, b^{[2]}_2),
# ∇f_1(x) = (x, 1, x + 1, 0, 1, 0), ∇f_2(x) = (2x, 2, 0, x + 1, 0, 1)
TWO = problem([1, 1, 2], "identity", [1, 2], W1=[[1]], b1=[1], W2=[[1], [2]], b2=[0, 0])


def test_vectors_first_then_their_datapoints(tmp_path):
    notes = f"The gradient vectors are {GRAD_X1} at $x_1$ and {GRAD_X2} at $x_2$."
    out, first = verdicts(tmp_path, IDENTITY_1_2_1, notes)
    assert out[1] == ["correct", "correct"] and first == 0


@pytest.mark.parametrize("line, expected", [
    ("The gradient vectors for output 1 are $(1, 1, 2, 0, 1, 0)$ at $x_1$ and $(2, 1, 3, 0, 1, 0)$ at $x_2$.",
     ["correct", "correct"]),
    ("Stakka vektorar fyrir úttak 2: $(2, 2, 0, 2, 0, 1)$ í $x_1$.", ["correct"]),
    ("Für Ausgabe 2 lauten die Gradientenvektoren $(2, 2, 0, 2, 0, 2)$ bei $x_1$.", ["wrong"]),
])
def test_vectors_of_one_output_of_two(tmp_path, line, expected):
    out, _ = verdicts(tmp_path, TWO, line)
    assert out[1] == expected


def test_no_vector_of_two_outputs_without_the_output_named(tmp_path):
    notes = "The gradient vectors are $(1, 1, 2, 0, 1, 0)$ at $x_1$.\n\n$K_{11} = 8$"
    assert not [j for j in problem_report(tmp_path, TWO, notes).judgements if j.line == 1]


def test_a_vector_of_a_layers_width_first_is_no_gradient(tmp_path):
    assert not gradient_judgements(tmp_path, IDENTITY_1_2_1, "The hidden vector is $(1, 2)$ at $x_1$.\n\n$K_{11} = 8$")
