"""A line about one output's kernel, labelled with that kernel in any superscript spelling (``K^(1): …``,
``$K^{(2)}$: …``, ``for K^(2): …``), and per-output eigenvalue names (``λ_2^{(2)}``, ``λ^{(1)}_1``, in code
``lam1_K2``, ``lam2_out1``), read as that output's kernel (invented notes, worked out by hand).

The notes give their own exercise: f(x) = W2 (W1 x + b1) + b2, f: R → R², W1 = 2, b1 = 0, W2 = (1, 3)ᵀ,
b2 = (0, 0)ᵀ, x1 = 1, x2 = 3, θ = (W1, b1, W2_1, W2_2, b2_1, b2_2); h = 2x.
∇f_1(x) = (x, 1, 2x, 0, 1, 0): (1, 1, 2, 0, 1, 0) and (3, 1, 6, 0, 1, 0), so K^(1) = [[7, 17], [17, 47]],
tr 54, det 329 − 289 = 40, λ² − 54λ + 40 = 0, λ = 27 ± √689 ≈ 53.249, 0.751.
∇f_2(x) = (3x, 3, 0, 2x, 0, 1): (3, 3, 0, 2, 0, 1) and (9, 3, 0, 6, 0, 1), so K^(2) = [[23, 49], [49, 127]],
tr 150, det 2921 − 2401 = 520, λ² − 150λ + 520 = 0, λ = 75 ± √5105 ≈ 146.449, 3.551.
"""

from check_helpers import worst_verdicts

from symntk.check.output_labels import kernel_subject

MD_HEAD = """# Two outputs
f(x) = W2 (W1 x + b1) + b2, W1 = 2, b1 = 0, W2 = [1, 3]^T, b2 = [0, 0]^T ; x1 = 1, x2 = 3

I compute the 2x2 kernel of each output.

$K^{(1)} = \\begin{pmatrix} 7 & 17 \\\\ 17 & 47 \\end{pmatrix}$

$K^{(2)} = \\begin{pmatrix} 23 & 49 \\\\ 49 & 127 \\end{pmatrix}$

"""


def test_kernel_subject_spellings():
    """The kernel's number bare, after _, in ( ) or [ ] superscripts, in math, after "for", or as ⁽²⁾; an entry
    K_{12} or a line that does not open with a kernel names none."""
    assert kernel_subject("K^(1): lam^2 - 54 lam + 40 = 0") == 1
    assert kernel_subject("$K^{(2)}$: $\\lambda^2 - 150\\lambda + 520 = 0$") == 2
    assert kernel_subject("for K^(2): λ² − 150λ + 520 = 0") == 2
    assert kernel_subject("K^{[1]} has tr 54") == 1
    assert kernel_subject("Θ⁽²⁾: tr = 150") == 2
    assert kernel_subject("K2: det = 520") == 2
    assert kernel_subject("K_{12}: 17") is None
    assert kernel_subject("then λ² − 54λ + 40 = 0 for K^(1):") is None


def test_labelled_polynomials_judged_against_their_outputs_kernel():
    """After both matrices (output 2's read last) the line labelled K^(1) in words is output 1's polynomial and
    right; the next, labelled K^(2), is output 2's and right; with 502 for 520 it is wrong."""
    notes = MD_HEAD + "for K^(1): $\\lambda^2 - 54\\lambda + 40 = 0$\n\nK^(2): $\\lambda^2 - 150\\lambda + 520 = 0$\n"
    worst, report = worst_verdicts(notes, "notes.md")
    assert report.first_mistake is None
    assert worst[10] == "correct" and worst[12] == "correct"
    worst, report = worst_verdicts(notes.replace("520 = 0", "502 = 0"), "notes.md")
    assert worst[10] == "correct" and worst[12] == "wrong"


def test_per_output_eigenvalue_names():
    """λ_2^{(2)} ≈ 3.551 is output 2's smaller eigenvalue (not λ_2 squared), λ^{(1)}_1 ≈ 53.249 output 1's larger;
    λ_1^{(2)} ≈ 53.249 is output 1's value named as output 2's: wrong."""
    notes = MD_HEAD + ("$\\lambda_2^{(2)} \\approx 3.551$\n\n$\\lambda^{(1)}_1 \\approx 53.249$\n\n"
                       "$\\lambda_1^{(2)} \\approx 53.249$\n")
    worst, _ = worst_verdicts(notes, "notes.md")
    assert worst[10] == "correct" and worst[12] == "correct" and worst[14] == "wrong"


def test_code_labelled_polynomial_and_eigenvalue_names():
    """In Python working the comment ``# K^(2): …`` is output 2's polynomial even before any kernel is read;
    ``lam1_K2`` is output 2's eigenvalue 75 + √5105, ``lam2_out1`` output 1's 27 − √689 ≈ 0.751; ``lam2_out1``
    written 3.551 (output 2's) is wrong."""
    code = ('"""Two outputs: f(x) = W2 (W1 x + b1) + b2, W1 = 2, b1 = 0, W2 = [1, 3]^T, b2 = [0, 0]^T ;'
            ' x1 = 1, x2 = 3\nI do the kernel of each output."""\nfrom math import sqrt\n'
            "# K^(2): lam^2 - 150 lam + 520 = 0\n"
            "lam1_K2 = 75 + sqrt(5105)\n"
            "lam2_out1 = 0.751\n")
    worst, report = worst_verdicts(code, "hw.py")
    assert report.first_mistake is None
    assert worst[4] == "correct" and worst[5] == "correct" and worst[6] == "correct"
    worst, _ = worst_verdicts(code.replace("0.751", "3.551"), "hw.py")
    assert worst[6] == "wrong"
