"""A derivative with respect to a parameter named in math, its value a plain number ending the sentence
(``the derivative with respect to $b^{[2]}$ is 1``), invented notes.

Linear network (by hand): f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]}, so ∂f/∂b^{[2]} = 1 everywhere.
"""

from check_helpers import problem, verdicts

from symntk.check.ordinal_results import value_after_math

LINEAR = problem([1, 2, 1], "identity", [1, 3], W1=[[2], [1]], b1=[1, 0], W2=[[1, 1]], b2=0)


def test_the_plain_value_after_the_math_is_made_math():
    assert value_after_math("The derivative with respect to $b^{[2]}$ is 1.") == \
        "The derivative with respect to $b^{[2]}$ is $1$."
    assert value_after_math("Afleiðan með tilliti til $b^{[2]}$ er 1.") == "Afleiðan með tilliti til $b^{[2]}$ er $1$."


def test_other_lines_are_left_alone():
    assert value_after_math("The derivative with respect to $b^{[2]}$ is 1 at both points.") is None   # not its end
    assert value_after_math("With $x = 1$ the value is 3.") is None                                      # no derivative
    assert value_after_math("The derivative with respect to $b^{[2]}$ is $1$.") is None                 # no plain value


def test_derivatives_said_with_a_plain_value_are_judged(tmp_path):
    notes = "\n\n".join(["The derivative with respect to $b^{[2]}$ is 1.",
                         "Afleiðan með tilliti til $b^{[2]}$ er 2."])
    out, first = verdicts(tmp_path, LINEAR, notes)
    assert out == {1: ["correct"], 3: ["wrong"]} and first == 3
