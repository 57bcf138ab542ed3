"""A derivative list under a heading that names no datapoint: ``parameter: formula`` items with their values at
the datapoints in order, and sub-labels or headings that name the datapoint by its value (invented notes).

Expected values worked out by hand: f(x) = W2 (W1 x + b1) + b2 with W1 = 2, b1 = 0, W2 = 3, b2 = 1, datapoints
x_1 = 1, x_2 = 2: ∂f/∂W1 = W2 x = 3x (3 at x_1, 6 at x_2), ∂f/∂b1 = W2 = 3, ∂f/∂W2 = W1 x + b1 = 2x (2 at x_1,
4 at x_2), ∂f/∂b2 = 1.
"""

import pytest
from check_helpers import notes_verdicts

from symntk.check.derivative_lists import derivative_lists
from symntk.check.derivative_sections import derivative_sections

HEAD = "Given: W1 = 2, b1 = 0, W2 = 3, b2 = 1, x_1 = 1, x_2 = 2\n\n"


def test_formula_items_with_their_values_in_order():
    """W1: W2 x = 3x, 3 and 6 are right; W2: W1 x + b1 = 2x and 2 at x_1 are right, 5 at x_2 is wrong (4)."""
    notes = HEAD + "The partials:\n- $W1$: $W2 x = 3x$, so $3$ and then $6$;\n" \
        "- second weight $W2$: $W1 x + b1 = 2x$, so $2$ at $x_1$ and $5$ at $x_2$.\n"
    verdicts, first = notes_verdicts(notes)
    assert verdicts[4] == ["correct"] * 4
    assert sorted(verdicts[5]) == ["correct"] * 3 + ["wrong"]
    assert first == 5


def test_a_wrong_formula_item_is_wrong():
    """b1: W1 = 2 is wrong (∂f/∂b1 = W2 = 3), with its values 2 and 2 (true 3 and 3)."""
    verdicts, first = notes_verdicts(HEAD + "Derivatives:\n\n- $b_1$: $W1 = 2$ → 2, 2\n")
    assert "wrong" in verdicts[5] and "correct" not in verdicts[5]
    assert first == 5


@pytest.mark.parametrize("label", ["at x = 2:", "**für $x=2$**", "- við x = 2:"])
def test_a_sub_label_names_the_datapoint_by_its_value(label):
    """Under "Derivatives:", a label for x = 2 (the datapoint x_2): W1: 6 and b1: 3 are right, W2: 5 is wrong (4)."""
    verdicts, first = notes_verdicts(HEAD + "Derivatives:\n" + label + "\n- W1: 6\n- $b_1$: $3$\n- W2: 5\n")
    assert (verdicts[5], verdicts[6], verdicts[7]) == (["correct"], ["correct"], ["wrong"])
    assert first == 7


def test_a_heading_names_the_datapoint_by_its_value():
    """"Ableitungen für x=1": W1: 3 (3·1) and W2: 2 are right at x_1; b1: 2 is wrong (3)."""
    verdicts, first = notes_verdicts(HEAD + "Ableitungen für x=1\nW1: 3\nW2: 2\nb1: 2\n")
    assert (verdicts[4], verdicts[5], verdicts[6]) == (["correct"], ["correct"], ["wrong"])
    assert first == 6


def test_the_rewrite_keeps_lines():
    text = "Derivatives:\n- first $w_{2}$: $u x = 3x$, so $3$ and then $6$;\nat x = -1:\n W1: 4\n"
    assert derivative_sections(text).split("\n") == [
        "Derivatives:",
        "- first $\\partial f/\\partial w_{2} = u x = 3x$, so $\\partial f/\\partial w_{2}(x_1) = 3$ and "
        "$\\partial f/\\partial w_{2}(x_2) = 6$;",
        "at x = -1:", " ∂f(-1)/∂W1 = 4", ""]


def test_a_formula_alone_is_the_derivative_in_general():
    assert derivative_sections("Gradient\n$W1: v x$\n").split("\n")[1] == "$\\partial f/\\partial W1 = v x$"


@pytest.mark.parametrize("text", [
    "Weights:\n- $W1$: $W2 x = 3x$, so $3$ and $6$\n",             # not a derivative heading
    "Derivatives:\n- $W1$: $(3x, 1)$, so $3$ and $6$\n",           # a vector, not one formula
    "Derivatives:\n- $W1$: $3x$, so $6$ at $x_2$ and $3$ at $x_1$\n",   # datapoints out of order
    "Derivatives:\n- $W1$: $3x$, so $3$\n",                         # one value: which datapoint is not said
    "Derivatives:\n- $\\theta$: $3x$, so $3$ and $6$\n",            # θ itself is no parameter
    "Derivatives:\nsee the table\n- $W1$: $3x$, so $3$ and $6$\n",  # the list must follow the heading
    "Derivatives:\n- $W1$: $\\text{same as before}$\n"])           # words, not a formula
def test_other_lines_are_left_alone(text):
    assert derivative_sections(text) == text


@pytest.mark.parametrize("text", [
    "Derivatives at x = 1 and x = 2:\nW1: 3\n",   # two values: which datapoint is not said
    "Derivatives at x = (1, 2):\nW1: 3\n"])       # a vector
def test_headings_with_several_values_are_left_alone(text):
    assert derivative_lists(text) == text
