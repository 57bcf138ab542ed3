"""AsciiMath typed in Markdown backticks (asciimath.org): derivatives as ``(del f)/(del w)`` fractions, ``~~`` for
approximately, ``!=`` for not equal, a bound such as ```z > 0``` after a case, and code snippets that stay code.

Invented exercise (worked out by hand): f(x) = w_2 (w_1 x + b_1) + b_2 with w_1 = 3, b_1 = -1, w_2 = 2, b_2 = 1
and datapoints x_1 = 1, x_2 = -2. ∂f/∂w_1 = w_2 x = 2x, ∂f/∂b_1 = w_2 = 2, ∂f/∂w_2 = w_1 x + b_1 = 3x - 1,
∂f/∂b_2 = 1; ∇f(x_1) = (2, 2, 2, 1), ∇f(x_2) = (-4, 2, -7, 1); K_11 = 13, K_12 = -8 + 4 - 14 + 1 = -17,
K_22 = 16 + 4 + 49 + 1 = 70; tr K = 83, det K = 910 - 289 = 621; λ = (83 ± √4405)/2 with √4405 ≈ 66.370, so
λ_1 ≈ 74.685 and λ_2 ≈ 8.315.
"""

import pytest
from check_helpers import notes_verdicts

from symntk.check.normalise import normalise
from symntk.check.plain_text import is_math_code

HEAD = ("`w_1 = 3, b_1 = -1, w_2 = 2, b_2 = 1`, `f(x) = w_2 (w_1 x + b_1) + b_2`; `x_1 = 1`, `x_2 = -2`\n\n"
        "`theta = (w_1, b_1, w_2, b_2)`\n\n")


@pytest.mark.parametrize("written, read", [
    ("(del f)/(del w_1) = 2x", r"\frac{\partial f}{\partial W_1} = 2x"),
    ("(partial f(x_2))/(partial b^{(1)}) = 1", r"\frac{\partial f(x_2)}{\partial b^{[1]}} = 1"),
    ("(df)/(dw_2) = 4", r"\frac{\partial f}{\partial W_2} = 4"),
    ("(d f)/(d theta_3) = 0", r"\frac{\partial f}{\partial \theta_3} = 0"),
    ("lambda_2 ~~ 0.52", r"\lambda_2 \approx 0.52"),
    ("K_(21) != 0", r"K_{21} \neq 0"),
    ("x_1 = 1,~~x_2 = 2", "x_1 = 1,~~x_2 = 2"),   # LaTeX's spacing tildes
    ("3!=6", "3!=6"),   # a factorial
    ("(a+1)/(b-2) = 3", "(a+1)/(b-2) = 3"),   # no del, partial or d: a fraction left as it is
    ("(dx)/(2) = 1", "(dx)/(2) = 1"),   # the denominator is no derivative
])
def test_asciimath_spellings(written, read):
    """Each AsciiMath spelling reads as the LaTeX written beside it; fractions that are no derivative stay."""
    assert normalise(written) == read


@pytest.mark.parametrize("body, math", [
    ("lambda_1 ~~ 74.69", True),
    ("g ~~ (0.5, 1.25)", True),
    ("z > 0", True),
    ("x_2 <= -1.5", True),
    ("y1 ~~ y2", False),   # lavaan's covariance between two names: code
    ("if x != 0: y = 1", False),
    ("x^((2))", True),   # a datapoint named alone: the label of the claims after it
    ("x_(1)", True),
    ("x", False),
    ("a > b", False),
    ("ls > out.txt", False),
])
def test_inline_code_read_as_math_only_when_it_is(body, math):
    """Inline code is math for a relation (= or ~~ before a number) or a bound of one name by a number; a code
    snippet stays code."""
    assert is_math_code(body) is math


def test_derivative_fractions_judged():
    """(del f)/(del w_1) = w_2 x = 2x and (partial f)/(partial b_1) = 2 are right; (df)/(dw_2) = w_1 x is wrong
    (it forgets b_1: the right one is 3x - 1)."""
    notes = HEAD + ("`(del f)/(del w_1) = w_2 x = 2x`\n\n`(partial f)/(partial b_1) = 2`\n\n"
                    "`(df)/(dw_2) = w_1 x`\n")
    lines, first = notes_verdicts(notes)
    assert lines[5] == ["correct", "correct"]
    assert lines[7] == ["correct"]
    assert lines[9] == ["wrong"]
    assert first == 9


