"""Words that single out the active unit, or one unit's own pre-activation, make a bare slope about one hidden unit
(one_unit_words).

The problem: widths 1-2-1, relu, W^{[1]} = (1, −1)ᵀ, b^{[1]} = (0, 1)ᵀ, W^{[2]} = (2, 1), b^{[2]} = 0, x = (2, −1).
At x_1 = 2: z = (2, −1), so unit 1 is on (relu' = 1) and unit 2 off (relu' = 0): ``relu' = 1`` is right about the
active unit and wrong about every unit.
"""

import pytest

from tests.check_helpers import problem, verdicts

RELU = problem([1, 2, 1], "relu", [2, -1], W1=[[1], [-1]], b1=[0, 1], W2=[[2, 1]], b2=0)
HEAD = "Network $f(x) = W^{[2]}\\mathrm{relu}(W^{[1]}x + b^{[1]}) + b^{[2]}$.\n\n"


@pytest.mark.parametrize("words", [
    "for the active one",
    "the unit that fires has",
    "für das aktive Neuron ist",
    "virka einingin:",
    "o neurônio ativo tem",
    "激活的神经元",
])
def test_the_active_unit_in_words(tmp_path, words):
    """x_1 = 2: z = (2, −1), <words> relu' = 1: about unit 1, right."""
    notes = HEAD + f"$x_1 = 2$: $z = (2, -1)$, {words} $\\mathrm{{relu}}' = 1$\n"
    lines, first = verdicts(tmp_path, RELU, notes)
    assert lines[3] == ["correct", "correct"] and first == 0


def test_one_units_pre_activation_named(tmp_path):
    """"z_1 = 2 > 0 so relu' = 1" and "relu' = 1 for z_1": unit 1's slope, right."""
    notes = HEAD + "$x_1 = 2$: $z_1 = 2 > 0$ so $\\mathrm{relu}' = 1$\n\n" \
                   "$x_1 = 2$: $z = (2, -1)$, $\\mathrm{relu}' = 1$ for $z_1$\n"
    lines, first = verdicts(tmp_path, RELU, notes)
    assert lines[3] == ["correct", "correct"] and lines[5] == ["correct", "correct"] and first == 0


def test_both_units_active_is_still_every_unit(tmp_path):
    """"both units are active, relu' = 1" and "alle Neuronen aktiv": every unit, wrong (unit 2 has slope 0)."""
    notes = HEAD + "$x_1 = 2$: $z = (2, -1)$, both units are active, $\\mathrm{relu}' = 1$\n\n" \
                   "$x_1 = 2$: $z = (2, -1)$, alle Neuronen aktiv, $\\mathrm{relu}' = 1$\n"
    lines, first = verdicts(tmp_path, RELU, notes)
    assert lines[3] == ["correct", "wrong"] and lines[5] == ["correct", "wrong"] and first == 3
