"""A heading or a line that is only a datapoint's label by value (``### x = 3``, ``**At x = 1**``, ``Für $x = 3$:``)
puts the claims below it at that datapoint.

Invented notes; hand-worked values: f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]} with W^{[1]} = 1, b^{[1]} = −2,
W^{[2]} = 4, b^{[2]} = 0 at x_1 = 1, x_2 = 3: z^{[1]} = x − 2 is −1 at x_1 and 1 at x_2; f = 4z: −4 and 4.
"""

import pytest

from symntk.check import check_text
from symntk.check.unindexed_points import _labels

HEAD = ("$f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$, $W^{[1]} = 1$, $b^{[1]} = -2$, $W^{[2]} = 4$, "
        "$b^{[2]} = 0$, $x_1 = 1$, $x_2 = 3$.\n\n")


def _lines(notes: str) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for j in check_text(notes, "notes.md").judgements:
        out.setdefault(j.line, []).append("carried" if j.carried else j.verdict)
    return out


@pytest.mark.parametrize("label", ["### x = 1", "**At x = 1**", "Für $x = 1$:", "## Point x = 1."])
def test_a_value_right_at_the_other_datapoint_is_wrong_under_a_heading(label):
    lines = _lines(HEAD + "### x = 3\n$z^{[1]} = 3 - 2 = 1$\n\n" + label + "\n$z^{[1]} = 1 - 2 = 1$\n")
    assert lines[4] == ["correct", "correct"] and "wrong" in lines[7]


def test_right_values_under_headings_are_correct():
    lines = _lines(HEAD + "### x = 3\n$z^{[1]} = 1$, $f(3) = 4$\n\n### x = 1\n$z^{[1]} = -1$\n")
    assert set(lines[4]) == {"correct"} and lines[7] == ["correct"]


@pytest.mark.parametrize("line, values", [
    ("### x = 3", [3]),
    ("## x = (1, 0)", [(1, 0)]),
    ("z = x = 3", []),                   # a chain, not a label
    ("Sheet: x = 3 and more", []),       # prose goes on: no label alone
])
def test_what_reads_as_a_label_alone(line, values):
    found = _labels(line)
    assert [tuple(int(c) for c in v) if isinstance(v, tuple) else int(v) for v in found] == values
