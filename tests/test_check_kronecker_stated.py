"""``δ_{k1}`` that opens a formula is the quantity stated (unit k's backprop error in layer 1), not a Kronecker
delta; inside a formula it is one (symntk.check.index_notation)."""

from check_helpers import problem, verdicts

# identity, W1 = (1, 1)ᵀ, b1 = (0, 1), W2 = (2, 3), b2 = 0: δ^{[1]}_k = ∂f/∂z_k = W^{[2]}_{1k} = 2, 3;
# ∂z^{[1]}_k/∂b^{[1]}_1 = 1 for k = 1, 0 for k = 2.
NET = problem([1, 2, 1], "identity", [1, 2], W1=[[1], [1]], b1=[0, 1], W2=[[2, 3]], b2=0)
HEAD = "Network $f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$.\n\n"


def test_error_of_unit_k_is_no_kronecker(tmp_path):
    """"Fehler der Einheit $k$ in Schicht 1: $δ_{k1} = W^{[2]}_{1k}$": true (2 and 3), never 1 = 2: nothing wrong."""
    seen, first = verdicts(tmp_path, NET, HEAD + "Fehler der Einheit $k$ in Schicht 1: "
                           "$\\delta_{k1} = W^{[2]}_{1k}$ für $k = 1, 2$\n")
    assert "wrong" not in seen.get(3, []) and first == 0


def test_kronecker_on_the_right_is_read(tmp_path):
    """∂z_k/∂b_1 = δ_{k1} for k = 1, 2: 1 and 0, both correct."""
    seen, first = verdicts(tmp_path, NET, HEAD + "$\\frac{\\partial z^{[1]}_k}{\\partial b^{[1]}_1} = \\delta_{k1}$ "
                           "for $k = 1, 2$\n")
    assert seen[3] == ["correct", "correct"] and first == 0
