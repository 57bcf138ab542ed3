"""A value of the learner's own name for a hidden unit (``u_2 = W_{21}x_1 + W_{22}x_2 + b_2`` defined earlier) given
with numbers only under a datapoint (``x^{(2)} = (0,1): u_2 = 1``) is judged at that datapoint, not at any datapoint
(symntk.check.judge_values.judge_definition).

Invented notes, worked by hand: two inputs, W^{[1]} = [[1, 2], [0, 1]], b^{[1]} = (0, 1), W^{[2]} = (1, -1),
b^{[2]} = 0, x^{(1)} = (1, 0), x^{(2)} = (0, 1). u_1 = x_1 + 2x_2, u_2 = x_2 + 1: at x^{(1)} u = (1, 1), at
x^{(2)} u = (2, 2). So u_2 = 1 is right at x^{(1)} and wrong at x^{(2)}.
"""

import pytest

from symntk.check import check_text

HEAD = ("Given: $W^{[1]} = \\begin{pmatrix} 1 & 2 \\\\ 0 & 1\\end{pmatrix}$, $b^{[1]} = (0, 1)^T$, "
        "$W^{[2]} = (1, -1)$, $b^{[2]} = 0$. Points $x^{(1)} = (1,0)^T$, $x^{(2)} = (0,1)^T$.\n\n"   # line 1
        "Hidden: $u_1 = W^{[1]}_{11}x_1 + W^{[1]}_{12}x_2 + b^{[1]}_1$, "
        "$u_2 = W^{[1]}_{21}x_1 + W^{[1]}_{22}x_2 + b^{[1]}_2$.\n\n")   # line 3


def _lines(notes: str) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for j in check_text(notes, "notes.md").judgements:
        out.setdefault(j.line, []).append("carried" if j.carried else j.verdict)
    return out


@pytest.mark.parametrize("label", ["$x^{(2)} = (0,1)$:", "$x^{(2)} = (0, 1)$, so"])
def test_a_value_right_at_the_other_datapoint_is_wrong_at_the_one_named(label):
    lines = _lines(HEAD + f"{label} $u_1 = 2$, $u_2 = 1$\n")
    assert lines[5] == ["correct", "wrong"]


def test_right_values_at_each_datapoint_are_correct():
    lines = _lines(HEAD + "$x^{(1)} = (1,0)$: $u_1 = 1$, $u_2 = 1$\n\n"
                   + "$x^{(2)} = (0,1)$: $u_1 = 2$, $u_2 = 0 + 1 + 1 = 2$\n")
    assert lines[5] == ["correct", "correct"] and set(lines[7]) == {"correct"}


def test_at_no_datapoint_a_value_of_some_datapoint_stays_correct():
    lines = _lines(HEAD + "Values: $u_2 = 1$\n")
    assert lines.get(5, ["correct"]) == ["correct"]
