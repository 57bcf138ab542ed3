"""A kernel entry between two datapoints written with the learner's own unit names (``Θ(x_1,x_2) = … + a_1 + a_2``,
``a_j = relu(z_j)``): the names are their values at one of the entry's two datapoints.

Invented notes: f(x) = W^{[2]} relu(W^{[1]} x + b^{[1]}) + b^{[2]} with W^{[1]} = (1, 2)^T, b^{[1]} = (1, 1)^T,
W^{[2]} = (1, 1), b^{[2]} = 0 at x_1 = 0, x_2 = 1. By hand: at x_1, z = (1, 1), a = (1, 1), relu′ = (1, 1), so
∇f(x_1) = (0, 0, 1, 1, 1, 1, 1); at x_2, z = (2, 3), a = (2, 3), ∇f(x_2) = (1, 1, 1, 1, 2, 3, 1). K_12 = 0 + 0 + 1 +
1 + 2 + 3 + 1 = 8: ``1 + 1 + a_1 + a_2 + 1`` is 8 with a at x_2 (1 + 1 + 2 + 3 + 1) and 5 with a at x_1;
``2 + a_1 + a_2 + 2`` is 9 at x_2 and 6 at x_1, never 8.
"""

from check_helpers import notes_verdicts

_HEAD = ("$f(x) = W^{[2]}\\mathrm{relu}(W^{[1]}x + b^{[1]}) + b^{[2]}$; $W^{[1]} = (1,2)^T$, $b^{[1]} = (1,1)^T$, "
         "$W^{[2]} = (1,1)$, $b^{[2]} = 0$; $x_1 = 0$, $x_2 = 1$.\n\n"
         "$\\theta = (W^{[1]}_1, W^{[1]}_2, b^{[1]}_1, b^{[1]}_2, W^{[2]}_1, W^{[2]}_2, b^{[2]})$\n\n"
         "$z_j = W^{[1]}_j x + b^{[1]}_j,\\quad a_j = \\mathrm{relu}(z_j)$\n\n"
         "$x_2 = 1$: $z = (2, 3)$, $a = (2, 3)$.\n\n")


def test_unit_names_at_the_second_datapoint_are_read():
    by_line, first = notes_verdicts(_HEAD + "$\\Theta(x_1,x_2) = 1 + 1 + a_1 + a_2 + 1 = 8$\n")
    assert by_line[9] == ["correct", "correct"] and first == 0


def test_unit_names_wrong_at_both_datapoints_are_wrong():
    by_line, first = notes_verdicts(_HEAD + "$\\Theta(x_1,x_2) = 2 + a_1 + a_2 + 2 = 8$\n")
    assert by_line[9][0] == "wrong" and first == 9
