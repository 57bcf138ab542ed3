"""A gradient row that leaves out the parameter the learner dropped is carried from the drop.

The notes are invented for these tests; values worked out by hand: f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]}
with W^{[1]} = (1, 2)^T, b^{[1]} = (0, 1)^T, W^{[2]} = (1, 1), b^{[2]} = 0. ∂f/∂W^{[1]}_i = W^{[2]}_i x,
∂f/∂b^{[1]}_i = W^{[2]}_i, ∂f/∂W^{[2]}_i = h_i with h = (x, 2x + 1), ∂f/∂b^{[2]} = 1 (never 0, so dropping b^{[2]}
is wrong): at x_1 = 1 the six others are (1, 1, 1, 1, 1, 3), at x_2 = 2 (2, 2, 1, 1, 2, 5).
"""

from symntk.check import check_text

PROBLEM = ("Given: $W^{[1]} = (1, 2)^T$, $b^{[1]} = (0, 1)^T$, $W^{[2]} = (1, 1)$, $b^{[2]} = 0$, "
           "$x_1 = 1$, $x_2 = 2$, no activation.\n\n"
           "$f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$\n\n")   # lines 1, 3
DROP = "$b^{[2]}$ is only a constant added at the end, it doesn't depend on anything, so I leave it out.\n\n"
TABLE = ("| x | w1_1 | w1_2 | b1_1 | b1_2 | w2_1 | w2_2 |\n"
         "|---|---|---|---|---|---|---|\n"
         "| 1 | 1 | 1 | 1 | 1 | 1 | 3 |\n"
         "| 2 | 2 | 2 | 1 | 1 | 2 | 5 |\n")


def _by_line(notes: str) -> dict[int, set[str]]:
    out: dict[int, set[str]] = {}
    for j in check_text(notes, "notes.md").judgements:
        out.setdefault(j.line, set()).add("carried" if j.carried else j.verdict)
    return out


def test_a_row_without_the_dropped_entry_is_carried():
    lines = _by_line(PROBLEM + DROP + TABLE)
    assert lines[5] == {"wrong"}
    assert lines[9] == {"carried"} and lines[10] == {"carried"}


def test_without_a_drop_the_rows_are_not_carried():
    lines = _by_line(PROBLEM + "Derivatives:\n\n" + TABLE)
    assert "carried" not in lines.get(7, set()) | lines.get(8, set())
