"""Inline math that starts with ``=`` after words in the prose continues the formula before it only when the words are
connectives (``so``, ``og``, ``donc``); after any other words (a name in a language the checker does not know) it starts
a new quantity, read as arithmetic or as context, never as the formula before. And ``\\sqrt\\Delta`` without braces.

The invented note (worked by hand): f(x) = w2 (w1 x + b1) + b2 with w1 = 2, b1 = 1, w2 = 3, b2 = 0, x_1 = 1, x_2 = 2;
∇_θ f = (3x, 3, 2x + 1, 1): (3, 3, 3, 1) and (6, 3, 5, 1); K = [[28, 43], [43, 71]], tr K = 99,
det K = 28·71 − 43·43 = 1988 − 1849 = 139, Δ = 99² − 4·139 = 9801 − 556 = 9245, √9245 ≈ 96.151.
"""

import math

from check_helpers import notes_verdicts

from symntk.check.continued_words import continues

from reference import exact_jacobian, gram

HEAD = r"""# Scalar net

$f(x) = w^{(2)}(w^{(1)}x + b^{(1)}) + b^{(2)}$ with
$w^{(1)} = 2$, $b^{(1)} = 1$, $w^{(2)} = 3$, $b^{(2)} = 0$, and $x_1 = 1$, $x_2 = 2$.
$\nabla_\theta f(x_1) = (3, 3, 3, 1)$
$\nabla_\theta f(x_2) = (6, 3, 5, 1)$
"""


def _verdicts(text):
    return {line: set(found) for line, found in notes_verdicts(text)[0].items()}


def test_the_hand_values_are_the_independent_backprop():
    J = exact_jacobian([2, 1, 3, 0], [1, 1, 1], ["identity"], [[1], [2]])
    assert gram(J) == [[28, 43], [43, 71]]
    assert 28 * 71 - 43 * 43 == 139 and 99 ** 2 - 4 * 139 == 9245
    assert round(math.sqrt(9245), 2) == 96.15


def test_unknown_words_start_a_new_quantity():
    line = "$\\operatorname{tr} K = 99$, 주소행렬식 $= 28 \\cdot 71 - 43 \\cdot 43 = 1988 - 1849 = 139$\n"
    got = _verdicts(HEAD + line)
    assert got[7] == {"correct"}
    slip = _verdicts(HEAD + line.replace("= 139$", "= 149$"))
    assert slip[7] == {"correct", "wrong"}   # tr K = 99 right, the arithmetic 1988 − 1849 = 149 wrong


def test_connectives_still_continue_the_formula():
    assert _verdicts(HEAD + "$K_{12} = 18 + 9 + 15 + 1$ so $= 43$\n")[7] == {"correct"}
    assert "wrong" in _verdicts(HEAD + "$K_{12} = 18 + 9 + 15 + 1$, og $= 44$\n")[7]


def test_the_whitelist_reads_the_prose_since_the_last_math():
    text = "$K_{12} = 1$ which gives $= 1$ ; $a = 1$ Zwischensumme $= 2$"
    first, second = (i for i, c in enumerate(text) if text.startswith("$= ", i))
    assert continues(text, first) and not continues(text, second)


def test_a_root_of_a_bare_greek_letter():
    got = _verdicts(HEAD + "$\\Delta = 99^2 - 4 \\cdot 139 = 9245$, $\\sqrt\\Delta \\approx 96.15$\n")
    assert got[7] == {"correct"}
    assert "wrong" in _verdicts(HEAD + "$\\Delta = 9245$, $\\sqrt\\Delta \\approx 97.15$\n")[7]
