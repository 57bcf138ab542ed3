"""The rank named in words before its math (``Rang $J = 2$``) is a statement about the rank, never a value of J or K
(invented notes).

Network (worked out by hand): f = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]} with all scalars, W^{[1]} = 2, b^{[1]} = 1,
W^{[2]} = 1, b^{[2]} = 0, x = 1, 2, 3: ∇f = (W^{[2]} x, W^{[2]}, W^{[1]} x + b^{[1]}, 1) = (x, 1, 2x + 1, 1), so J has
rank 2 (every row is (x, 1, 2x + 1, 1)), det K = 0 and one eigenvalue of the 3 × 3 K is 0.
"""

import pytest
from check_helpers import notes_verdicts

from symntk.check.rank_words import rank_in_math

HEAD = ("Network $f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$ with $W^{[1]} = 2$, $b^{[1]} = 1$, $W^{[2]} = 1$, "
        "$b^{[2]} = 0$; $x_1 = 1$, $x_2 = 2$, $x_3 = 3$.\n\n")


@pytest.mark.parametrize("text, expected", [
    ("d.h. Rang $J = 2$ und", r"d.h. Rang $\operatorname{rank} J = 2$ und"),
    ("so rank $K = 2$, hence", r"so rank $\operatorname{rank} K = 2$, hence"),
    ("el rango de $J^T = 2$", r"el rango de $\operatorname{rank} J^T = 2$"),
    (r"so rank \(J = 2\) and", r"so rank \(\operatorname{rank} J = 2\) and"),   # Org's or LaTeX's inline math
    ("the rank of $K$ is $2$", "the rank of $K$ is $2$"),      # no relation in the math
    ("Frank $K = 2$", "Frank $K = 2$"),                      # a word that ends in rank
    ("ranking $J = 2$", "ranking $J = 2$"),
])
def test_rank_in_math(text, expected):
    assert rank_in_math(text) == expected


@pytest.mark.parametrize("line", ["Rang $J = 2$ und $\\det K = 0$", "rank $K = 2$, so $\\det K = 0$",
                                  "o posto de $J = 2$, logo $\\det K = 0$"])
def test_the_rank_in_words_is_no_claim_about_j_or_k(line):
    out, first = notes_verdicts(HEAD + line + "\n")
    assert out[3] == ["correct"] and first == 0   # det K = 0 only; nothing unreadable
