"""Words that say formulas are for a unit that is on make a derivative with relu' left out right (active_words).

The problem: widths 1-2-1, W^{[1]} = (1, −1)ᵀ, b^{[1]} = (0, 1)ᵀ, W^{[2]} = (2, 1), b^{[2]} = 0, x = (2, −1).
By the chain rule ∂f/∂W^{[1]}_{11} = W^{[2]}_{11} φ′(W^{[1]}_{11} x + b^{[1]}_1) x and ∂f/∂b^{[1]}_2 =
W^{[2]}_{12} φ′(z_2); for ReLU φ′(z) = 1 when z > 0, so for an active unit they are W^{[2]}_{11} x and W^{[2]}_{12};
for tanh φ′ is 1 − tanh² and never 1 on a whole side, so leaving it out stays wrong.
"""

import pytest

from symntk.check.active_words import active_lines
from tests.check_helpers import problem, verdicts

RELU = problem([1, 2, 1], "relu", [2, -1], W1=[[1], [-1]], b1=[0, 1], W2=[[2, 1]], b2=0)
TANH = problem([1, 2, 1], "tanh", [2, -1], W1=[[1], [-1]], b1=[0, 1], W2=[[2, 1]], b2=0)
HEAD = "Network $f(x) = W^{[2]}\\mathrm{relu}(W^{[1]}x + b^{[1]}) + b^{[2]}$.\n\n"
DERIVATIVES = ("$\\frac{\\partial f}{\\partial W^{[1]}_{11}} = W^{[2]}_{11} x$, "
               "$\\frac{\\partial f}{\\partial b^{[1]}_{2}} = W^{[2]}_{12}$\n")


@pytest.mark.parametrize("words", [
    "Derivatives (for a unit that is on):\n",
    "For an active unit:\n",
    "When the unit is active:\n",
    "On the linear part, for z > 0:\n",
])
def test_derivative_for_an_active_unit(tmp_path, words):
    """<words> then ∂f/∂W_11 = W^{[2]}_11 x, ∂f/∂b_2 = W^{[2]}_12: relu' = 1 there, right."""
    lines, first = verdicts(tmp_path, RELU, HEAD + words + DERIVATIVES)
    assert lines[4] == ["correct", "correct"] and first == 0


def test_without_the_words_the_slope_is_missing(tmp_path):
    """The same derivatives with no words about active units: φ′ left out, wrong."""
    lines, first = verdicts(tmp_path, RELU, HEAD + "Derivatives:\n" + DERIVATIVES)
    assert lines[4] == ["wrong", "wrong"] and first == 4


def test_tanh_slope_is_never_one(tmp_path):
    """For tanh, "for an active unit" does not make φ′ = 1: still wrong."""
    notes = HEAD.replace("relu", "tanh") + "For an active unit:\n" + DERIVATIVES
    lines, first = verdicts(tmp_path, TANH, notes)
    assert lines[4] == ["wrong", "wrong"] and first == 4


def test_words_cover_lines_after_a_colon_until_a_blank_line():
    """A line ending in ':' covers the lines after it up to a blank line; other lines only themselves."""
    text = "for an active unit:\na\nb\n\nc\nd (unit on)\ne\n"
    assert active_lines(text) == {1, 2, 3, 6}
