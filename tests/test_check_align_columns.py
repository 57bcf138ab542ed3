"""Two equations on one row of ``align*`` (``A &= B & C &= D``), eqnarray's ``A &=& B``, a word for the trace or
the determinant before ``$K = …$``, the learner's gradient letters in ``⟨g_1, g_2⟩`` and a lone ``⇒`` in math.

The notes are invented for these tests; verdicts worked out by hand: f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]}
with W^{[1]} = (1, 2)^T, b^{[1]} = (0, 1)^T, W^{[2]} = (1, 1), b^{[2]} = 0. In θ order (W^{[1]}_{11}, W^{[1]}_{21},
b^{[1]}_1, b^{[1]}_2, W^{[2]}_{11}, W^{[2]}_{12}, b^{[2]}) the gradient is (x, x, 1, 1, x, 2x + 1, 1): at x_1 = 1
(1, 1, 1, 1, 1, 3, 1), at x_2 = 2 (2, 2, 1, 1, 2, 5, 1); K_11 = 15, K_12 = 24, K_22 = 40, tr K = 55,
det K = 600 − 576 = 24.
"""

import pytest

from symntk.check import check_text

PROBLEM = ("$f(x) = W^{[2]}(W^{[1]} x + b^{[1]}) + b^{[2]}$ with $W^{[1]} = (1, 2)^T$, $b^{[1]} = (0, 1)^T$, "
           "$W^{[2]} = (1, 1)$, $b^{[2]} = 0$, $x_1 = 1$, $x_2 = 2$.\n\n")   # line 1


def _by_line(notes: str, name: str = "notes.tex"):
    report = check_text(notes, name)
    out: dict[int, list[str]] = {}
    for j in report.judgements:
        out.setdefault(j.line, []).append("carried" if j.carried else j.verdict)
    return out, report.first_mistake.line if report.first_mistake else 0


def _derivatives(last: str) -> str:
    return (PROBLEM + "\\begin{align*}\n"                                                           # 3
            "\\frac{\\partial f}{\\partial W^{[1]}_{11}} &= W^{[2]}_{11} x = x & "
            "\\frac{\\partial f}{\\partial W^{[1]}_{21}} &= W^{[2]}_{12} x = x\\\\\n"                 # 4
            "\\frac{\\partial f}{\\partial b^{[1]}_{1}} &= 1 & \\frac{\\partial f}{\\partial b^{[1]}_{2}} &= 1\\\\\n"
            f"\\frac{{\\partial f}}{{\\partial W^{{[2]}}_{{11}}}} &= x & "
            f"\\frac{{\\partial f}}{{\\partial W^{{[2]}}_{{12}}}} &= {last}\n"                        # 6
            "\\end{align*}\n")


def test_two_equations_on_a_row_are_two_claims():
    lines, first = _by_line(_derivatives("2x + 1"))
    assert lines[4] == ["correct"] * 4 and lines[5] == ["correct"] * 2 and lines[6] == ["correct"] * 2
    assert first == 0


def test_a_wrong_second_column_is_found_on_its_row():
    lines, first = _by_line(_derivatives("2x"))
    assert lines[4] == ["correct"] * 4
    assert lines[6] == ["correct", "wrong"] and first == 6


@pytest.mark.parametrize("row, verdicts", [
    ("K_{11} &= 15 & K_{12} &= 24 & K_{22} &= 40", ["correct"] * 3),
    ("K_{11} &= 1 + 1 + 1 + 1 + 1 + 9 + 1 = 15 & K_{12} &= 25", ["correct", "correct", "wrong"]),
    ("K_{11} &= 15 && K_{22} &= 40", ["correct"] * 2),   # alignat's empty column between the pairs
])
def test_kernel_entries_side_by_side(row, verdicts):
    lines, _ = _by_line(PROBLEM + "\\begin{align*}\n" + row + "\n\\end{align*}\n")
    assert lines[4] == verdicts


def test_eqnarray_relation_column_stays_one_claim():
    notes = (PROBLEM + "\\begin{eqnarray*}\n"
             "\\frac{\\partial f}{\\partial b^{[1]}_{2}} &=& W^{[2]}_{12} = 1 \\\\\n"                # 4
             "\\frac{\\partial f}{\\partial W^{[2]}_{12}} &=& W^{[1]}_{21} x + b^{[1]}_2 = 2x + 1\n"   # 5
             "\\end{eqnarray*}\n")
    lines, first = _by_line(notes)
    assert lines[4] == ["correct", "correct"] and lines[5] == ["correct", "correct"] and first == 0


@pytest.mark.parametrize("sentence, verdict", [
    ("Spur $K = 55$.", "correct"),
    ("Die Spur von $K = 54$.", "wrong"),
    ("La trace de $K = 55$.", "correct"),
    ("La traza de $K = 55$.", "correct"),
    ("det $K = 24$", "correct"),
    ("Determinante $K = 25$", "wrong"),
])
def test_a_word_for_trace_or_determinant_before_k(sentence, verdict):
    lines, _ = _by_line(PROBLEM + "$K = \\begin{pmatrix} 15 & 24 \\\\ 24 & 40 \\end{pmatrix}$\n\n" + sentence + "\n")
    assert lines[5] == [verdict]


@pytest.mark.parametrize("member, verdicts", [
    ("\\langle g_1, g_2 \\rangle = 24", ["correct"]),
    ("\\langle g_1, g_2 \\rangle = 2 + 2 + 1 + 1 + 2 + 15 + 1 = 24", ["correct", "correct"]),
    ("g_1^\\top g_2 = 24", ["correct"]),
    ("g_{1} \\cdot g_{2} = 25", ["wrong"]),
])
def test_the_learners_gradient_letters_in_a_kernel_entry(member, verdicts):
    notes = (PROBLEM + "Gradient bei $x_1$: $g_1 = (1, 1, 1, 1, 1, 3, 1)$\n\n"      # 3
             "Gradient bei $x_2$: $g_2 = (2, 2, 1, 1, 2, 5, 1)$\n\n"                # 5
             f"$K_{{12}} = {member}$\n")                                           # 7
    lines, _ = _by_line(notes, "notes.md")
    assert lines[3] == ["correct"] and lines[5] == ["correct"]
    assert [v for v in lines[7] if v != "unreadable"] == verdicts and "unreadable" not in lines[7]


def test_a_lone_arrow_in_math_is_a_connective():
    notes = PROBLEM + "$\\Longrightarrow$ $K_{11} = 15$ et $K_{22} = 40$.\n"
    lines, first = _by_line(notes, "notes.md")
    assert lines[3] == ["correct", "correct"] and first == 0


@pytest.mark.parametrize("sentence, verdict", [
    # det(λI − K) = λ² − 55λ + 24 (tr 55, det 24); for a 2 × 2 kernel both conventions are the same polynomial
    ("Le polynôme caractéristique est $\\lambda^2 - 55\\lambda + 24$.", "correct"),
    ("Charakteristisches Polynom: $\\lambda^2 - 55\\lambda + 24$", "correct"),
    ("El polinomio característico es $\\lambda^2 - 54\\lambda + 24$.", "wrong"),
    ("The characteristic polynomial is $-\\lambda^2 + 55\\lambda - 24$.", "wrong"),   # not det(K − λI) for 2 × 2
])
def test_a_characteristic_polynomial_named_in_words(sentence, verdict):
    lines, _ = _by_line(PROBLEM + sentence + "\n", "notes.md")
    assert lines[3] == [verdict]
