"""The eigenvector part of a learner's notes (symntk.check.eigen_pieces, eigen_checks, eigen_columns, eigen_rows,
eigen_forms); invented notes.

The lecture's example A (worked out by hand): K = [[8, 12], [12, 19]], λ = (27 ± √697)/2, √697 ≈ 26.40076, so
λ_1 ≈ 26.70038 and λ_2 ≈ 0.29962. Row 1 of (K − λI) v = 0 is (8 − λ) v_1 + 12 v_2 = 0, so v = (12, λ − 8):
v(λ_1) ≈ (12, 18.70038), ‖v‖² = 144 + 349.7042 ≈ 493.70, ‖v‖ ≈ 22.21946, unit ≈ (0.54007, 0.84162);
v(λ_2) ≈ (12, −7.70038), and −2 v(λ_2) ≈ (−24, 15.40076), unit ≈ (0.84162, −0.54007) (up to sign).
K v(λ_1) = (8·12 + 12·18.7004, 12·12 + 19·18.7004) = (96 + 224.4048, 144 + 355.3076) ≈ (320.40, 499.31), and
26.7004·12 ≈ 320.40, 26.7004·18.7004 ≈ 499.31; but 0.2996·12 ≈ 3.60 (so K v(λ_1) ≈ 0.2996 v(λ_1) is false).
Dividing v(λ_1) by ‖v‖² 493.70 gives (0.0243, 0.0379), of norm ≈ 0.045, not 1. The unit vectors are orthogonal:
0.5401·0.8416 + 0.8416·(−0.5401) = 0.
"""

import pytest
from check_helpers import notes_verdicts

from symntk.check.eigen_columns import column, members, name
from symntk.check.eigen_rows import row_entries

HEAD = ("$W^{[1]} = [1, 1]^T$, $b^{[1]} = [0, 1]^T$, $W^{[2]} = [1, 0]$, $b^{[2]} = 0$, $x_1 = 1$, $x_2 = 2$.\n\n"
        "$K = \\begin{bmatrix} 8 & 12 \\\\ 12 & 19 \\end{bmatrix}$, $\\lambda_1 \\approx 26.7004$, "
        "$\\lambda_2 \\approx 0.2996$.\n\n")


def test_a_model_in_other_notation_is_right():
    """Bold names, brackets, ^\\top, a heading λ = number, v/‖v‖, K u written out, a multiple (−24, 15.4008) of
    v(λ_2), a check said in words and the unit vectors said orthogonal: every line right."""
    notes = HEAD + (
        "Eigenvectors: from the first row, $\\mathbf{u} = (12, \\lambda - 8)^\\top$.\n\n"                       # 5
        "For $\\lambda = 26.7004$:\n"                                                                           # 7
        "\\begin{align*}\n"
        "\\mathbf{u}_1 &= \\begin{bmatrix} 12 \\\\ 18.7004 \\end{bmatrix}, & "
        "\\|\\mathbf{u}_1\\| &= \\sqrt{144 + 349.70} \\approx 22.2195,\\\\\n"                                    # 9
        "\\hat{\\mathbf{u}}_1 &= \\frac{\\mathbf{u}_1}{\\|\\mathbf{u}_1\\|} \\approx "
        "\\begin{bmatrix} 0.5401 \\\\ 0.8416 \\end{bmatrix},\\\\\n"                                             # 10
        "K\\mathbf{u}_1 &= \\begin{bmatrix} 96 + 224.40 \\\\ 144 + 355.31 \\end{bmatrix} = "
        "\\begin{bmatrix} 320.40 \\\\ 499.31 \\end{bmatrix} \\approx 26.7004\\, \\mathbf{u}_1.\n"                # 11
        "\\end{align*}\n\n"
        "For $\\lambda = 0.2996$:\n"                                                                            # 14
        "\\begin{align*}\n"
        "\\mathbf{u}_2 &= \\begin{bmatrix} -24 \\\\ 15.4008 \\end{bmatrix}, & "
        "\\hat{\\mathbf{u}}_2 &\\approx \\begin{bmatrix} 0.8416 \\\\ -0.5401 \\end{bmatrix}\n"                  # 16
        "\\end{align*}\n"
        "and the check works the same way.\n\n"                                                                 # 18
        "The two unit vectors are orthogonal.\n")                                                               # 20
    lines, first = notes_verdicts(notes)
    assert first == 0
    for n in (5, 9, 10, 11, 16, 18, 20):
        assert lines[n] and set(lines[n]) == {"correct"}, n


