"""A dot typed against two indexed names of one letter is their inner product (``K12 = g1.g2 = …``), and nothing
else is: a decimal, names of two letters.

f = θ_3(θ_1 x + θ_2) + θ_4, θ = (2, 1, 3, 0), x_1 = 1, x_2 = 2 (THETA_HEAD): ∇f = (3x, 3, 2x + 1, 1) (by hand), so
g1 = (3, 3, 3, 1), g2 = (6, 3, 5, 1), K_11 = 9 + 9 + 9 + 1 = 28, K_12 = 18 + 9 + 15 + 1 = 43.
"""

import pytest
from check_helpers import THETA_HEAD, notes_verdicts

from symntk.check.normalise import normalise


@pytest.mark.parametrize("written, read", [
    ("g1.g2", "g1 \\cdot g2"),
    ("g_{1}.g_{2}", "g_{1} \\cdot g_{2}"),
    ("x1.5", "x1.5"),               # a number after the dot: no product
    ("g1.h2", "g1.h2"),             # two letters: not said to be one vector's two values
    ("g12.g2", "g12.g2"),           # an index of two digits is no datapoint's
])
def test_only_one_letters_two_indexed_names_take_the_dot(written, read):
    assert normalise(written) == normalise(read)


def test_the_glued_dot_product_of_the_learners_gradients_is_judged():
    notes = THETA_HEAD + ("g1 = [3, 3, 3, 1]\ng2 = [6, 3, 5, 1]\n\n"       # lines 5, 6
                          "K11 = g1.g1 = 9+9+9+1 = 28\nK12 = g1.g2 = 18+9+15+1 = 44\n")   # lines 8, 9
    lines, first = notes_verdicts(notes)
    assert lines[8] == ["correct", "correct"] and lines[9] == ["correct", "wrong"] and first == 9
