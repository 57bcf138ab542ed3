"""Two eigenvalues said by their size in prose, the larger and the smaller, in either order, the numbers in math or
not: ``Stærra eigingildið er um $23{,}70$ og það minna um $0{,}30$`` → λ_max ≈ 23,70 and λ_min ≈ 0,30
(symntk.check.ordinal_eigen.size_eigenvalues).

Notes invented (worked by hand): f(x) = W² relu(W¹x + b¹) + b², W¹ = [1, −1]ᵀ, b¹ = 0, W² = [3, 2], b² = 1,
x₁ = 1, x₂ = 2: ∇f(x₁) = (3, 0, 3, 0, 1, 0, 1), ∇f(x₂) = (6, 0, 3, 0, 2, 0, 1), so K = [[20, 30], [30, 50]],
trace 70, det 100, λ = 35 ± √1125 ≈ 68.54 and 1.46.
"""

from check_helpers import notes_verdicts

from symntk.check.ordinal_eigen import size_eigenvalues

PROBLEM = ("$f(x) = W^{[2]}\\,\\mathrm{relu}(W^{[1]}x+b^{[1]}) + b^{[2]}$, $W^{[1]} = [1,-1]^T$, "
           "$b^{[1]} = [0,0]^T$, $W^{[2]} = [3,2]$, $b^{[2]} = 1$, $x_1 = 1$, $x_2 = 2$\n\n")   # line 1


def test_the_words_of_a_pair_by_size():
    claims = [c for c, _ in size_eigenvalues("Stærra eigingildið er um $23{,}70$ og það minna um $0{,}30$.")]
    assert claims == ["\\lambda_{\\max} \\approx 23{,}70", "\\lambda_{\\min} \\approx 0{,}30"]
    claims = [c for c, _ in size_eigenvalues("the smaller eigenvalue is 1.46 and the larger is 68.54")]
    assert claims == ["\\lambda_{\\min} = 1.46", "\\lambda_{\\max} = 68.54"]
    assert size_eigenvalues("the larger eigenvalue is 3 and the largest 4") == []   # no pair of sizes
    assert size_eigenvalues("the larger entry is 3 and the smaller 4") == []   # no eigenvalues


def test_a_pair_by_size_is_judged():
    right = PROBLEM + "Der größere Eigenwert ist etwa $68{,}54$ und der kleinere etwa $1{,}46$.\n"
    lines, _ = notes_verdicts(right)
    assert lines[3] == ["correct", "correct"], lines
    lines, first = notes_verdicts(PROBLEM + "The larger eigenvalue is about $70.54$ and the smaller about $1.46$.\n")
    assert sorted(lines[3]) == ["correct", "wrong"] and first == 3, lines
