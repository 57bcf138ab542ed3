"""Eigenvectors of K the learner states (symntk.check.eigen_vectors, judged by symntk.check.judge_vectors);
invented notes.

The lecture's example A (worked out by hand): K = [[8, 12], [12, 19]], tr K = 27, det K = 152 − 144 = 8,
λ = (27 ± √697)/2, √697 ≈ 26.40076, so λ_1 ≈ 26.70038 and λ_2 ≈ 0.29962. (K − λI) v = 0 gives v = (12, λ − 8):
for λ_1 (12, (11 + √697)/2) ≈ (12, 18.70038), of norm √(144 + 349.7042) ≈ 22.21946, so the unit eigenvector is
≈ (0.54007, 0.84162); for λ_2 (12, (11 − √697)/2) ≈ (12, −7.70038), unit ≈ (0.84162, −0.54007).
With ∇f(x_2) missing its x factor in ∂f/∂W^{[1]}_1 (written (1, 0, 1, 0, 2, 3, 1)) the learner's own K is
[[8, 11], [11, 16]]: tr 24, det 128 − 121 = 7, λ = 12 ± √137 ≈ 23.70470, 0.29530; v = (11, λ − 8) ≈ (11, 15.70470),
norm ≈ 19.17386, unit ≈ (0.57370, 0.81907).
"""

import pytest
from check_helpers import notes_verdicts

from symntk.check.eigen_vectors import eigenvector_text
from symntk.check.word_results import EIGENVECTOR_WORDS

HEAD = ("$W^{[1]} = [1, 1]^T$, $b^{[1]} = [0, 1]^T$, $W^{[2]} = [1, 0]$, $b^{[2]} = 0$, $x_1 = 1$, $x_2 = 2$.\n\n"
        "$K = \\begin{pmatrix} 8 & 12 \\\\ 12 & 19 \\end{pmatrix}$, $\\lambda_1 = \\frac{27 + \\sqrt{697}}{2}$, "
        "$\\lambda_2 = \\frac{27 - \\sqrt{697}}{2}$\n\n")


@pytest.mark.parametrize("math, line, read", [
    ("(0.5401, 0.8416)", "eigenvector for λ_1 ≈ 26.70: $(0.5401, 0.8416)$",
     "\\operatorname{eigvec}(26.70) = (0.5401, 0.8416)"),
    ("v_2 = (12, -7.70)^T", "Eigenvektor zu $\\lambda_2$: $v_2 = (12, -7.70)^T$",
     "\\operatorname{eigvec}(\\lambda_{2}) = (12, -7.70)^T"),
    ("v_1 = \\begin{pmatrix} 12 \\\\ 18.70 \\end{pmatrix}", "vecteur propre : $v_1 = …$",
     "\\operatorname{eigvec}(\\lambda_{1}) = \\begin{pmatrix} 12 \\\\ 18.70 \\end{pmatrix}"),
    ("(1, 2)", "eiginvigur: $(1, 2)$", "\\operatorname{eigvec} = (1, 2)"),
])
def test_a_vector_on_a_line_naming_an_eigenvector(math, line, read):
    assert eigenvector_text(math, line) == read


@pytest.mark.parametrize("math", ["g_1 = (1, 2)", "K = (1, 2)", "\\lambda_1 \\approx 26.70", "v = (a, b)",
                                  "(1, 2) + (3, 4) = (4, 6)", "v_1 = 12"])
def test_other_math_on_such_a_line_stays(math):
    """A gradient's or kernel's letter, an eigenvalue, letters, arithmetic and numbers are no eigenvector."""
    assert eigenvector_text(math, "the eigenvector: " + math) is None


def test_the_words_are_data():
    assert {"eigenvector", "eigenvektor", "eiginvigur", "vecteur propre", "autovector", "autovettore"} <= \
        set(EIGENVECTOR_WORDS)


def test_eigenvectors_of_the_true_kernel():
    """(12, 18.70) and (1, 1.5584) for λ_1 right (any multiple), (0.5401, 0.8416) right to the digits written,
    (0.5449, 0.8385) wrong, (12, (11 + √697)/2) exactly right, (12, (−11 + √697)/2) wrong, (1, 2) wrong,
    (0.8416, −0.5401) with no eigenvalue right (it is λ_2's), written out K v = λ v right."""
    notes = HEAD + ("The eigenvector for $\\lambda_1$: $v_1 = (12, 18.70)^T$\n\n"
                    "eigenvector for $\\lambda_1 \\approx 26.70$: $(1, 1.5584)$\n\n"
                    "normalised eigenvector for $\\lambda_1$: $(0.5401, 0.8416)$\n\n"
                    "normalised eigenvector for $\\lambda_1$: $(0.5449, 0.8385)$\n\n"
                    "eigenvector for $\\lambda_1$: $(12, \\frac{11 + \\sqrt{697}}{2})$\n\n"
                    "eigenvector for $\\lambda_1$: $(12, \\frac{-11 + \\sqrt{697}}{2})$\n\n"
                    "eigenvector for $\\lambda = 26.70$: $v = (1, 2)^T$\n\n"
                    "an eigenvector: $(0.8416, -0.5401)$\n\n"
                    "$K \\begin{pmatrix}12\\\\-7.70\\end{pmatrix} = 0.30 \\begin{pmatrix}12\\\\-7.70\\end{pmatrix}$\n")
    lines, first = notes_verdicts(notes)
    assert [lines[n][-1] for n in (5, 7, 9, 13, 19, 21)] == ["correct"] * 6
    assert lines[11][-1] == lines[15][-1] == lines[17][-1] == "wrong" and first == 11


def test_eigenvectors_of_the_learners_own_kernel_are_carried():
    """Their K = [[8, 11], [11, 16]] from a wrong ∇f(x_2): (11, 15.70) and (0.5737, 0.8191) for their λ_1 carried;
    (0.5737, 0.8191) for λ_2 wrong."""
    notes = ("$W^{[1]} = [1, 1]^T$, $b^{[1]} = [0, 1]^T$, $W^{[2]} = [1, 0]$, $b^{[2]} = 0$, $x_1 = 1$, $x_2 = 2$.\n\n"
             "$\\nabla f(x_1) = (1, 0, 1, 0, 1, 2, 1)$, $\\nabla f(x_2) = (1, 0, 1, 0, 2, 3, 1)$\n\n"
             "$K = \\begin{pmatrix} 8 & 11 \\\\ 11 & 16 \\end{pmatrix}$\n\n"
             "$\\lambda_1 = 12 + \\sqrt{137} \\approx 23.70$, $\\lambda_2 = 12 - \\sqrt{137} \\approx 0.30$\n\n"
             "Eigenvector for $\\lambda_1$: $v_1 = (11, 15.70)^T$, normalised $(0.5737, 0.8191)$\n\n"
             "Eigenvector for $\\lambda_2$: $(0.5737, 0.8191)$\n")
    lines, first = notes_verdicts(notes)
    assert first == 3
    assert lines[9][-2:] == ["carried", "carried"] and lines[11][-1] == "wrong"


def test_printed_vectors_of_a_program_are_no_claims():
    """R's ``$vectors`` block and numbers beside words that name no eigenvector are not eigenvector claims."""
    notes = HEAD + ("```\n## $vectors\n##           [,1]       [,2]\n## [1,] 0.5401 -0.8416\n```\n\n"
                    "the vectors are $(1, 2)$ and $(3, 4)$\n")
    lines, _ = notes_verdicts(notes)
    assert all(n <= 3 for n in lines)