def test_the_mistakes_of_an_eigenvector_exam():
    """A wrong general form (λ − 8, 12), a vector from it (carried), ‖v‖² as the divisor of a unit vector (wrong,
    and the result is no unit vector), the λ_1 vector given for λ_2 with a false ticked check (wrong), and a unit
    vector right after all that."""
    notes = HEAD + (
        "Eigenvectors, with $q = (\\lambda - 8, 12)^T$:\n\n"                                                    # 5
        "$\\lambda_1$: $q_1 = (18.7004, 12)^T$\n\n"                                                              # 7
        "$\\lambda_1$: $p = (12, 18.7004)^T$, $\\|p\\|^2 = 144 + 349.70 = 493.70$\n\n"                           # 9
        "unit: $\\hat p = \\frac{p}{493.70} = (0.0243, 0.0379)^T$\n\n"                                           # 11
        "$\\lambda_2$: $q_2 = (12, 18.7004)^T$ and $K q_2 = (320.40, 499.31)^T \\approx 0.2996\\, q_2$ ✓\n\n"   # 13
        "$\\lambda_1$: normalised $(0.5401, 0.8416)^T$\n")                                                       # 15
    lines, first = notes_verdicts(notes)
    assert first == 5 and lines[5] == ["wrong"]
    assert "carried" in lines[7] and "wrong" not in lines[7]
    assert set(lines[9]) == {"correct"}
    assert "wrong" in lines[11] and "wrong" in lines[13]
    assert set(lines[15]) == {"correct"}


def test_unicode_eigenvalues_and_names():
    """λ₂: v₂ = v(λ_1) is wrong; λ₁: v₁ = v(λ_1) and its unit vector right."""
    notes = HEAD + ("Eigenvectors\n\n"
                    "$λ₁$: $v₁ = (12, 18.7004)^T$, $\\hat v₁ ≈ (0.5401, 0.8416)^T$\n\n"          # 7
                    "$λ₂$: $v₂ = (12, 18.7004)^T$\n")                                               # 9
    lines, first = notes_verdicts(notes)
    assert set(lines[7]) == {"correct"} and lines[9] == ["wrong"] and first == 9


def test_a_check_that_fails_is_wrong_and_one_that_holds_right():
    """K v(λ_1) ≈ 26.7004 v right, ≈ 0.2996 v wrong (0.2996·12 ≈ 3.60, not 320.40)."""
    notes = HEAD + (
        "Eigenvector for $\\lambda_1$: $v = (12, 18.7004)^T$\n\n"                                                # 5
        "$Kv = (8 \\cdot 12 + 12 \\cdot 18.7004, 12 \\cdot 12 + 19 \\cdot 18.7004)^T = (320.40, 499.31)^T"
        " \\approx 26.7004\\, v$\n\n"                                                                           # 7
        "$Kv = (320.40, 499.31)^T \\approx 0.2996\\, v$\n")                                                      # 9
    lines, _ = notes_verdicts(notes)
    assert set(lines[7]) == {"correct"} and "wrong" in lines[9]


def test_a_row_of_k_minus_lambda_i_claims_the_entries_of_k():
    """(8 − λ) v_1 + 12 v_2 = 0 right; (7 − λ) v_1 + 12 v_2 = 0 wrong (K_11 is 8)."""
    notes = HEAD + ("Eigenvectors: $(8 - \\lambda) v_1 + 12 v_2 = 0$\n\n"
                    "Eigenvectors: $(7 - \\lambda) v_1 + 12 v_2 = 0$\n")
    lines, _ = notes_verdicts(notes)
    assert set(lines[5]) == {"correct"} and "wrong" in lines[7]


@pytest.mark.parametrize("text, entries", [
    ("(8 - \\lambda) v_1 + 12 v_2 = 0", ["K_{11} = 8", "K_{12} = 12"]),
    ("(31 - 32)v_1 - 3v_2 = 0", ["K_{11} = 31", "K_{12} = -3"]),
    ("12 v_1 + (19 - \\lambda_2) v_2 = 0", ["K_{22} = 19", "K_{21} = 12"]),
    ("(8 - \\lambda) v_1 + 12 v_1 = 0", None),
    ("v_1 + v_2 = 0", None),
])
def test_row_entries(text, entries):
    assert row_entries(text) == entries


@pytest.mark.parametrize("text, entries", [
    ("\\begin{pmatrix} 12 \\\\ -7.7004 \\end{pmatrix}", ["12", "-7.7004"]),
    ("(12, \\lambda - 8)^T", ["12", "\\lambda - 8"]),
    ("[0.5401, 0.8416]^\\top", ["0.5401", "0.8416"]),
    ("\\begin{pmatrix} 8 & 12 \\\\ 12 & 19 \\end{pmatrix}", None),
    ("(12)", None),
])
def test_column(text, entries):
    assert column(text) == entries


@pytest.mark.parametrize("text, named", [
    ("v^{(1)}", (False, "v_1")), ("\\hat v_2", (True, "v_2")), ("\\mathbf{u}", (False, "u")),
    ("\\hat{\\mathbf{u}}_1", (True, "u_1")), ("v₂", (False, "v_2")), ("v1", (False, "v_1")),
    ("v_{\\lambda_2}", (False, "v_2")), ("K", None), ("x_1", None),
])
def test_name(text, named):
    assert name(text) == named


def test_members_cut_only_at_the_top():
    assert members("K v = \\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix} \\approx 3 v") == (
        ["K v", "\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}", "3 v"], ["=", "\\approx"])
    assert members("f(x = 1) = 2") == (["f(x = 1)", "2"], ["="])
