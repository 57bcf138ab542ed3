"""The hidden units' values at a datapoint said in words (``At $x_1 = 1$ the pre-activations are $1$ and $1$, and
at $x_2$ they are $3$ and $-1$``), one number per unit, in English, Icelandic and German: each unit's
pre-activation z or activation a there (symntk.check.unit_words; invented notes).

The network (worked out by hand): W^{[1]} = (1, −1)ᵀ, b^{[1]} = (0, 2)ᵀ, W^{[2]} = (1, 2), b^{[2]} = 0, relu,
x = (1, 3): z(x) = (x, 2 − x), so z(x_1) = (1, 1) = a(x_1), z(x_2) = (3, −1) and a(x_2) = (3, 0);
∇f(x_1) = (W^{[2]}_1 x, W^{[2]}_2 x, W^{[2]}_1, W^{[2]}_2, a_1, a_2, 1) = (1, 2, 1, 2, 1, 1, 1), K_11 = 13.
"""

import pytest
from check_helpers import problem, verdicts

from symntk.check import check_text

RELU = problem([1, 2, 1], "relu", [1, 3], W1=[[1], [-1]], b1=[0, 2], W2=[[1, 2]], b2=0)
K = "\n\n$K_{11} = 13$"   # ∇f(x_1) = (1, 2, 1, 2, 1, 1, 1): K_11 = 13, a claim of its own on line 3


@pytest.mark.parametrize("line", [
    "At $x_1 = 1$ the pre-activations are $1$ and $1$, and at $x_2 = 3$ they are $3$ and $-1$.",
    "The hidden pre-activations at the first point are $1$ and $1$; at the second point they are $3$ and $-1$.",
    "Í $x_1$ eru forvirkjanirnar $1$ og $1$ og í $x_2$ eru þær $3$ og $-1$.",
    "Bei $x_1$ sind die Präaktivierungen $1$ und $1$, bei $x_2$ sind sie $3$ und $-1$.",
])
def test_pre_activations_at_both_points_are_right(tmp_path, line):
    out, first = verdicts(tmp_path, RELU, line)
    assert out[1] == ["correct"] * 4 and first == 0


def test_activations_are_after_relu(tmp_path):
    out, first = verdicts(tmp_path, RELU, "At the second point the hidden values are $3$ and $0$." + K)
    assert out[1] == ["correct", "correct"] and out[3] == ["correct"] and first == 0
    out, first = verdicts(tmp_path, RELU, "At the second point the hidden values are $3$ and $-1$." + K)
    assert out[1] == ["correct", "wrong"] and first == 1   # relu(−1) = 0, not the pre-activation


def test_a_wrong_pre_activation_is_wrong(tmp_path):
    out, first = verdicts(tmp_path, RELU, "Bei $x_2$ sind die Präaktivierungen $3$ und $1$." + K)
    assert out[1] == ["correct", "wrong"] and first == 1


@pytest.mark.parametrize("line", [
    "At $x_1$ the derivatives of the activations are $1$ and $1$.",   # about derivatives
    "At $x_1$ the pre-activations are $1$, $1$ and $2$.",              # three numbers, two units
    "At $x_1 = 2$ the pre-activations are $2$ and $0$.",               # x_1 is 1
    "At $x_2$ they are $3$ and $-1$.",                                  # "they" with nothing named before
])
def test_sentences_that_give_no_unit_values(tmp_path, line):
    path = tmp_path / "p.toml"
    path.write_text(RELU, encoding="utf-8")
    report = check_text(line + K, "notes.md", path)
    assert not [j for j in report.judgements if j.line == 1]
