"""The kernel of one output named by the output in a subscript before its datapoints (``K_{f_2}(x_1, x_2)``,
``\\Theta_{f_2}(x_1, x_2)``) or in a superscript after the entry's indices (``K_{22}^{(f_2)}``). Notes invented;
the exercise is f(x) = W2(W1 x + b1) + b2 with W1 = 1, b1 = 1, W2 = (1, 2)ᵀ, b2 = (0, 0)ᵀ at x = 1, 2. By hand:
h = x + 1; ∇f_1 = (x, 1, h, 0, 1, 0), ∇f_2 = (2x, 2, 0, h, 0, 1), so K of output 1 is [[7, 10], [10, 15]] and of
output 2 [[13, 19], [19, 30]]."""

from check_helpers import notes_verdicts

HEAD = ("$W^{[1]} = 1$, $b^{[1]} = 1$, $W^{[2]} = [1, 2]^T$, $b^{[2]} = [0, 0]^T$; $x_1 = 1$, $x_2 = 2$.\n\n"
        "$f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$\n\n")


def test_output_subscript_before_the_datapoints():
    """``K_{f_2}(x_1, x_2) = 19`` and ``\\Theta_{f_1}(x_1, x_2) = 10`` correct; ``K_{f_1}(x_2, x_2) = 30`` wrong
    (30 is output 2's entry; output 1's is 15)."""
    notes = HEAD + ("$K_{f_2}(x_1, x_2) = 19$\n\n$\\Theta_{f_1}(x_1,x_2) = 10$\n\n$K_{f_1}(x_2, x_2) = 30$\n")
    lines, first = notes_verdicts(notes)
    assert lines[5] == ["correct"]
    assert lines[7] == ["correct"]
    assert lines[9] == ["wrong"]
    assert first == 9


def test_output_superscript_after_the_indices():
    """``K_{22}^{(f_2)} = 30`` correct, ``K_{12}^{(f_1)} = 11`` wrong (it is 10)."""
    lines, _ = notes_verdicts(HEAD + "$K_{22}^{(f_2)} = 30$\n\n$K_{12}^{f_1} = 11$\n")
    assert lines[5] == ["correct"]
    assert lines[7] == ["wrong"]
