"""Words typed inside math with ``\\text{…}`` (web notebooks keep whole sentences in one ``$…$``): linking words
separate the claims around them, "at x_i" names the point, and nothing they touch is misread.

Expected verdicts by hand for the linear lecture example (f = W2(W1 x + b1) + b2, W1 = (1, 1)ᵀ, b1 = (0, 1)ᵀ,
W2 = (1, 0), b2 = 0, x_1 = 1, x_2 = 2): ∇f(x_1) = (1, 0, 1, 0, 1, 2, 1), ∇f(x_2) = (2, 0, 1, 0, 2, 3, 1),
K_11 = 8, K_12 = 12, K_22 = 19, P = 7.
"""

import pytest

from symntk.check import check_text
from symntk.check.normalise import normalise
from symntk.check.segment import Segment
from symntk.check.split import split_block

HEAD = (r"$f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$, $W^{[1]} = \begin{bmatrix}1\\1\end{bmatrix}$, "
        r"$b^{[1]} = \begin{bmatrix}0\\1\end{bmatrix}$, $W^{[2]} = \begin{bmatrix}1 & 0\end{bmatrix}$, "
        r"$b^{[2]} = 0$, $x_1 = 1$, $x_2 = 2$." "\n\n")


@pytest.mark.parametrize("math, pieces", [
    (r"\theta \in \mathbb{R}^{7} \text{, i.e. } P = 7", [r"\theta \in \mathbb{R}^{7}", "P = 7"]),
    (r"K_{11} = 8,\ \text{therefore}\ K_{12} = 12", ["K_{11} = 8", "K_{12} = 12"]),
    (r"K_{11} = 8 \text{ ist } K_{12} = 12", ["K_{11} = 8", "K_{12} = 12"]),
    (r"K_{11} = 8 \text{ donc } K_{12} = 12", ["K_{11} = 8", "K_{12} = 12"]),
])
def test_linking_words_separate_claims(math, pieces):
    assert [s.text for s in split_block(Segment(1, math, False))] == pieces


def test_a_word_that_names_an_operator_is_no_link():
    assert [s.text for s in split_block(Segment(1, r"\text{tr}\,K = 27", False))] == [r"\text{tr}\,K = 27"]


@pytest.mark.parametrize("written, read", [
    (r"\nabla_\theta f \text{ at } x_1", r"\nabla_\theta f(x_1)"),
    (r"\nabla f\ \text{bei}\ x = x_2", r"\nabla f(x_2)"),
    (r"f \text{ en } x^{(2)}", r"f(x^{(2)})"),
])
def test_at_a_datapoint_in_words_inside_math(written, read):
    assert normalise(written) == normalise(read)


def _verdicts(body: str) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for j in check_text(HEAD + body, "n.md").judgements:
        out.setdefault(j.line, []).append(j.verdict)
    return out


def test_sentences_in_math_are_judged():
    body = "\n\n".join([
        r"$\text{the gradient at } x_1 \text{ is } \nabla_\theta f(x_1) = (1, 0, 1, 0, 1, 2, 1)^T$",   # line 3
        r"$\theta \in \mathbb{R}^{7} \text{, i.e. } P = 7$",                                         # line 5
        r"$K_{11} = 8,\ \text{therefore}\ K_{12} = 13$",                                            # line 7: 13 wrong
        r"$\nabla_\theta f \text{ at } x_2 = (2, 0, 1, 0, 2, 3, 1)^T$",                              # line 9
    ]) + "\n"
    verdicts = _verdicts(body)
    assert verdicts[3] == ["correct"]
    assert set(verdicts[5]) == {"correct"}
    assert sorted(verdicts[7]) == ["correct", "wrong"]
    assert verdicts[9] == ["correct"]


def test_a_verb_between_a_name_and_a_value_is_never_misread():
    verdicts = _verdicts(r"$f(x_2) \text{ is } 3$" "\n")   # f(x_2) = 2: unread is fine, wrong is not
    assert "wrong" not in verdicts.get(3, [])
