"""Capital Θ listed by parameter names is the parameter vector θ, not the kernel (symntk/check/capital_theta.py),
and ``\\dim\\Theta`` is the parameter count."""

from check_helpers import IDENTITY_1_2_1, problem, verdicts

# A 1-3-1 tanh net has 3 + 3 + 3 + 1 = 10 parameters, θ = (W1_1, W1_2, W1_3, b1_1, b1_2, b1_3, W2_1, W2_2, W2_3, b2)
TANH_1_3_1 = problem([1, 3, 1], "tanh", [0, 1], W1=[[1], [-1], [2]], b1=[0, 0, 1], W2=[[1, 1, 1]], b2=0)
NAMES = ("W^{(1)}_1, W^{(1)}_2, W^{(1)}_3, b^{(1)}_1, b^{(1)}_2, b^{(1)}_3, "
         "W^{(2)}_1, W^{(2)}_2, W^{(2)}_3, b^{(2)}")


def test_transposed_listing_with_its_space_is_theta_and_its_count(tmp_path):
    """Θ = (the 10 names in θ's order)ᵀ ∈ ℝ^{10}: the listing is θ (correct) and the space gives P = 10
    (correct); before, Θ was taken for the kernel and the line was unreadable."""
    notes = f"$\\Theta = ({NAMES})^\\top \\in \\mathbb{{R}}^{{10}}$\n"
    lines, first = verdicts(tmp_path, TANH_1_3_1, notes)
    assert lines == {1: ["correct", "correct"]} and first == 0


def test_listing_out_of_order_is_wrong(tmp_path):
    """The two bias names b^{(1)}_3 and W^{(2)}_1 swapped: θ's order is broken, so the listing is wrong (line 1)."""
    swapped = NAMES.replace("b^{(1)}_3, W^{(2)}_1", "W^{(2)}_1, b^{(1)}_3")
    lines, first = verdicts(tmp_path, TANH_1_3_1, f"$\\Theta = \\big({swapped}\\big)^T$\n")
    assert lines == {1: ["wrong"]} and first == 1


def test_size_of_capital_theta_is_the_count(tmp_path):
    """\\dim\\Theta = 9 for a net with 10 parameters is wrong; \\dim(\\Theta) = 10 on line 3 is correct."""
    lines, first = verdicts(tmp_path, TANH_1_3_1, "$\\dim\\Theta = 9$\n\n$\\dim(\\Theta) = 10$\n")
    assert lines == {1: ["wrong"], 3: ["correct"]} and first == 1


def test_capital_theta_as_a_matrix_stays_the_kernel(tmp_path):
    """Θ = [[8, 12], [12, 19]] is the kernel of the identity 1-2-1 exercise (correct); Θ = [[8, 12], [12, 18]] on
    line 3 is wrong (K_22 = 4 + 0 + 1 + 0 + 4 + 9 + 1 = 19)."""
    notes = ("$\\Theta = \\begin{pmatrix} 8 & 12 \\\\ 12 & 19 \\end{pmatrix}$\n\n"
             "$\\Theta = \\begin{pmatrix} 8 & 12 \\\\ 12 & 18 \\end{pmatrix}$\n")
    lines, first = verdicts(tmp_path, IDENTITY_1_2_1, notes)
    assert lines == {1: ["correct"], 3: ["wrong"]} and first == 3


def test_listing_of_kernel_entries_keeps_theta_the_kernel(tmp_path):
    """K = [[8, 12], [12, 19]] (check_helpers): ``Θ = (K_{11}, K_{12}, K_{22}) = (8, 12, 19)`` lists the kernel's
    entries, true; read as θ it would be judged wrong (θ has 7 parameters): no line is wrong."""
    notes = "$\\Theta = (K_{11}, K_{12}, K_{22}) = (8, 12, 19)$\n"
    lines, first = verdicts(tmp_path, IDENTITY_1_2_1, notes)
    assert "wrong" not in lines.get(1, []) and first == 0
