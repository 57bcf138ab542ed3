"""The gradient written out in general and named in a sentence (``the gradient is $(…)$``, ``stigull $f_1$ er
$(…)$``, ``Afleiðurnar eru almennt $(…)$``, ``Die Ableitungen sind allgemein $(…)$``) is ∇θ f (invented notes).

One output (worked out by hand): W^{[1]} = (2, −1)ᵀ, b^{[1]} = (1, 0)ᵀ, W^{[2]} = (1, 3), b^{[2]} = 0, identity,
x = (1, −1): h = (2x + 1, −x), ∇f(x) = (W^{[2]}_{11}x, W^{[2]}_{12}x, W^{[2]}_{11}, W^{[2]}_{12}, h_1, h_2, 1) =
(x, 3x, 1, 3, 2x + 1, −x, 1).

Two outputs: W^{[1]} = 1, b^{[1]} = 1, W^{[2]} = (1, 2)ᵀ, b^{[2]} = (0, 0), identity, x = (1, 2): h = x + 1,
∇f_1 = (W^{[2]}_{11}x, W^{[2]}_{11}, h, 0, 1, 0) = (x, 1, x + 1, 0, 1, 0), ∇f_2 = (2x, 2, 0, x + 1, 0, 1).
"""

import pytest
from check_helpers import problem, verdicts

from symntk.check import check_text

ONE = problem([1, 2, 1], "identity", [1, -1], W1=[[2], [-1]], b1=[1, 0], W2=[[1, 3]], b2=0)
TWO = problem([1, 1, 2], "identity", [1, 2], W1=[[1]], b1=[1], W2=[[1], [2]], b2=[0, 0])
NAMES = r"(W^{[2]}_{11}x,\ W^{[2]}_{12}x,\ W^{[2]}_{11},\ W^{[2]}_{12},\ h_1,\ h_2,\ 1)"


@pytest.mark.parametrize("line, expected", [
    (f"The gradient is ${NAMES} = (x, 3x, 1, 3, 2x+1, -x, 1)$.", ["correct", "correct"]),
    ("Afleiðurnar eru almennt $(x, 3x, 1, 3, 2x+1, -x, 1)$.", ["correct"]),
    ("Die Ableitungen sind allgemein $(x, 3x, 1, 3, 2x+1, -x, 2)$.", ["wrong"]),
    ("The gradient is $(x, 3x, 1, 3, 2x, -x, 1)$.", ["wrong"]),
])
def test_a_general_gradient_in_a_sentence(tmp_path, line, expected):
    out, _ = verdicts(tmp_path, ONE, line)
    assert out[1] == expected


@pytest.mark.parametrize("line", [
    "The gradient is $(x, 3x, 1, 3, 2x+1)$.",            # five entries, not seven
    "The derivatives are $(a, b)$ and more.",
])
def test_a_vector_of_another_length_is_not_the_gradient(tmp_path, line):
    path = tmp_path / "p.toml"
    path.write_text(ONE, encoding="utf-8")
    report = check_text(line + "\n\n$K_{11} = 1$", "notes.md", path)
    assert not [j for j in report.judgements if j.line == 1]


def test_each_outputs_gradient_named_in_icelandic(tmp_path):
    notes = "\n\n".join([
        r"Stigull $f_1$ er $(W^{[2]}_{11}x, W^{[2]}_{11}, h, 0, 1, 0)$ og stigull $f_2$ er $(2x, 2, 0, h, 0, 1)$.",
        r"Afleiður af $f_2$: $(2x,\ 2,\ 0,\ h,\ 0,\ 2)$",
        "The gradient of $f_1$ is $(x, 1, x + 1, 0, 1, 0)$."])
    out, first = verdicts(tmp_path, TWO, notes)
    assert out[1] == ["correct", "correct"] and out[3] == ["wrong"] and out[5] == ["correct"] and first == 3
