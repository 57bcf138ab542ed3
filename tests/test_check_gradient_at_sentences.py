"""A gradient said at a datapoint in a sentence, in English, Icelandic and German: the point given with its value
(``the gradient at $x_1 = 1$ is $(…)$``), the point first (``At $x_2$ the gradient comes out to``, ``Í $x_1$ verður
stigullinn``, ``Bei $x_1$ ist der Gradient``), ``lautet``, ``ergibt sich zu`` (invented notes).

The network (worked out by hand): W^{[1]} = (1, 1)ᵀ, b^{[1]} = (0, 1)ᵀ, W^{[2]} = (1, 0), b^{[2]} = 0, identity,
x = (1, 2): h = (x, x + 1), ∇f(x) = (x, 0, 1, 0, x, x + 1, 1), so ∇f(x_1) = (1, 0, 1, 0, 1, 2, 1) and
∇f(x_2) = (2, 0, 1, 0, 2, 3, 1); K = [[8, 12], [12, 19]], tr K = 27.
"""

import pytest
from check_helpers import problem, verdicts

from symntk.check import check_text

ONE = problem([1, 2, 1], "identity", [1, 2], W1=[[1], [1]], b1=[0, 1], W2=[[1, 0]], b2=0)
G1, G2 = "$(1, 0, 1, 0, 1, 2, 1)$", "$(2, 0, 1, 0, 2, 3, 1)$"
BAD2 = "$(2, 0, 1, 0, 2, 3, 2)$"   # the last entry (∂f/∂b^{[2]} = 1) written 2


@pytest.mark.parametrize("line", [
    f"Evaluating everything, the gradient at $x_1 = 1$ is {G1} and the gradient at $x_2 = 2$ is {G2}.",
    f"At $x_1$ the gradient is {G1}, and at $x_2$, the gradient comes out to {G2}.",
    f"Í $x_1 = 1$ verður stigullinn {G1}. Stigullinn í $x_2$ er {G2}.",
    f"Bei $x_1$ ist der Gradient {G1}. Der Gradient bei $x_2 = 2$ lautet {G2}.",
    f"Der Gradient bei $x_1$ ergibt sich zu {G1}, bei $x_2$ ist der Gradient {G2}.",
])
def test_both_gradients_said_in_a_sentence_are_right(tmp_path, line):
    out, first = verdicts(tmp_path, ONE, line)
    assert out[1] == ["correct", "correct"] and first == 0


@pytest.mark.parametrize("line", [
    f"At $x_2$, the gradient comes out to {BAD2}.",
    f"Í $x_2$ verður stigullinn {BAD2}.",
    f"Der Gradient bei $x_2$ ergibt sich zu {BAD2}.",
])
def test_a_wrong_gradient_said_in_a_sentence_is_wrong(tmp_path, line):
    out, first = verdicts(tmp_path, ONE, line)
    assert out[1] == ["wrong"] and first == 1


def test_a_point_whose_value_is_not_the_datapoints_names_no_gradient(tmp_path):
    path = tmp_path / "p.toml"
    path.write_text(ONE, encoding="utf-8")
    report = check_text(f"The gradient at $x_1 = 2$ is {G2}.\n\n$K_{{11}} = 8$", "notes.md", path)
    assert not [j for j in report.judgements if j.kind == "gradient_vector"]


def test_a_vector_of_another_length_is_no_gradient(tmp_path):
    out, _ = verdicts(tmp_path, ONE, "At $x_1$ the gradient is $(1, 2)$.\n\n$K_{11} = 8$")
    assert 1 not in out and out[3] == ["correct"]


def test_the_trace_comes_out_to(tmp_path):
    out, _ = verdicts(tmp_path, ONE, "The trace comes out to $27$, the determinant comes out to $9$.")
    assert out[1] == ["correct", "wrong"]
