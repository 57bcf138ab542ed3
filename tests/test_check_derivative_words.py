"""A word for the derivative or the gradient and a colon before a vector equation (``Ableitung: $(…) = (…)$``,
``Derivatives: …``, ``Afleiður: …``) make it the gradient as a function of x; a vector of another length is left
unread, and without such a word the equation is not a gradient.

Invented notes; hand-worked values: f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]} with W^{[1]} = 1, b^{[1]} = −2,
W^{[2]} = 4, b^{[2]} = 0; θ = (W^{[1]}, b^{[1]}, W^{[2]}, b^{[2]}), ∇_θ f = (W^{[2]} x, W^{[2]}, W^{[1]} x + b^{[1]}, 1)
= (4x, 4, x − 2, 1).
"""

import pytest

from symntk.check import check_text
from symntk.check.inline_names import derivative_vector

HEAD = ("$f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$, $W^{[1]} = 1$, $b^{[1]} = -2$, $W^{[2]} = 4$, "
        "$b^{[2]} = 0$, $x_1 = 1$, $x_2 = 3$.\n\n")
SYMBOLIC = "(W^{[2]}x, W^{[2]}, W^{[1]}x + b^{[1]}, 1)"


def _line3(notes: str) -> list[str]:
    return [j.verdict for j in check_text(notes, "notes.md").judgements if j.line == 3]


@pytest.mark.parametrize("word", ["Ableitung", "Derivatives", "Afleiður", "Gradient", "Dérivées"])
def test_a_right_gradient_after_a_word_is_correct(word):
    assert _line3(HEAD + f"{word}: ${SYMBOLIC} = (4x, 4, x - 2, 1)$\n") == ["correct", "correct"]


def test_a_wrong_entry_is_wrong():
    assert "wrong" in _line3(HEAD + f"Ableitungen: ${SYMBOLIC} = (4x, 4, x + 2, 1)$\n")


def test_a_vector_of_another_length_is_not_judged_wrong():
    assert "wrong" not in _line3(HEAD + "Ableitung: $(x, 4, 1) = (x, 4, 1)$\n")


@pytest.mark.parametrize("before, body, read", [
    ("Ableitung: ", "(a, b, c) = (1, 2, 3)", True),
    ("Also: ", "(a, b, c) = (1, 2, 3)", False),              # no word for the derivative
    ("Ableitung: ", "\\delta = (1, 0)", False),              # not a vector equation
    ("Ableitung: ", "(a, b) = (1, 2)", False),               # too short to be a gradient of a network
    ("Ableitung nach x ist ", "(a, b, c) = (1, 2, 3)", False),   # no colon: prose goes on
])
def test_what_reads_as_a_gradient(before, body, read):
    text = before + "$" + body + "$"
    found = derivative_vector(text, len(before), body)
    assert (found is not None) == read
    if read:
        assert found.startswith("\\nabla_\\theta f = ")


# The rows of the Jacobian listed in prose: with two outputs, f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]} ∈ ℝ²,
# W^{[1]} = 2, b^{[1]} = 0, W^{[2]} = (1, −1)^T, b^{[2]} = 0, x_1 = 1, x_2 = 3; θ = (W^{[1]}, b^{[1]}, W^{[2]}_1,
# W^{[2]}_2, b^{[2]}_1, b^{[2]}_2): ∇f_1 = (x, 1, 2x, 0, 1, 0), ∇f_2 = (−x, −1, 0, 2x, 0, 1) (hand-worked).
TWO = ("$f(x) = W^{[2]}(W^{[1]}x+b^{[1]})+b^{[2]}$, $f:\\mathbb{R}\\to\\mathbb{R}^2$, $W^{[1]}=2$, $b^{[1]}=0$, "
       "$W^{[2]}=(1,-1)^T$, $b^{[2]}=(0,0)^T$, $x_1=1$, $x_2=3$.\n\n")


def _lines(notes: str) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for j in check_text(notes, "notes.md").judgements:
        out.setdefault(j.line, []).append("carried" if j.carried else j.verdict)
    return out


def test_rows_of_the_jacobian_in_prose_are_the_gradients_at_the_datapoints_in_order():
    notes = TWO + ("Jacobi-Matrix für $f_1$: Zeilen $(1,1,2,0,1,0)$ und $(3,1,6,0,1,0)$.\n"
                   "For $f_2$: rows $(-1,-1,0,2,0,1)$, $(-3,-1,0,6,0,2)$\n")
    lines = _lines(notes)
    assert lines[3] == ["correct", "correct"] and lines[4] == ["correct", "wrong"]


def test_rows_without_a_jacobian_named_are_not_gradients():
    notes = TWO + "Die Zeilen $(1,1,2,0,1,0)$ und $(3,1,6,0,1,9)$.\n"
    assert "wrong" not in _lines(notes).get(3, [])
