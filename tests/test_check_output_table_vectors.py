"""A table with one row per output and one column per datapoint whose cells are vectors: each cell is that output's
gradient at the datapoint, ``| f_1 | (1, 1, 2, 0, 1, 0) |`` is ∇θ f_1(x_1) (symntk/check/tables.py)."""

from check_helpers import notes_verdicts

# Worked by hand: h = W1 x + b1 = x + 1, f_o = W2_o h + b2_o, θ = (W1, b1, W2_1, W2_2, b2_1, b2_2):
# ∇f_1 = (W2_1 x, W2_1, h, 0, 1, 0) = (1, 1, 2, 0, 1, 0) at x_1 = 1 and (2, 1, 3, 0, 1, 0) at x_2 = 2;
# ∇f_2 = (W2_2 x, W2_2, 0, h, 0, 1) = (2, 2, 0, 2, 0, 1) at x_1 and (4, 2, 0, 3, 0, 1) at x_2.
HEAD = ("$f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$, $W^{[1]} = 1$, $b^{[1]} = 1$, $W^{[2]} = [1, 2]^T$, "
        "$b^{[2]} = [0, 0]^T$; $x_1 = 1$, $x_2 = 2$.\n\n"
        "$\\theta = (W^{[1]}, b^{[1]}, W^{[2]}_1, W^{[2]}_2, b^{[2]}_1, b^{[2]}_2)$\n\n")
TABLE = ("| | $x_1 = 1$ | $x_2 = 2$ |\n|---|---|---|\n| $f_1$ | (1, 1, 2, 0, 1, 0) | (2, 1, 3, 0, 1, 0) |\n"
         "| $f_2$ | {first} | (4, 2, 0, 3, 0, 1) |\n")


def test_vector_cells_of_output_rows_are_gradients():
    notes = HEAD + TABLE.format(first="(2, 2, 0, 2, 0, 1)")
    lines, first = notes_verdicts(notes)
    rows = [n for n, line in enumerate(notes.split("\n"), 1) if line.startswith("| $f_")]
    assert [lines.get(n) for n in rows] == [["correct", "correct"], ["correct", "correct"]] and first == 0


def test_a_wrong_gradient_cell_is_wrong():
    notes = HEAD + TABLE.format(first="(2, 2, 0, 3, 0, 1)")
    lines, _ = notes_verdicts(notes)
    row = next(n for n, line in enumerate(notes.split("\n"), 1) if line.startswith("| $f_2"))
    assert sorted(lines.get(row, [])) == ["correct", "wrong"]
