"""A sentence that says the order of the parameters does not matter drops nothing (symntk.check.dropped_words);
invented notes in English, Dutch, German and French."""

import pytest
from check_helpers import GRAD_X1, GRAD_X2, IDENTITY_1_2_1, NETWORK_HEAD, verdicts

from symntk.check.dropped_words import dropped_names

HEAD = NETWORK_HEAD + f"The gradient at $x_1$ is {GRAD_X1} and at $x_2$ it is {GRAD_X2}.\n\n"


@pytest.mark.parametrize("sentence", [
    "The ordering of $W^{[2]}$ and $b^{[1]}$ inside $\\theta$ is irrelevant.",
    "De volgorde van $b^{[1]}$ en $W^{[2]}$ in $\\theta$ maakt niet uit.",
    "Die Reihenfolge von $W^{[1]}$ und $b^{[2]}$ in $\\theta$ spielt keine Rolle.",
    "L'ordre de $b^{[2]}$ et $W^{[1]}$ dans $\\theta$ ne change rien.",
    "Het maakt niet uit of je $b^{[2]}$ eerst schrijft.",
])
def test_order_of_the_parameters_drops_nothing(tmp_path, sentence):
    """The gradients (check_helpers, both correct) keep every parameter; the sentence says only that the order of
    the parameters in θ does not matter (true): it is no claim that a parameter contributes nothing (which would
    be judged wrong, each of them having a nonzero derivative), so no line is wrong."""
    lines, first = verdicts(tmp_path, IDENTITY_1_2_1, HEAD + sentence + "\n")
    assert first == 0 and "wrong" not in lines.get(5, [])


def test_dropping_in_dutch_still_names_the_parameter():
    """``$c_2$ laat ik weg omdat het alleen f verschuift``: a dropping clause (no order, no whether), its name c_2."""
    assert dropped_names("$c_2$ laat ik weg omdat het alleen f verschuift") == [["c_2"]]
