"""Inner products, dot products and norms of the learner's own names of the gradients (symntk.check.tied_vectors;
the plain norm as √⟨v, v⟩, symntk.check.layout_rules; its judge symntk.check.judge_vectors); invented notes.

The lecture's example A (worked out by hand): f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]}, W^{[1]} = (1, 1)ᵀ,
b^{[1]} = (0, 1)ᵀ, W^{[2]} = (1, 0), b^{[2]} = 0, x = (1, 2): ∇f(x) = (x, 0, 1, 0, x, x + 1, 1), so
∇f(x_1) = (1, 0, 1, 0, 1, 2, 1) and ∇f(x_2) = (2, 0, 1, 0, 2, 3, 1); K_11 = 1+1+1+4+1 = 8,
K_12 = 2+1+2+6+1 = 12, K_22 = 4+1+4+9+1 = 19; ‖∇f(x_1)‖ = √8 ≈ 2.828, ‖∇f(x_2)‖ = √19 ≈ 4.359.
With the last entry of ∇f(x_2) written 2 (its own mistake): ⟨g_1, g_2⟩ = 13, ‖g_2‖² = 22, ‖g_2‖ = √22.
"""

import pytest
from check_helpers import notes_verdicts

from symntk.check.normalise import normalise
from symntk.check.tied_vectors import tied_names, tied_products

HEAD = ("$W^{[1]} = [1, 1]^T$, $b^{[1]} = [0, 1]^T$, $W^{[2]} = [1, 0]$, $b^{[2]} = 0$, $x_1 = 1$, $x_2 = 2$.\n\n")
CHAIN = ("$g_1 = \\nabla f(x_1) = (1, 0, 1, 0, 1, 2, 1)$, "
         "$g_2 = \\nabla f(x_2) = (2, 0, 1, 0, 2, 3, 1)$\n\n")
SLIP = ("$g_1 = \\nabla f(x_1) = (1, 0, 1, 0, 1, 2, 1)$, "
        "$g_2 = \\nabla f(x_2) = (2, 0, 1, 0, 2, 3, 2)$\n\n")


def test_names_tied_by_a_chain_or_given_in_bold():
    """g_1 = ∇f(x_1), ∇_θ f(x_2) = u, \\vec v := ∇f(x_2), J_1 = ∇f(x_1)^T; bold g's under two indices."""
    assert tied_names(CHAIN) == {("g", "1"): "1", ("g", "2"): "2"}
    assert tied_names("$\\nabla_\\theta f(x_2) = u = (1, 2)$ and $J_1 = \\nabla f(x_1)^T = (3, 4)$") == \
        {("u", ""): "2", ("J", "1"): "1"}
    assert tied_names("$\\vec v := \\nabla f(x^{(2)})$") == {("v", ""): "2"}
    assert tied_names("$\\mathbf{g}_1 = (1, 2)$, $\\mathbf{g}_2 = (3, 4)$") == {("g", "1"): "1", ("g", "2"): "2"}
    assert tied_names("$x = \\nabla f(x_1)$, $h = \\nabla f(x_1)$, $h = \\nabla f(x_2)$") == {}   # reserved, two points


@pytest.mark.parametrize("written, read", [
    ("\\langle g_1, g_2 \\rangle", "\\langle \\nabla_\\theta f(x_{1}), \\nabla_\\theta f(x_{2}) \\rangle"),
    ("g_1^T g_2", "\\nabla_\\theta f(x_{1})^T \\nabla_\\theta f(x_{2})"),
    ("g_1 \\cdot g_2 = 12", "\\nabla_\\theta f(x_{1}) \\cdot \\nabla_\\theta f(x_{2}) = 12"),
    ("\\|g_2\\|^2", "\\|\\nabla_\\theta f(x_{2})\\|^2"),
    ("g_1 = (1, 0)", "g_1 = (1, 0)"),   # the definition stays the learner's name
    ("g_1 h_2", "g_1 h_2"),
])
def test_only_products_and_norms_of_tied_names_are_rewritten(written, read):
    assert tied_products(written, {("g", "1"): "1", ("g", "2"): "2"}) == read


def test_a_plain_norm_reads_as_the_root_of_an_inner_product():
    assert normalise("\\|g_1\\| = 3") == "\\sqrt{\\langle g_1, g_1 \\rangle} = 3"
    assert normalise("\\|g_1\\|^2 = 9") == "\\langle g_1, g_1 \\rangle = 9"


def test_inner_products_and_norms_of_named_gradients_are_kernel_entries():
    """⟨g_1, g_1⟩ = 8, ‖g_2‖² = 19, g_1 · g_2 = 12, g_1^T g_2 = 12 right; ‖g_1‖ = √8 ≈ 2.83 right, ‖g_2‖ = 4.36 right
    (√19 = 4.3589), ‖g_2‖ = √20 wrong."""
    lines, first = notes_verdicts(HEAD + CHAIN + "$K_{11} = \\langle g_1, g_1 \\rangle = 8$\n\n"
                                  "$K_{22} = \\|g_2\\|^2 = 19$\n\n$K_{12} = g_1 \\cdot g_2 = 12$\n\n"
                                  "$K_{12} = g_1^T g_2 = 12$\n\n$\\|g_1\\| = \\sqrt{8} \\approx 2.83$\n\n"
                                  "$\\|g_2\\| \\approx 4.36$\n\n$\\|g_2\\| = \\sqrt{20}$\n")
    assert lines[5] == lines[7] == lines[9] == lines[11] == ["correct"]
    assert lines[13] == ["correct", "correct"] and lines[15] == ["correct"]
    assert lines[17] == ["wrong"] and first == 17


def test_products_of_a_wrong_named_gradient_are_carried():
    """g_2 with ∂f/∂b^{[2]} written 2: ⟨g_1, g_2⟩ = 13, ‖g_2‖² = 22 and ‖g_2‖ = √22 follow from it."""
    lines, first = notes_verdicts(HEAD + SLIP + "$K_{12} = \\langle g_1, g_2 \\rangle = 13$\n\n"
                                  "$K_{22} = \\|g_2\\|^2 = 22$\n\n$\\|g_2\\| = \\sqrt{22}$\n")
    assert first == 3
    assert lines[5] == lines[7] == lines[9] == ["carried"]


def test_bold_and_arrow_names():
    """\\mathbf{g}_i given vectors; \\vec u := ∇f(x_1), \\vec v := ∇f(x_2): ⟨u, v⟩ = 11 is wrong (12)."""
    lines, first = notes_verdicts(HEAD + "$\\mathbf{g}_1 = (1, 0, 1, 0, 1, 2, 1)$, "
                                  "$\\mathbf{g}_2 = (2, 0, 1, 0, 2, 3, 1)$\n\n"
                                  "$K_{12} = \\mathbf{g}_1 \\cdot \\mathbf{g}_2 = 12$\n\n"
                                  "$\\vec u := \\nabla_\\theta f(x_1)$ and $\\vec v := \\nabla_\\theta f(x_2)$\n\n"
                                  "$K_{12} = \\langle \\vec u, \\vec v \\rangle = 11$\n")
    assert lines[5] == ["correct"] and lines[9] == ["wrong"] and first == 9
