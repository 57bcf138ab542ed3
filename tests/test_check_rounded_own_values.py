"""A decimal is judged against the true value to the digits written (HOUSE.md: correct when it agrees with the true
value rounded or truncated to its digits), also when it is worked out from the learner's own rounded values: with
no real mistake before it, a last digit moved by rounding right inputs is wrong, not carried (decide.decide). After a
real mistake a decimal that follows from the learner's own values is carried.

Notes invented for these tests: f(x) = W^{[2]} tanh(W^{[1]} x + b^{[1]}) + b^{[2]}, W^{[1]} = 1, b^{[1]} = 0,
W^{[2]} = 2, b^{[2]} = 0, x_1 = 0, x_2 = 1. Worked with mpmath (30 digits): at x_2 the gradient is (g, g, t, 1)
with t = tanh 1 = 0.7615942, g = 2(1 − t²) = 0.8399487, and K_22 = 2g² + t² + 1 = 2.9910532, which is 2.99105 to
five decimals (rounded and truncated), 2.9911 rounded and 2.9910 truncated to four.
Five decimals: 0.83995² + 0.83995² + 0.76159² + 1 ≈ 0.70552 + 0.70552 + 0.58002 + 1 = 2.99106 (wrong: the truth
is 2.99105). Four decimals: 0.7054 + 0.7054 + 0.5800 + 1 = 2.9908 (wrong: 2.9911 or 2.9910). A wrong gradient
(0.4200, 0.4200, 0.7616, 1) (1 − t² = 0.41997 without the factor W^{[2]} = 2) gives 2 · 0.4200² + 0.7616² + 1 =
1.93283456, so K_22 ≈ 1,9328 is carried from it.
"""

from check_helpers import notes_verdicts

PROBLEM = ("$f(x) = W^{[2]}\\tanh(W^{[1]} x + b^{[1]}) + b^{[2]}$ with $W^{[1]} = 1$, $b^{[1]} = 0$, "
           "$W^{[2]} = 2$, $b^{[2]} = 0$, $x_1 = 0$, $x_2 = 1$.\n\n")   # line 1


def _k22(g: str, t: str, g2: str, t2: str, total: str) -> dict:
    notes = PROBLEM + f"$\\nabla_\\theta f(x_2) \\approx ({g}, {g}, {t}, 1)$\n\n" + \
        f"$K_{{22}} \\approx {g}^2 + {g}^2 + {t}^2 + 1 \\approx {g2} + {g2} + {t2} + 1 = {total}$\n"
    lines, _ = notes_verdicts(notes)
    return lines


def test_one_unit_off_from_own_rounded_values_is_wrong():
    lines = _k22("0{,}83995", "0{,}76159", "0{,}70552", "0{,}58002", "2{,}99106")
    assert lines[3] == ["correct"] and lines[5][-1] == "wrong"


def test_the_truth_to_the_digits_written_is_right():
    for total in ("2{,}99105", "2{,}9911", "2{,}9910"):
        lines = _k22("0{,}83995", "0{,}76159", "0{,}70552", "0{,}58002", total)
        assert lines[5][-1] == "correct", total


def test_two_units_off_are_wrong():
    lines = _k22("0{,}8399", "0{,}7616", "0{,}7054", "0{,}5800", "2{,}9908")
    assert lines[3] == ["correct"] and lines[5][-1] == "wrong"


def test_a_lone_decimal_one_unit_off_is_wrong():
    notes = PROBLEM + "$\\nabla_\\theta f(x_2) \\approx (0{,}83995, 0{,}83995, 0{,}76159, 1)$\n\n" \
        "$K_{22} \\approx 2{,}99106$\n"
    lines, _ = notes_verdicts(notes)
    assert lines[3] == ["correct"] and lines[5] == ["wrong"]


def test_a_decimal_after_a_real_mistake_is_carried():
    notes = PROBLEM + "$\\nabla_\\theta f(x_2) \\approx (0{,}4200, 0{,}4200, 0{,}7616, 1)$\n\n" \
        "$K_{22} \\approx 1{,}9328$\n"
    lines, first = notes_verdicts(notes)
    assert lines[3] == ["wrong"] and first == 3 and lines[5] == ["carried"]


def _gradient(factor: str, gradient: str) -> tuple[dict, int]:
    """1 − tanh²(1) written on line 3, the gradient at x_2 worked out from it on line 5."""
    notes = PROBLEM + f"$1 - \\tanh^2(1) \\approx {factor}$\n\n" + \
        f"$\\nabla_\\theta f(x_2) = (2 \\times {factor}, 2 \\times {factor}, 0.7616, 1) = {gradient}$\n"
    return notes_verdicts(notes)


def test_a_vector_of_decimals_from_rounded_own_values_is_wrong():
    # 1 − t² = 0.41997 is 0.4200 to four decimals (right); 2 · 0.4200 = 0.8400, but g = 0.8399487 is 0.8399
    lines, first = _gradient("0.4200", "(0.8400, 0.8400, 0.7616, 1)")
    assert lines[3] == ["correct"] and lines[5][-1] == "wrong" and first == 5


def test_a_vector_of_decimals_right_to_its_digits_is_right():
    lines, first = _gradient("0.4200", "(0.8399, 0.8399, 0.7616, 1)")
    assert lines[5][-1] == "correct" and first == 0


def test_a_vector_of_decimals_after_a_real_mistake_is_carried():
    # 1 − t² ≈ 0.4300 is wrong (0.4200); 2 · 0.4300 = 0.8600 follows from it
    lines, first = _gradient("0.4300", "(0.8600, 0.8600, 0.7616, 1)")
    assert lines[3] == ["wrong"] and first == 3 and lines[5][-1] == "carried"
