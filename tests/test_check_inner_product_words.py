"""The inner product of the two gradients just written, said with a word before math that starts with a relation
(``dot $= 18+9+15+1 = 43$``, ``inner product``, ``Skalarprodukt``, ``innfeldi``, ``produit scalaire``): the
kernel entry of those two datapoints (inner_product_words.py).

The invented notes (worked by hand): f(x) = W2 (W1 x + b1) + b2 with W1 = 2, b1 = 1, W2 = 3, b2 = 0, x_1 = 1,
x_2 = 2; ∇f(x) = (W2 x, W2, W1 x + b1, 1): ∇f(1) = (3, 3, 3, 1), ∇f(2) = (6, 3, 5, 1); K_12 = 18 + 9 + 15 + 1 = 43,
K_11 = 9 + 9 + 9 + 1 = 28.
"""

import pytest
from check_helpers import notes_verdicts

from symntk.check.inner_product_words import dot_as_kernel

from reference import exact_jacobian, gram

HEAD = r"""Data: $W^{[1]}=2,\ b^{[1]}=1,\ W^{[2]}=3,\ b^{[2]}=0$, $x_1=1$, $x_2=2$, no activation.

$f(x;\theta)=W^{[2]}(W^{[1]}x+b^{[1]})+b^{[2]}$, $\theta=(W^{[1]},b^{[1]},W^{[2]},b^{[2]})$
"""
PAIR = r"$\nabla f(1)=(3,3,3,1)$, $\nabla f(2)=(6,3,5,1)$, "


def test_the_hand_values_are_the_independent_backprop():
    J = exact_jacobian([2, 1, 3, 0], [1, 1, 1], ["identity"], [[1], [2]])
    assert J == [[3, 3, 3, 1], [6, 3, 5, 1]] and gram(J)[0] == [28, 43]


@pytest.mark.parametrize("word", ["dot", "dot product", "inner product:", "Skalarprodukt", "innfeldi",
                                  "produit scalaire", "the dot product is"])
def test_the_inner_product_in_words_is_the_kernel_entry(word):
    got, first = notes_verdicts(HEAD + PAIR + word + " $= 18+9+15+1 = 43$\n")
    assert got[4] == ["correct"] * 4 and first == 0


def test_a_wrong_inner_product_is_wrong():
    """18 + 9 + 15 + 1 is 43; 42 is the slip (the sum alone would say so too: 18 + 9 + 14 + 1 = 42 adds up)."""
    got, first = notes_verdicts(HEAD + PAIR + "dot $= 18+9+14+1 = 42$\n")
    assert "wrong" in got[4] and "unreadable" not in got[4] and first == 4


def test_the_points_may_be_named_by_their_index():
    got, first = notes_verdicts(HEAD + r"$\nabla f(x_1)=(3,3,3,1)$, $\nabla f(x_1)=(3,3,3,1)$, dot $= 28$" + "\n")
    assert got[4] == ["correct"] * 3 and first == 0
    text = r"$\nabla f(x_{1})=(…)$, $\nabla f(x_2)=(…)$, dot "
    assert dot_as_kernel(text, len(text), "= 1") == \
        r"\langle \nabla_\theta f(x_1), \nabla_\theta f(x_2) \rangle = 1"


@pytest.mark.parametrize("text", [
    r"$\nabla f(1)=(3,3,3,1)$, dot ",                           # one gradient only
    r"$\nabla f(1)=(3,3,3,1)$, $\nabla f(2)=(6,3,5,1)$, so ",    # no word for the inner product
    "dot ",
])
def test_anything_else_is_left_as_written(text):
    assert dot_as_kernel(text, len(text), "= 43") is None
