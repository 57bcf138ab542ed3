"""A decimal computed from the learner's own rounded values, with no real mistake before it, is right when it is
the truth to one unit in its last decimal and worked out from the member before it (decide._rounded_own); further
off, or written alone, it is only carried.

Notes invented for these tests: f(x) = W^{[2]} tanh(W^{[1]} x + b^{[1]}) + b^{[2]}, W^{[1]} = 1, b^{[1]} = 0,
W^{[2]} = 2, b^{[2]} = 0, x_1 = 0, x_2 = 1. Worked with mpmath (30 digits): at x_2 the gradient is (g, g, t, 1)
with t = tanh 1 = 0.7615942, g = 2(1 − t²) = 0.8399487, and K_22 = 2g² + t² + 1 = 2.9910532.
Five decimals: 0.83995² + 0.83995² + 0.76159² + 1 ≈ 0.70552 + 0.70552 + 0.58002 + 1 = 2.99106, 0.7 units above
the truth 2.991053 (right). Four decimals: 0.7054 + 0.7054 + 0.5800 + 1 = 2.9908, 2.5 units below it (carried:
it follows from their gradient (0.8399, 0.8399, 0.7616, 1), whose K_22 is 2.99089).
"""

from check_helpers import notes_verdicts

PROBLEM = ("$f(x) = W^{[2]}\\tanh(W^{[1]} x + b^{[1]}) + b^{[2]}$ with $W^{[1]} = 1$, $b^{[1]} = 0$, "
           "$W^{[2]} = 2$, $b^{[2]} = 0$, $x_1 = 0$, $x_2 = 1$.\n\n")   # line 1


def _k22(g: str, t: str, g2: str, t2: str, total: str) -> dict:
    notes = PROBLEM + f"$\\nabla_\\theta f(x_2) \\approx ({g}, {g}, {t}, 1)$\n\n" + \
        f"$K_{{22}} \\approx {g}^2 + {g}^2 + {t}^2 + 1 \\approx {g2} + {g2} + {t2} + 1 = {total}$\n"
    lines, _ = notes_verdicts(notes)
    return lines


def test_one_unit_off_from_own_rounded_values_is_right():
    lines = _k22("0{,}83995", "0{,}76159", "0{,}70552", "0{,}58002", "2{,}99106")
    assert lines[3] == ["correct"] and lines[5][-1] == "correct" and "wrong" not in lines[5]


def test_two_units_off_stay_carried():
    lines = _k22("0{,}8399", "0{,}7616", "0{,}7054", "0{,}5800", "2{,}9908")
    assert lines[3] == ["correct"] and lines[5][-1] == "carried"


def test_a_lone_decimal_one_unit_off_stays_carried():
    notes = PROBLEM + "$\\nabla_\\theta f(x_2) \\approx (0{,}83995, 0{,}83995, 0{,}76159, 1)$\n\n" \
        "$K_{22} \\approx 2{,}99106$\n"
    lines, _ = notes_verdicts(notes)
    assert lines[3] == ["correct"] and lines[5] == ["carried"]
