"""Matrix-calculus spellings of the gradient blocks: ∇ by vec(W) is the gradient by W's entries, and J(x) is the
Jacobian's row at x, the gradient there (spelling_rules.py, paper_notation.py)."""

from check_helpers import problem, verdicts

# A 1-2-1 identity net: W1 = (1, 2)ᵀ, b1 = (0, -1)ᵀ, W2 = (2, -1), b2 = 0; h = (x, 2x - 1);
# ∇_{W1} f = x W2ᵀ = (2x, -x)ᵀ, ∇θ f(x) = (2x, -x, 2, -1, x, 2x - 1, 1), at x_2 = 3: (6, -3, 2, -1, 3, 5, 1)
NET = problem([1, 2, 1], "identity", [1, 3], W1=[[1], [2]], b1=[0, -1], W2=[[2, -1]], b2=0)


def test_gradient_by_vec_of_the_weights(tmp_path):
    """∇_{vec(W^{(1)})} f = x W^{(2)⊤} = (2x, -x)ᵀ: both right (line 1); ∂f/∂vec(W^{(1)}) = (2, 1)ᵀ on line 3
    has the sign of W^{(2)}_2 lost (no datapoint gives (2x, -x) = (2, 1)): wrong."""
    notes = ("$\\nabla_{\\operatorname{vec}(W^{(1)})} f = x\\, W^{(2)\\top} = (2x, -x)^\\top$\n\n"
             "$\\partial f/\\partial \\operatorname{vec}(W^{(1)}) = (2, 1)^\\top$\n")
    lines, first = verdicts(tmp_path, NET, notes)
    assert lines == {1: ["correct", "correct"], 3: ["wrong"]} and first == 3


def test_jacobian_at_an_input_is_the_gradient_row(tmp_path):
    """J(x) = (2x, -x, 2, -1, x, 2x - 1, 1) is ∇θ f(x), correct; \\mathbf{J}(x_2) = (6, -3, 2, -1, 3, 6, 1) on
    line 3 has 2x_2 - 1 = 5 written 6: wrong."""
    notes = ("$J(x) = (2x, -x, 2, -1, x, 2x - 1, 1)$\n\n"
             "$\\mathbf{J}(x_2) = (6, -3, 2, -1, 3, 6, 1)$\n")
    lines, first = verdicts(tmp_path, NET, notes)
    assert lines == {1: ["correct"], 3: ["wrong"]} and first == 3
