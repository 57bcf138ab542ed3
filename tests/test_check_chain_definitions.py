"""A name of the learner's own set equal to a chain of arithmetic (``M_{23} = 12 · 31 − 19² = 362 − 361 = 1``): every
later member says the members before it are equal to it, so a slip inside the chain is wrong (it is no new definition
of the letter), the result after it carried, and a principal minor worked out wrong carries into the
characteristic polynomial.

Worked by hand: K = [[3, 5, 7], [5, 12, 19], [7, 19, 31]] (f = 2x + 1 at x = 0, 1, 2 with θ = (2, 1, 1, 0));
12 · 31 = 372, 19² = 361, so M_23 = 372 − 361 = 11, not 362 − 361 = 1; M_12 = 36 − 25 = 11, M_13 = 93 − 49 = 44;
the sum of the minors is 66, and their 11 + 44 + 1 = 56 makes det(K − λI) = −(λ³ − 46λ² + 56λ) carried.
"""

from symntk.check import check_text

HEAD = ("$f(x) = W^{(2)}(W^{(1)}x + b^{(1)}) + b^{(2)}$, $W^{(1)} = 2$, $b^{(1)} = 1$, $W^{(2)} = 1$, $b^{(2)} = 0$;"
        " $x_1 = 0$, $x_2 = 1$, $x_3 = 2$.\n\n"
        "$K = \\begin{pmatrix} 3 & 5 & 7\\\\ 5 & 12 & 19\\\\ 7 & 19 & 31 \\end{pmatrix}$\n\n")   # lines 1-4


def _lines(notes: str) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for j in check_text(notes, "notes.md").judgements:
        out.setdefault(j.line, []).append("carried" if j.carried else j.verdict)
    return out


def test_a_slip_inside_a_named_chain_is_wrong():
    assert _lines(HEAD + "$M_{23} = 12\\cdot 31 - 19^2 = 362 - 361 = 1$\n")[5] == ["wrong", "carried"]


def test_a_right_named_chain_stays_right():
    lines = _lines(HEAD + "$M_{23} = 12\\cdot 31 - 19^2 = 372 - 361 = 11$\n\n$A = 3\\cdot 12 - 25 = 11$\n")
    assert set(lines.get(5, ["correct"])) == {"correct"} and set(lines.get(7, ["correct"])) == {"correct"}


def test_the_wrong_minor_carries_into_the_polynomial():
    notes = HEAD + ("$M_{12} = 3\\cdot 12 - 25 = 11$, $M_{13} = 3\\cdot 31 - 49 = 44$, "
                    "$M_{23} = 12\\cdot 31 - 19^2 = 362 - 361 = 1$\n\n"
                    "$$\\det(K - \\lambda I) = -(\\lambda^3 - 46\\lambda^2 + 56\\lambda)$$\n")
    lines = _lines(notes)
    assert "wrong" in lines[5] and lines[7] == ["carried"]
