"""One value for every weight and every bias said in words (``all weights are 3 and all biases 1``, ``alle
Gewichte 3``, ``every w = 3, b's = 1``), with the learner's own letters or with W^{[l]} names.

The notes are invented for these tests; verdicts worked out by hand: f(x) = w_2(w_1 x + b_1) + b_2 with every
weight 3 and every bias 1 has gradient (w_1, b_1, w_2, b_2) ↦ (3x, 3, 3x + 1, 1): at x_1 = 1 (3, 3, 4, 1), at
x_2 = 2 (6, 3, 7, 1); K_11 = 9 + 9 + 16 + 1 = 35, K_12 = 18 + 9 + 28 + 1 = 56, K_22 = 36 + 9 + 49 + 1 = 95.
"""

import pytest
from check_helpers import notes_verdicts

from symntk.check.named_values import _all_of_a_kind

from reference import exact_jacobian, gram

OWN = "$f(x) = w_2(w_1 x + b_1) + b_2$\n"
LAYERED = "$f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]}$\n"
WORK = ("\n"
        "Datapoints $x_1 = 1$, $x_2 = 2$.\n"    # 4
        "\n"
        "$K_{11} = 35$\n"                        # 6
        "\n"
        "$K_{12} = 55$\n"                        # 8
        "\n"
        "$K_{22} = 95$\n")                       # 10


def test_the_invented_network_independently():
    rows = exact_jacobian([3, 1, 3, 1], [1, 1, 1], ["identity"], [[1], [2]])
    assert rows == [[3, 3, 4, 1], [6, 3, 7, 1]]
    assert gram(rows) == [[35, 56], [56, 95]]


@pytest.mark.parametrize("formula", [OWN, LAYERED])
@pytest.mark.parametrize("words", ["All weights are 3 and all biases 1.", "alle Gewichte sind 3, alle Biases 1",
                                   "every w = 3, b's = 1", "tous les poids valent 3 et tous les biais 1",
                                   "todos los pesos son 3 y todos los sesgos 1", "alla vikter är 3, alla bias 1"])
def test_one_value_for_every_weight_and_bias(formula, words):
    out, first = notes_verdicts(formula + words + "\n" + WORK)
    assert out[6] == ["correct"]
    assert out[8] == ["wrong"]
    assert out[10] == ["correct"]
    assert first == 8


@pytest.mark.parametrize("text, expected", [
    ("all W = 2, all b = -1", {"W": 2, "b": -1}),
    ("all w's = 4, b's = 0", {"W": 4, "b": 0}),
    ("each weight is 0.5", {"W": 0.5}),
    ("allir vigtir eru 1 og allar hliðranir 0", {"W": 1, "b": 0}),
    ("for all w_1 = 3", {}),          # a name with an index is not a kind
    ("small b = 0", {}),              # no quantifier
    ("install w = 2", {}),            # 'all' inside a word
    ("all weights have been updated 3 times", {}),
])
def test_which_words_give_one_value(text, expected):
    assert {k: float(v[0].value) for k, v in _all_of_a_kind(text).items()} == expected


SMALL = (r"$f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]}$, $W^{[1]} = \left(\begin{smallmatrix}2\\-1"
         r"\end{smallmatrix}\right)$, $b^{[1]} = \left(\begin{smallmatrix}0\\0\end{smallmatrix}\right)$, "
         r"$b^{[2]} = 0$, $W^{[2]} = \left(\begin{smallmatrix}1 & 1\end{smallmatrix}\right)$"
         ", $x_1 = 1$, $x_2 = 2$\n\n")


@pytest.mark.parametrize("column, verdict", [(r"1\\1\\1\\1\\2\\-1\\1", "correct"),
                                             (r"1\\1\\1\\1\\2\\1\\1", "wrong")])
def test_a_smallmatrix_gradient_is_a_column(column, verdict):
    # f = (2x + b_1) + (-x + b_2) + c: ∇f(1) = (W^{[2]} x, W^{[2]}, h, 1) = (1, 1, 1, 1, 2, -1, 1) by hand
    notes = SMALL + r"$\nabla_\theta f(x_1) = \left(\begin{smallmatrix}" + column + r"\end{smallmatrix}\right)$" + "\n"
    out, _ = notes_verdicts(notes)
    assert out[3] == [verdict]
