"""A matrix typed in parentheses with spaces between entries and semicolons between rows, ``K = (8 12; 12 19)``.
Notes invented; the exercise is f = W2(W1 x + b1) + b2 with W1 = (1, 1)ᵀ, b1 = (0, 1)ᵀ, W2 = (1, 0), b2 = 0 at
x = 1, 2, whose kernel worked by hand is K = [[8, 12], [12, 19]]."""

from check_helpers import notes_verdicts

HEAD = ("$W^{[1]} = [1, 1]^T$, $b^{[1]} = [0, 1]^T$, $W^{[2]} = [1, 0]$, $b^{[2]} = 0$, $x_1 = 1$, $x_2 = 2$.\n\n"
        "$f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$\n\n")


def test_parenthesised_rows():
    """``(8 12; 12 19)`` is K (correct); ``(8 12; 12 18)`` is wrong."""
    lines, first = notes_verdicts(HEAD + "K = (8 12; 12 19)\n\n$K = (8 12; 12 18)$\n")
    assert lines[5] == ["correct"]
    assert lines[7] == ["wrong"]
    assert first == 7
