"""A network of scalar layers given through the learner's own units, with one value for every layer
("All $W=1$, all $b=0$"), and f written out to its simplified form (invented notes).

Exercise I of the corpus brief, worked out by hand: h_1 = W1 x + b1, h_2 = W2 h_1 + b2, f = W3 h_2 + b3 with every
W = 1 and every b = 0, so f = x; ∇f = (W3 W2 x, W3 W2, W3 h_1, W3, h_2, 1) = (x, 1, x, 1, x, 1);
K(x, x') = 3xx' + 3: K_11 = 6, K_12 = 9, K_22 = 15.
"""

import pytest

from symntk.check import check_text

HEAD = "All $W=1$, all $b=0$; $x_1=1$, $x_2=2$.\n\n"


def _verdicts(text: str) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for j in check_text(text).judgements:
        out.setdefault(j.line, []).append(j.verdict)
    return out


@pytest.mark.parametrize("f_line", [
    "$h_1=W^{(1)}x+b^{(1)}$, $h_2=W^{(2)}h_1+b^{(2)}$, $f=W^{(3)}h_2+b^{(3)}$",
    "$h_1=W^{(1)}x+b^{(1)}$, $h_2=W^{(2)}h_1+b^{(2)}$, $f=W^{(3)}h_2+b^{(3)}=x$",
    "$f(x)=W^{[3]}(W^{[2]}(W^{[1]}x+b^{[1]})+b^{[2]})+b^{[3]} = x$",
])
def test_the_network_is_recognised_through_units_and_a_simplified_f(f_line):
    verdicts = _verdicts(HEAD + f_line + "\n\n$K_{11}=6$, $K_{12}=9$, $K_{22}=15$, $K_{22} = 16$\n")
    assert verdicts[5] == ["correct", "correct", "correct", "wrong"]
    assert set(verdicts[3]) == {"correct"}


def test_a_wrong_simplification_of_f_is_wrong():
    text = HEAD + "$h_1=W^{(1)}x+b^{(1)}$, $h_2=W^{(2)}h_1+b^{(2)}$, $f=W^{(3)}h_2+b^{(3)}=2x$\n\n$K_{11}=6$\n"
    assert _verdicts(text)[3][-1] == "wrong"
