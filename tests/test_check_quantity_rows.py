"""A table row naming a kernel quantity and giving its working and value (``| $K_{12}$ | $2 + 1 + 2 + 6 + 1$ | 12 |``)
is the chain K₁₂ = 2 + 1 + 2 + 6 + 1 = 12. Lecture example A, worked by hand: ∇f(x_1) = (1, 0, 1, 0, 1, 2, 1),
∇f(x_2) = (2, 0, 1, 0, 2, 3, 1), K = [[8, 12], [12, 19]], tr K = 27, det K = 152 − 144 = 8."""

from check_helpers import notes_verdicts

from symntk.check.quantity_rows import quantity_row

PROBLEM = ("$f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$, $W^{[1]} = [1, 1]^T$, $b^{[1]} = [0, 1]^T$, "
           "$W^{[2]} = [1, 0]$, $b^{[2]} = 0$, $x_1 = 1$, $x_2 = 2$.\n\n")   # line 1


def test_a_row_is_a_chain_only_for_kernel_quantities():
    assert quantity_row(["K_{12}", "2 + 1 + 2 + 6 + 1", "12"]) == "K_{12} = 2 + 1 + 2 + 6 + 1 = 12"
    assert quantity_row(["\\lambda_1", "≈ 0.2996"]) == "\\lambda_1 \\approx 0.2996"
    assert quantity_row(["W_{11}", "1"]) is None                 # given data stays data
    assert quantity_row(["K_{11}", "see above"]) is None         # a note in words
    assert quantity_row(["K_{11}", ""]) is None
    assert quantity_row(["K_{11}", "K_{12}"]) is None            # a grid of names, no values


def test_a_table_of_entries_with_their_sums_is_judged_row_by_row():
    notes = PROBLEM + ("| entry | sum | value |\n|---|---|---|\n"
                       "| $K_{11}$ | $1 + 1 + 1 + 4 + 1$ | 8 |\n"          # line 5: both links right
                       "| $K_{12}$ | $2 + 1 + 2 + 6 + 1$ | 13 |\n"         # line 6: the sum is 12, not 13
                       "| $\\det K$ | $152 - 144$ | 8 |\n"                   # line 7
                       "| $\\operatorname{tr} K$ | 27 |\n")                   # line 8
    lines, first = notes_verdicts(notes)
    assert lines[5] == ["correct", "correct"]
    assert "wrong" in lines[6] and first == 6
    assert set(lines[7]) == {"correct"} and lines[8] == ["correct"]