def test_approximately_with_two_tildes():
    """`sqrt(4405) ~~ 66.370` and `lambda_1 ~~ 74.69` are right; `lambda_2 ~~ 9.3` is wrong (it is 8.315), and the
    two tildes between inline code spans on one line strike nothing out."""
    notes = HEAD + ("`K = [[13,-17],[-17,70]]`\n\n`lambda = (83+-sqrt(4405))/2`\n\n"
                    "`sqrt(4405) ~~ 66.370` so `lambda_1 ~~ 74.69`, `lambda_2 ~~ 9.3`\n")
    lines, first = notes_verdicts(notes)
    assert lines[9] == ["correct", "correct", "wrong"]
    assert first == 9


def test_relu_cases_in_inline_code():
    """`relu'(z) = 1` if `z > 0`, else 0: ReLU's derivative by cases, right; the bound in backticks is its
    condition, so the 1 is not claimed for every z. (Invented ReLU network: w_1 = 1, b_1 = 0, w_2 = 1, b_2 = 0.)"""
    notes = ("`w_1 = 1, b_1 = 0, w_2 = 1, b_2 = 0`, `f(x) = w_2 relu(w_1 x + b_1) + b_2`; `x_1 = 1`, `x_2 = 2`\n\n"
             "`relu'(z) = 1` if `z > 0`, else 0\n\n`relu'(z) = 2` if `z > 0`, else 0\n")
    lines, first = notes_verdicts(notes)
    assert set(lines[3]) == {"correct"}
    assert "wrong" in lines[5]
    assert first == 5


def test_code_snippet_in_backticks_is_no_claim():
    """A learner's code in backticks (a comparison in a program, lavaan's ``~~``) makes no claim."""
    notes = HEAD + "in code I wrote `if w_1 != 0: y = 1` and `y1 ~~ y2`\n"
    lines, _ = notes_verdicts(notes)
    assert 5 not in lines


def test_table_with_cells_in_backticks():
    """A gradient table whose names are inline code: one row per parameter, a column per datapoint. ∂f/∂w_2 at
    x_2 = -2 is 3·(-2) - 1 = -7, so the -5 in that row is wrong and every other cell is right."""
    notes = HEAD + ("| param | symbolic | `x_1` | `x_2` |\n|---|---|---|---|\n"
                    "| `w_1` | `w_2 x` | 2 | -4 |\n| `b_1` | `w_2` | 2 | 2 |\n"
                    "| `w_2` | `w_1 x + b_1` | 2 | -5 |\n| `b_2` | `1` | 1 | 1 |\n")
    lines, first = notes_verdicts(notes)
    assert set(lines[7]) == {"correct"} and set(lines[8]) == {"correct"} and set(lines[10]) == {"correct"}
    assert "wrong" in lines[9]
    assert first == 9


def test_counts_and_membership_in_backticks():
    """`p = 4` params and `theta in RR^4` state the 4 parameters (right); `theta in RR^5` is wrong."""
    notes = HEAD + "so `p = 4` params.\n\n`theta in RR^4`\n\n`theta in RR^5`\n"
    lines, first = notes_verdicts(notes)
    assert lines[5] == ["correct"]
    assert lines[7] == ["correct"]
    assert lines[9] == ["wrong"]
    assert first == 9


def test_number_sets_spelled_doubled():
    """RR is ℝ, and the word in before it is ∈; a word ending in "in" is no membership."""
    assert normalise("theta in RR^7") == r"\theta \in \mathbb{R}^7"
    assert normalise("f: RR -> RR") == r"f: \mathbb{R} -> \mathbb{R}"
    assert normalise("main RR") == r"main \mathbb{R}"


def test_datapoint_label_in_backticks():
    """at `x^((2))`: the hidden unit after it is at x_2 = -2: w_1 x + b_1 = -7 is right there and -6 is wrong."""
    notes = HEAD + "at `x^((2))`: `z = -7`\n\nat `x^((2))`: `z = -6`\n"
    lines, first = notes_verdicts(notes)
    assert lines[5] == ["correct"]
    assert lines[7] == ["wrong"]
    assert first == 7
