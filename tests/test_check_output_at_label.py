"""``f = 5`` with no argument under a datapoint label (``x_2 = 3: … f = 5`` on one line, or a label on a line
above) is f at that datapoint: judged there, and carried when it follows from the learner's own wrong units."""

from check_helpers import line_verdicts

from symntk.check import check_text

# By hand: W1 = (2, -1)^T, b1 = (-1, 1)^T, W2 = (1, 3), b2 = 1, ReLU.
# x_1 = 1: z = (1, 0), a = (1, 0), f = 1 + 0 + 1 = 2.  x_2 = 2: z = (3, -1), a = (3, 0), f = 3 + 0 + 1 = 4.
# The slip z_2 = -2 + 1 = 1 gives a = (3, 1) and the learner's own f = 3 + 3 + 1 = 7.
HEAD = ("# Rede ReLU\n\nDados: $W^{[1]} = (2, -1)^\\top$, $b^{[1]} = (-1, 1)^\\top$, $W^{[2]} = (1, 3)$, "
        "$b^{[2]} = 1$, $x_1 = 1$, $x_2 = 2$, ativação ReLU.\n\n")


def _verdicts(body: str) -> dict[int, list[str]]:
    return line_verdicts(check_text(HEAD + body, "notes.md"))


def test_f_on_the_line_that_names_the_datapoint():
    got = _verdicts("Em $x_1 = 1$: $f = 2$.\n\nEm $x_1 = 1$: $f = 4$.\n\nEm $x_2 = 2$: $f = 4$.\n")
    assert got == {5: ["correct"], 7: ["wrong"], 9: ["correct"]}


def test_f_from_a_wrong_unit_on_the_same_line_is_carried():
    got = _verdicts("Em $x_2 = 2$: $z_1 = 3$, $z_2 = -2 + 1 = 1$, $a = (3, 1)$, $f = 7$.\n")
    assert got == {5: ["correct", "correct", "wrong", "carried", "carried"]}


def test_f_under_a_label_on_a_line_above_is_carried():
    got = _verdicts("**Em $x_2$:**\n\n$z_2 = -2 + 1 = 1$\n\n$f = 7$\n\n$f = 6$\n")
    assert got[9] == ["carried"] and got[11] == ["wrong"] and "wrong" in got[7]
