"""A bare letter the learner defines as a whole layer of the sheet (``W = (W^{[1]})^T = …``, Goodfellow's
h = Wᵀx + c): the later members of that chain are judged against that layer, not against what the bare letter
would otherwise mean."""

from check_helpers import notes_verdicts

from symntk.check.named_layers import whole_layer
from symntk.check.syntax import parse

# W^{[1]} = (3, -2)^T (a column), b^{[1]} = (1, 0)^T, W^{[2]} = (2, 5) (a row), b^{[2]} = 1, identity:
# f(x) = 2(3x + 1) + 5(-2x) + 1 = -4x + 3
HEAD = ("Given $W^{[1]} = [3, -2]^\\top$, $b^{[1]} = [1, 0]^\\top$, $W^{[2]} = [2, 5]$, $b^{[2]} = 1$, no activation, "
        "$x_1 = 1$, $x_2 = 3$.\n\n")
REST = ("$$f(x) = w_1(W_{1,1}x + c_1) + w_2(W_{1,2}x + c_2) + b = -4x + 3$$\n\n"
        "$$\\theta = (W_{1,1}, W_{1,2}, c_1, c_2, w_1, w_2, b) = (3, -2, 1, 0, 2, 5, 1)$$\n")


def test_transposed_layer_under_a_bare_capital_is_right():
    """W = (W^{[1]})^T = (3, -2) as a row: the entries' names [W_{1,1}, W_{1,2}] and [3, -2] are both right on
    line 3 (bare W is not read as W^{[2]} = (2, 5))."""
    notes = HEAD + ("I write $h = W^\\top x + c$. So $W = (W^{[1]})^\\top = [W_{1,1}, W_{1,2}] = [3, -2]$.\n\n"
                    + REST)
    lines, first = notes_verdicts(notes)
    assert lines[3] == ["correct", "correct"] and first == 0


def test_a_swapped_entry_of_the_named_layer_is_wrong():
    """(W^{[1]})^T = (3, -2) written as the row (-2, 3): wrong on line 4."""
    notes = HEAD + ("My $W$ is the sheet's matrix transposed:\n"
                    "$$\\boldsymbol W = (W^{[1]})^\\top = \\begin{bmatrix} -2 & 3 \\end{bmatrix}$$\n\n" + REST)
    lines, first = notes_verdicts(notes)
    assert lines[4] == ["wrong"] and first == 4


def test_a_row_layer_written_as_a_column_is_the_same_vector():
    """(W^{[2]})^T: the column (2, 5) is right, the column (5, 2) wrong (both on line 4)."""
    notes = HEAD + ("Output weights:\n$$u = (W^{[2]})^\\top = \\begin{bmatrix} 2 \\\\ 5 \\end{bmatrix},\\quad "
                    "v = (W^{[2]})^\\top = \\begin{bmatrix} 5 \\\\ 2 \\end{bmatrix}$$\n\n" + REST)
    lines, first = notes_verdicts(notes)
    assert lines[4] == ["correct", "wrong"] and first == 4


def test_whole_layer_is_a_layer_alone():
    """W^{[2]}, (W^{[1]})^T and b^{[1]} are whole layers; W^{[1]}_{21} and W^{[2]} x are not."""
    assert all(whole_layer(parse(t).members[0].node) for t in ("W^{[2]}", "(W^{[1]})^\\top", "b^{[1]}"))
    assert not any(whole_layer(parse(t).members[0].node) for t in ("W^{[1]}_{21}", "W^{[2]} x"))


def test_entries_of_the_named_layer_are_its_entries():
    """W = (W^{[1]})^T = (3, -2), c = (1, 0)^T, w = (2, 5)^T, b = 1: θ = (W_{1,1}, W_{1,2}, c_1, c_2, w_1, w_2, b) is
    the sheet's θ in order (W_{1,2} is W^{[1]}_{21}) and 7 parameters: both read and right on line 5, no mistake."""
    notes = HEAD + ("Mine: $\\boldsymbol W = (W^{[1]})^\\top = [3\\ \\ {-2}]$, $\\boldsymbol c = [1, 0]^\\top$, "
                    "$\\boldsymbol w = [2, 5]^\\top$, $b = 1$.\n\n"
                    "$\\boldsymbol\\theta = (W_{1,1}, W_{1,2}, c_1, c_2, w_1, w_2, b)$, 7 parameters.\n")
    lines, first = notes_verdicts(notes)
    assert lines[5] == ["correct", "correct"] and first == 0
