"""A gradient letter applied to x (``g(x) = (x, 3x, 1, 3, 2x+1, -x, 1)``) is the gradient as a function of x
(symntk.check.letter_gradients).

Invented notes, worked by hand: W^{[1]} = [2, -1]^T, b^{[1]} = [1, 0]^T, W^{[2]} = [1, 3], b^{[2]} = 1, identity:
u = (2x + 1, -x), ∇_θ f(x) = (W^{[2]}_1 x, W^{[2]}_2 x, W^{[2]}_1, W^{[2]}_2, u_1, u_2, 1) = (x, 3x, 1, 3, 2x+1, -x, 1).
"""

import pytest

from symntk.check import check_text

HEAD = ("Given: $f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$, $W^{[1]} = [2, -1]^T$, $b^{[1]} = [1, 0]^T$, "
        "$W^{[2]} = [1, 3]$, $b^{[2]} = 1$; $x_1 = 1$, $x_2 = -1$.\n\n"
        "$\\theta = (W^{[1]}_1, W^{[1]}_2, b^{[1]}_1, b^{[1]}_2, W^{[2]}_1, W^{[2]}_2, b^{[2]})$\n\n")   # 1-3


def _lines(notes: str) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for j in check_text(notes, "notes.md").judgements:
        out.setdefault(j.line, []).append("carried" if j.carried else j.verdict)
    return out


@pytest.mark.parametrize("vector, verdict", [
    ("(x, 3x, 1, 3, 2x+1, -x, 1)", "correct"),
    ("(x, 3x, 1, 3, 2x+1, x, 1)", "wrong"),
])
def test_the_letter_of_x_is_the_gradient_as_a_function_of_x(vector, verdict):
    for letter in ("g", "J"):
        assert _lines(HEAD + f"$${letter}(x) = {vector}$$\n")[5] == [verdict], letter


def test_a_vector_of_another_length_is_not_read_as_the_gradient():
    lines = _lines(HEAD + "$$g(x) = (x, 3x)$$\n")
    assert "correct" not in lines.get(5, []) and "wrong" not in lines.get(5, [])
