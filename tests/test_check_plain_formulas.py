"""The network formula in names that are not layers (θ_3(θ_1 x + θ_2) + θ_4): written at a datapoint it is f there,
and its plain parentheses say the activation is the identity, whatever activation the prose mentions.

THETA_HEAD (check_helpers): θ = (2, 1, 3, 0), x_1 = 1, x_2 = 2, f(x) = θ_3(θ_1 x + θ_2) + θ_4, so
f(x_1) = 3·(2 + 1) + 0 = 9 and f(x_2) = 3·(4 + 1) + 0 = 15."""

from tests.check_helpers import THETA_HEAD, notes_verdicts


def test_formula_at_a_datapoint_is_f_there():
    """f(x_2) = θ_3(θ_1 x_2 + θ_2) + θ_4 is the general formula at x_2 (right), then = 15 (right)."""
    lines, first = notes_verdicts(THETA_HEAD + "$f(x_2) = \\theta_3(\\theta_1 x_2 + \\theta_2) + \\theta_4 = 15$\n")
    assert lines[5] == ["correct", "correct"] and first == 0


def test_wrong_formula_at_a_datapoint_stays_wrong():
    """θ_3 θ_4 for θ_4 at x_2: 3·(2·2 + 1) + 3·0 = 15 all the same, but the formula is not f: wrong."""
    notes = THETA_HEAD + "$f(x_2) = \\theta_3(\\theta_1 x_2 + \\theta_2) + \\theta_3 \\theta_4$\n"
    lines, first = notes_verdicts(notes)
    assert lines[5] == ["wrong"] and first == 5


def test_formula_dropping_a_zero_parameter_stays_wrong():
    """θ_4 left out (its value is 0): the formula written by name is not f: wrong."""
    lines, first = notes_verdicts(THETA_HEAD + "$f(x_1) = \\theta_3(\\theta_1 x_1 + \\theta_2)$\n")
    assert lines[5] == ["wrong"]


def test_prose_about_relu_does_not_change_the_network():
    """"ReLU' is 1 where z > 0" in prose: the formula's plain parentheses still say identity, so f(x) as written
    is right and f(x_1) = 9, f(x_2) = 15 (with ReLU these would be the same here, the f line is what changes)."""
    notes = THETA_HEAD + "Remember that ReLU' equals 1 where $z > 0$.\n\n$f(x_1) = 9$\n\n$f(x_2) = 15$\n"
    lines, first = notes_verdicts(notes)
    assert lines[3] == ["correct"] and lines[7] == ["correct"] and first == 0


def test_negative_preactivation_shows_identity():
    """θ = (-1, 1, 2, 1), x_1 = 3, x_2 = 0: with the identity f(x_1) = 2·(−3 + 1) + 1 = −3 (ReLU would give 1),
    f(x_2) = 2·1 + 1 = 3; the prose names tanh and ReLU, the formula has plain parentheses."""
    notes = ("W1 = -1, b1 = 1, W2 = 2, b2 = 1 ; x_1 = 3, x_2 = 0\n\n"
             "$f(x) = \\theta_3(\\theta_1 x + \\theta_2) + \\theta_4$\n\n"
             "Unlike tanh or ReLU nets, nothing bends here.\n\n$f(x_1) = -3$\n\n$f(x_2) = 3$\n")
    lines, first = notes_verdicts(notes)
    assert lines[7] == ["correct"] and lines[9] == ["correct"] and first == 0


def test_relu_in_the_formula_is_kept():
    """f(x) = θ_3 relu(θ_1 x + θ_2) + θ_4 with θ = (-1, 1, 2, 1), x_1 = 3: relu(−2) = 0, f(x_1) = 1; −3 is wrong."""
    notes = ("W1 = -1, b1 = 1, W2 = 2, b2 = 1 ; x_1 = 3, x_2 = 0\n\n"
             "$f(x) = \\theta_3 \\mathrm{relu}(\\theta_1 x + \\theta_2) + \\theta_4$\n\n"
             "$f(x_1) = 1$\n\n$f(x_1) = -3$\n")
    lines, _ = notes_verdicts(notes)
    assert lines[5] == ["correct"] and lines[7] == ["wrong"]
