"""An activation written without its argument and given one number (``x_1 = 0 : z = (0,0), σ = 1/2``) is the
value of the hidden units at the datapoint named on that line: right when some unit has it, wrong only when every
unit there has one and the same value, and unreadable at no datapoint or when the units differ."""

from check_helpers import line_verdicts

from symntk.check import check_text

# By hand: W1 = (1, -1)^T, b1 = (0, 0)^T, so z(x) = (x, -x): z(0) = (0, 0) and z(1) = (1, -1);
# σ(0) = 1/2, tanh(0) = 0, tanh(±1) = ±0.7616 (tanh 1 = 0.76159…), σ(1) = 0.7311, σ(−1) = 0.2689.
DATA = ("$W^{[1]} = (1, -1)^\\top$, $b^{[1]} = (0,0)^\\top$, $W^{[2]} = (1, 1)$, $b^{[2]} = 0$, "
        "$x_1 = 0$, $x_2 = 1$")


def _verdicts(activation_line: str, body: str) -> dict[int, list[str]]:
    text = f"# Exercice\n\nDonnées : {DATA}, {activation_line}.\n\n{body}"
    return line_verdicts(check_text(text, "notes.md"))


def test_sigmoid_at_a_point_where_the_units_agree():
    got = _verdicts("activation sigmoïde $\\sigma$",
                    "$x_1 = 0$ : $z = (0,0)$, $\\sigma = \\tfrac12$.\n\n"
                    "$x_1 = 0$ : $z = (0,0)$, $\\sigma = 0{,}6$.\n")
    assert got == {5: ["correct", "correct"], 7: ["correct", "wrong"]}


def test_tanh_in_another_layout():
    got = _verdicts("activación $\\tanh$",
                    "En $x_1 = 0$: $\\tanh = 0$\n\n"
                    "En $x_1 = 0$: $\\tanh = 1$\n\n"
                    "En $x_2 = 1$: $\\tanh = 0{,}7616$\n")
    assert got == {5: ["correct"], 7: ["wrong"], 9: ["correct"]}


def test_no_false_alarm_without_a_point_or_where_the_units_differ():
    got = _verdicts("activation sigmoïde $\\sigma$",
                    "$\\sigma = \\tfrac12$\n\n"
                    "$x_2 = 1$ : $z = (1,-1)$, $\\sigma = 0{,}5$.\n")
    assert got == {5: ["unreadable"], 7: ["correct", "unreadable"]}
