"""A bare δ whose layer the line names in words (``Output layer: $\\delta = 1$``, ``the hidden error
$\\delta = (1, 2)^T$``) is that layer's δ (symntk.check.delta_layer_words).

Invented notes, worked by hand: W1 = (1, −1)^T, b1 = (0, 2)^T, W2 = (1, 2), b2 = 0, ReLU, at x_1 = 1: z = (1, 1),
both units active. The output is linear, so δ^{[2]} = ∂f/∂z^{[2]} = 1; the hidden error is
δ^{[1]} = (W^{[2]})^T ⊙ relu′(z^{[1]}) = (1, 2) ⊙ (1, 1) = (1, 2)^T.
"""

import pytest

from symntk.check import check_text
from symntk.check.delta_layer_words import delta_layer_words

HEAD = ("$W^{[1]} = [1, -1]^T$, $b^{[1]} = [0, 2]^T$, $W^{[2]} = [1, 2]$, $b^{[2]} = 0$, datapoints $x_1 = 1$, "
        "$x_2 = 3$, $\\phi = \\mathrm{relu}$.\n\nBackprop at $x_1 = 1$:\n\n")   # lines 1-4, judged line 5


def _line5(sentence: str) -> list[str]:
    return ["carried" if j.carried else j.verdict for j in check_text(HEAD + sentence + "\n", "notes.md").judgements
            if j.line == 5]


@pytest.mark.parametrize("sentence, verdicts", [
    ("Output layer: $\\delta = 1$.", ["correct"]),
    ("Output layer: $\\delta = 2$.", ["wrong"]),
    ("Hidden layer: $\\delta = (W^{[2]})^T \\odot \\operatorname{relu}'(z^{[1]})$", ["correct"]),
    ("Hidden layer at $x_1$: $\\delta = (1, 2)^T$", ["correct"]),
    ("Hidden layer at $x_1$: $\\delta = (1, 1)^T$", ["wrong"]),
    ("The output error is $\\delta = 1$ and the hidden error $\\delta = (1, 2)^T$.", ["correct", "correct"]),
])
def test_the_layer_named_in_words(sentence, verdicts):
    assert _line5(sentence) == verdicts


@pytest.mark.parametrize("text, read", [
    ("Output layer: $\\delta = 1$ ; $W^{[2]}$", "Output layer: $\\delta^{[2]} = 1$ ; $W^{[2]}$"),
    ("hidden error $δ = (1, 2)$ ; $W^{[2]}$", "hidden error $\\delta^{[1]} = (1, 2)$ ; $W^{[2]}$"),
    ("not the output layer: $\\delta = 1$ ; $W^{[2]}$", "not the output layer: $\\delta = 1$ ; $W^{[2]}$"),
    ("hidden layer: $\\delta = 1$ ; $W^{[3]}$", "hidden layer: $\\delta = 1$ ; $W^{[3]}$"),   # two hidden layers
    ("output layer: $\\delta_1 = 1$ ; $W^{[2]}$", "output layer: $\\delta_1 = 1$ ; $W^{[2]}$"),  # not bare
    ("$\\delta = 1$ ; $W^{[2]}$", "$\\delta = 1$ ; $W^{[2]}$"),                                   # no words
])
def test_which_delta_is_rewritten(text, read):
    assert delta_layer_words(text) == read
