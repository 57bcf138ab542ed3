"""A column or row of K given as one vector is read as its entries (kernel_slices).

IDENTITY_1_2_1 (check_helpers): K = [[8, 12], [12, 19]], so its second column is (12, 19) and its first row (8, 12).
"""

from tests.check_helpers import IDENTITY_1_2_1, NETWORK_HEAD, verdicts


def test_column_with_colon_placeholder(tmp_path):
    """K_{:,2} = (12, 19): K_{12} = 12 and K_{22} = 19, both right."""
    lines, first = verdicts(tmp_path, IDENTITY_1_2_1, NETWORK_HEAD + "$K_{:,2} = (12, 19)$\n")
    assert lines[3] == ["correct", "correct"] and first == 0


def test_transposed_column_with_dot(tmp_path):
    """K_{\\cdot 1} = (8, 12)^T: K_{11} = 8, K_{21} = 12, right."""
    lines, _ = verdicts(tmp_path, IDENTITY_1_2_1, NETWORK_HEAD + "$K_{\\cdot 1} = (8, 12)^T$\n")
    assert lines[3] == ["correct", "correct"]


def test_wrong_entry_of_a_column(tmp_path):
    """K_{\\cdot 2} = (12, 20)^\\top: K_{12} = 12 right, K_{22} = 20 wrong (19)."""
    lines, first = verdicts(tmp_path, IDENTITY_1_2_1, NETWORK_HEAD + "$K_{\\cdot 2} = (12, 20)^\\top$\n")
    assert lines[3] == ["correct", "wrong"] and first == 3


def test_row_as_a_matrix_column(tmp_path):
    """K_{1,:} = [8, 12] (a row): K_{11} = 8, K_{12} = 12; a pmatrix column K_{*2} = (12 \\\\ 19) likewise."""
    notes = NETWORK_HEAD + "$K_{1,:} = [8, 12]$\n\n$K_{*2} = \\begin{pmatrix} 12 \\\\ 19 \\end{pmatrix}$\n"
    lines, _ = verdicts(tmp_path, IDENTITY_1_2_1, notes)
    assert lines[3] == ["correct", "correct"] and lines[5] == ["correct", "correct"]


def test_column_relation_is_still_a_relation(tmp_path):
    """K_{:,2} = 2K_{:,1} is a relation between columns (false here: 12 ≠ 16), not a vector of entries."""
    lines, _ = verdicts(tmp_path, IDENTITY_1_2_1, NETWORK_HEAD + "$K_{:,2} = 2K_{:,1}$\n")
    assert lines[3] == ["wrong"]


def test_column_named_in_words(tmp_path):
    """"The second column of $K$ is $(12, 19)$": K_{12} = 12, K_{22} = 19, right; "the first row of the kernel is
    $(8, 13)$": K_{11} = 8 right, K_{12} = 13 wrong (12)."""
    notes = NETWORK_HEAD + "The second column of $K$ is $(12, 19)$.\n\nand the first row of the kernel is $(8, 13)$.\n"
    lines, first = verdicts(tmp_path, IDENTITY_1_2_1, notes)
    assert lines[3] == ["correct", "correct"] and lines[5] == ["correct", "wrong"] and first == 5
