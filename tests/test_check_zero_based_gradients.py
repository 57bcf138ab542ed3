"""Gradients numbered from 0 by a superscript, ``g^{(0)}`` beside ``g^{(1)}`` (the gradients at x^{(0)}, x^{(1)}): the
family g⁽ⁱ⁾ is read one higher like x⁽ⁱ⁾ (symntk.check.zero_based.GRADIENTS_UP); a lone ``g^{(1)}`` shifts nothing.

Notes invented (worked by hand): f(x) = W² relu(W¹x + b¹) + b², W¹ = [1, −1]ᵀ, b¹ = 0, W² = [3, 2], b² = 1,
x^{(0)} = 1, x^{(1)} = 2 (the sheet's x₁, x₂): ∇f(x^{(0)}) = (3, 0, 3, 0, 1, 0, 1), ∇f(x^{(1)}) = (6, 0, 3, 0, 2, 0, 1).
"""

from check_helpers import notes_verdicts

from symntk.check.zero_based import zero_based

PROBLEM = ("$f(x) = W^{[2]}\\,\\mathrm{relu}(W^{[1]}x+b^{[1]}) + b^{[2]}$, $W^{[1]} = [1,-1]^T$, "
           "$b^{[1]} = [0,0]^T$, $W^{[2]} = [3,2]$, $b^{[2]} = 1$\n\n"
           "points: $x^{(0)} = 1$, $x^{(1)} = 2$\n\n")   # lines 1, 3


def test_superscript_gradients_from_zero_are_shifted():
    text, families = zero_based("$g^{(0)} = [1, 2]$ and $g^{(1)} = [3, 4]$")
    assert text == "$g^{(1)} = [1, 2]$ and $g^{(2)} = [3, 4]$" and "g⁽ⁱ⁾" in families
    assert zero_based("$g^{(1)} = [3, 4]$") == ("$g^{(1)} = [3, 4]$", [])


def test_gradients_counted_from_zero_are_judged_at_their_points():
    right = PROBLEM + "$g^{(0)} = [3, 0, 3, 0, 1, 0, 1]$\n\n$g^{(1)} = [6, 0, 3, 0, 2, 0, 1]$\n"
    lines, first = notes_verdicts(right)
    assert lines[5] == ["correct"] and lines[7] == ["correct"] and not first, lines
    lines, first = notes_verdicts(right.replace("[6, 0, 3", "[6, 0, 4"))
    assert lines[5] == ["correct"] and lines[7] == ["wrong"] and first == 7, lines
