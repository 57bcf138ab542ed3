"""A zero said in words before a colon with its math on the next line (``so the cross terms are zero:`` ⏎
``$\\langle \\nabla f_1(x_i), \\nabla f_2(x_j)\\rangle = 0$``) is one claim, on the line where it starts
(symntk.check.said_zero).

Invented notes, worked by hand: f = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]} with W^{[1]} = 1, b^{[1]} = 1,
W^{[2]} = (1, 2)^T, b^{[2]} = (0, 0)^T, x_1 = 1, x_2 = 2. ∇f_1(x) = (x, 1, x+1, 0, 1, 0), ∇f_2(x) = (2x, 2, 0, x+1,
0, 1): the cross terms ⟨∇f_1(x_i), ∇f_2(x_j)⟩ share W^{[1]}, b^{[1]} and are 4, 6, 6, 10, not 0.
"""

import pytest
from check_helpers import notes_verdicts

from symntk.check.said_zero import says_zero_before_colon

HEAD = ("$W^{[1]} = 1$, $b^{[1]} = 1$, $W^{[2]} = (1,2)^T$, $b^{[2]} = (0,0)^T$, $x_1 = 1$, $x_2 = 2$.\n\n"
        "$\\nabla f_1(x_1) = (1,1,2,0,1,0)$, $\\nabla f_1(x_2) = (2,1,3,0,1,0)$,\n"
        "$\\nabla f_2(x_1) = (2,2,0,2,0,1)$, $\\nabla f_2(x_2) = (4,2,0,3,0,1)$.\n\n")   # lines 1-4


@pytest.mark.parametrize("line, says", [
    ("Verschiedene Ausgänge hängen von verschiedenen Gewichten ab, also sind die Kreuzterme null:", True),
    ("The outputs use different weights, so the cross terms are zero:", True),
    ("Úttökin nota ólík gildi svo krossliðirnir eru núll:", True),
    ("So we get:", False),                                   # no value said
    ("The cross terms are zero.", False),                    # no colon: the next line is a claim of its own
    ("Zero: ", False),                                       # no copula
    ("Since $K_{12}$ is zero, so:", False),                  # the zero is not at the colon
])
def test_what_says_zero_before_its_colon(line, says):
    assert says_zero_before_colon(line) is says


def _lines(notes: str) -> dict[int, list[str]]:
    return notes_verdicts(notes)[0]


def test_the_written_zero_is_judged_on_the_line_of_the_words():
    lines = _lines(HEAD + "Different outputs use different weights, so the cross terms are zero:\n"
                   + "$\\langle \\nabla f_1(x_1), \\nabla f_2(x_1)\\rangle = 0$\n")
    assert "wrong" in lines[6] and 7 not in lines


def test_without_the_words_the_zero_stays_on_its_line():
    lines = _lines(HEAD + "The cross terms:\n$\\langle \\nabla f_1(x_1), \\nabla f_2(x_1)\\rangle = 0$\n")
    assert "wrong" in lines[7] and 6 not in lines
