"""A function name and its prime typed before the math, ``relu'$(z) = 1$``: the name and prime belong to the math.

The notes are invented for these tests: relu′(z) = 1 for z > 0 is right, tanh′(z) = 1 is not (tanh′ = 1 − tanh²).
Before the rule only ``(z) = 1`` was read, a claim that z is 1 (a false alarm).
"""

from check_helpers import line_verdicts

from symntk.check import check_text

NOTES = (
    "Network $f(x) = v_1 \\mathrm{relu}(w_1 x + b_1) + v_2 \\mathrm{relu}(w_2 x + b_2) + c$ with $w = (1, -1)$, "
    "$b = (0, 2)$, $v = (1, 2)$, $c = 0$; $x_1 = 1$, $x_2 = 3$.\n"                    # 1
    "\n"
    "PRIMED$(z) = 1$ for $z > 0$, else $0$.\n"                                           # 3
)


def test_relu_prime_typed_outside_the_math_is_its_derivative():
    for primed in ("relu'", "relu′", "ReLU'"):
        got = line_verdicts(check_text(NOTES.replace("PRIMED", primed), "notes.md"))
        assert got[3] == ["correct"], primed


def test_a_wrong_derivative_typed_so_is_still_wrong():
    got = line_verdicts(check_text(NOTES.replace("PRIMED", "tanh'"), "notes.md"))
    assert got[3] == ["wrong"]
