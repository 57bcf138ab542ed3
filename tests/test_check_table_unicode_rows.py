"""A table of derivatives whose rows name the parameters with Unicode indices (``| W¹₂ | W²₂ x | 0 |``): a row name
W/b/w with a superscript digit is a parameter (symntk.check.tables._PARAMETER), so its cell at a datapoint is
∂f(x_i)/∂ of it, not the parameter's value.

Notes invented (worked by hand): f(x) = W² relu(W¹x + b¹) + b², W¹ = [1, −1]ᵀ, b¹ = 0, W² = [3, 2], b² = 1; at
x₁ = 1: z = (1, −1), h = (1, 0), so ∂f/∂W¹₁ = W²₁·x = 3, ∂f/∂W¹₂ = 0 (unit 2 is off), ∂f/∂b¹₁ = 3, ∂f/∂b¹₂ = 0,
∂f/∂W²₁ = h₁ = 1, ∂f/∂W²₂ = h₂ = 0, ∂f/∂b² = 1. (The values of the parameters, W¹₂ = −1, W²₁ = 3, differ.)
"""

from check_helpers import notes_verdicts

PROBLEM = ("$f(x) = W^{[2]}\\,\\mathrm{relu}(W^{[1]}x+b^{[1]}) + b^{[2]}$, $W^{[1]} = [1,-1]^T$, "
           "$b^{[1]} = [0,0]^T$, $W^{[2]} = [3,2]$, $b^{[2]} = 1$, $x_1 = 1$, $x_2 = 2$\n\n")   # line 1
TABLE = "| ∂f/∂θ | x₁ = 1 |\n|---|---|\n"   # lines 3, 4; rows from line 5


def _rows(values: tuple[str, ...]) -> str:
    names = ("W¹₁", "W¹₂", "b¹₁", "b¹₂", "W²₁", "W²₂", "b²")
    return "".join(f"| {n} | {v} |\n" for n, v in zip(names, values))


def test_rows_with_unicode_names_are_derivatives():
    lines, _ = notes_verdicts(PROBLEM + TABLE + _rows(("3", "0", "3", "0", "1", "0", "1")))
    assert all(lines[n] == ["correct"] for n in range(5, 12)), lines


def test_a_wrong_derivative_in_such_a_row_is_wrong():
    lines, first = notes_verdicts(PROBLEM + TABLE + _rows(("3", "-1", "3", "0", "1", "0", "1")))   # W¹₂'s value
    assert lines[6] == ["wrong"] and first == 6 and lines[5] == ["correct"]
