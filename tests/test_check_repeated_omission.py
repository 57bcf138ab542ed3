"""The same entries left out of the gradient at every datapoint: the first is the mistake, the repeat at the next
datapoint (the true gradient there with exactly the same positions left out) is carried, as are the kernel sums
built from them. A repeat that is wrong in another way, or leaves out another entry, stays wrong.

Expected values are worked out by hand for the network below.
"""

from check_helpers import notes_verdicts

# f(x) = W2 (W1 x + b1) + b2, identity, with W1 = [2, -1]^T, b1 = [1, 3]^T, W2 = [1, 2], b2 = 1, x1 = 1, x2 = -2.
# ∇f(x) = (x, 2x, 1, 2, 2x + 1, 3 - x, 1): at x1 (1, 2, 1, 2, 3, 2, 1), at x2 (-2, -4, 1, 2, -3, 5, 1).
HEAD = """# Exercise

$W^{[1]} = [2, -1]^T$, $b^{[1]} = [1, 3]^T$, $W^{[2]} = [1, 2]$, $b^{[2]} = 1$; $x_1 = 1$, $x_2 = -2$.

$f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$

"""


def _notes(first: str, second: str, extra: str = "") -> str:
    return HEAD + f"$\\nabla f(x_1) = ({first})$\n\n$\\nabla f(x_2) = ({second})$\n" + extra


def test_the_last_entry_left_out_twice_is_carried_and_so_is_the_kernel():
    # without ∂f/∂b2: K11 = 1 + 4 + 1 + 4 + 9 + 4 = 23 from their own gradient
    lines, first = notes_verdicts(_notes("1, 2, 1, 2, 3, 2", "-2, -4, 1, 2, -3, 5", "\n$K_{11} = 23$\n"))
    assert lines[7] == ["wrong"] and lines[9] == ["carried"] and lines[11] == ["carried"]
    assert first == 7


def test_an_entry_in_the_middle_left_out_twice_is_carried():
    # ∂f/∂b1_1 = 1 (the third entry) left out at both datapoints
    lines, first = notes_verdicts(_notes("1, 2, 2, 3, 2, 1", "-2, -4, 2, -3, 5, 1"))
    assert lines[7] == ["wrong"] and lines[9] == ["carried"] and first == 7


def test_a_repeat_with_another_slip_is_wrong():
    # the last entry left out again, and 5 written as 4
    lines, first = notes_verdicts(_notes("1, 2, 1, 2, 3, 2", "-2, -4, 1, 2, -3, 4"))
    assert lines[7] == ["wrong"] and lines[9] == ["wrong"] and first == 7


def test_another_entry_left_out_at_the_next_datapoint_is_wrong():
    # the last entry left out at x1, the third at x2
    lines, first = notes_verdicts(_notes("1, 2, 1, 2, 3, 2", "-2, -4, 2, -3, 5, 1"))
    assert lines[7] == ["wrong"] and lines[9] == ["wrong"] and first == 7
