"""A layer the notes describe only in words is taken from θ written with its values, in the sheet's order, when the
listing agrees with every layer they do give; a learner's own entry names beside layers given whole are theirs.

Invented exercise: f: R² → R, W^{[1]} = [[1, 0], [1, 1]], b^{[1]} = [1, 0]ᵀ, W^{[2]} = [2, 1], b^{[2]} = 1,
x₁ = (1, 1)ᵀ, x₂ = (2, 0)ᵀ. By hand: h(x₁) = (2, 2), ∇f(x₁) = (2, 2, 1, 1, 2, 1, 2, 2, 1);
h(x₂) = (3, 2), ∇f(x₂) = (4, 0, 2, 0, 2, 1, 3, 2, 1); K₁₁ = 24, K₁₂ = 26, K₂₂ = 39."""

import pytest

from symntk.check import check_text
from symntk.errors import InputError

HEAD = r"""Given $f:\mathbb{R}^2 \to \mathbb{R}$, $f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$, where $W^{[1]}$ has
rows one-zero and one-one, $b^{[1]} = [1, 0]^T$, $W^{[2]} = [2, 1]$ and $b^{[2]} = 1$.
Points $x_1 = (1, 1)^T$ and $x_2 = (2, 0)^T$.

"""


def _verdicts(report) -> list[tuple[int, str]]:
    return [(j.line, "carried" if j.carried else j.verdict) for j in report.judgements]


def test_the_layer_in_words_comes_from_theta_with_its_values():
    notes = HEAD + "$\\theta = (1, 0, 1, 1, 1, 0, 2, 1, 1)$\n\n$K_{11} = 24$\n\n$K_{12} = 25$\n\n$K_{22} = 39$\n"
    report = check_text(notes, "n.md")
    assert _verdicts(report)[-3:] == [(7, "correct"), (9, "wrong"), (11, "correct")]
    assert report.exit_code == 1


def test_a_theta_that_disagrees_with_a_given_layer_fills_nothing():
    notes = HEAD + "$\\theta = (1, 0, 1, 1, 0, 1, 2, 1, 1)$\n\n$K_{11} = 24$\n"   # b^{[1]} slice (0, 1)
    with pytest.raises(InputError):
        check_text(notes, "n.md")


def test_own_entry_names_beside_layers_given_whole_are_the_learners():
    notes = ("Given $f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$ with\n"
             "w = $W^{[1]} = [1, 1]^T$, b1 = $[0, 1]^T$, v = $W^{[2]} = [1, 0]$, c = $b^{[2]} = 0$;\n"
             "$x_1 = 1$, $x_2 = 2$.\n\n"
             "$h_1 = w_1 x + b_1$, $h_2 = w_2 x + b_2$, so $f(x) = v_1(w_1 x + b_1) + v_2(w_2 x + b_2) + c$\n\n"
             "$K_{12} = 12$\n")
    report = check_text(notes, "n.md")
    assert report.exit_code == 0 and ("correct" in {v for _, v in _verdicts(report)})
    assert (7, "correct") in _verdicts(report)
