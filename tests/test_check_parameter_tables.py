"""A table of derivatives whose rows or columns are the learner's own parameter names, some of them letters the
sheet uses for units (a_1, a_2 for the first-layer weights), invented notes.

Exercise A in the learner's letters (worked out by hand): f(x) = v_1(a_1 x + c_1) + v_2(a_2 x + c_2) + d with
a = (1, 1), c = (0, 1), v = (1, 0), d = 0: ∂f/∂a_1 = v_1 x (1 at x_1 = 1, 2 at x_2 = 2), ∂f/∂a_2 = v_2 x = 0,
∂f/∂c_1 = v_1 = 1, ∂f/∂c_2 = 0, ∂f/∂v_1 = a_1 x + c_1 = x (1, 2), ∂f/∂v_2 = a_2 x + c_2 = x + 1 (2, 3), ∂f/∂d = 1.
"""

from symntk.check import check_text
from symntk.check.tables import _names_parameters

GIVEN = r"""$W^{[1]} = (1,1)^T$, $b^{[1]} = (0,1)^T$, $W^{[2]} = (1,0)$, $b^{[2]} = 0$, $x_1 = 1$, $x_2 = 2$.

Names: $f(x) = v_1(a_1x+c_1) + v_2(a_2x+c_2) + d$, $\theta = (a_1,a_2,c_1,c_2,v_1,v_2,d)$, 7 parameters.

"""


def _verdicts(table: str) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for j in check_text(GIVEN + table).judgements:
        if j.line >= 5:
            out.setdefault(j.line, []).append(j.verdict)
    return out


def test_rows_named_by_the_learners_parameters_are_their_derivatives():
    table = ("| | $x_1 = 1$ | $x_2 = 2$ |\n|---|---|---|\n| $a_1$ | 1 | 2 |\n| $a_2$ | 0 | 0 |\n"
             "| $c_1$ | 1 | 1 |\n| $c_2$ | 0 | 0 |\n| $v_1$ | 1 | 2 |\n| $v_2$ | 2 | 3 |\n| $d$ | 1 | 1 |\n")
    verdicts = _verdicts(table)
    assert len(verdicts) == 7 and all(v == ["correct", "correct"] for v in verdicts.values())


def test_a_wrong_entry_in_such_a_row_is_wrong():
    table = ("| | $x_1 = 1$ | $x_2 = 2$ |\n|---|---|---|\n| $a_1$ | 1 | 1 |\n| $a_2$ | 0 | 0 |\n"
             "| $c_1$ | 1 | 1 |\n| $c_2$ | 0 | 0 |\n")
    assert _verdicts(table)[7] == ["correct", "wrong"]   # ∂f/∂a_1 at x_2 is 2, not 1


def test_columns_named_by_the_learners_parameters_are_their_derivatives():
    table = ("| | $a_1$ | $a_2$ | $c_1$ | $c_2$ | $v_1$ | $v_2$ | $d$ |\n|---|---|---|---|---|---|---|---|\n"
             "| $x_1=1$ | 1 | 0 | 1 | 0 | 1 | 2 | 1 |\n| $x_2=2$ | 2 | 0 | 1 | 0 | 2 | 3 | 1 |\n")
    assert _verdicts(table) == {7: ["correct"] * 7, 8: ["correct"] * 7}


def test_which_sides_name_parameters():
    assert _names_parameters(["a_1", "a_2", "c_1", "c_2", "v_1", "v_2", "d"])
    assert not _names_parameters(["z_1", "z_2", "a_1", "a_2"])   # units: the sheet's letters only
    assert not _names_parameters(["a_1", "a_2", "d"])   # one own name among unit letters is no majority
