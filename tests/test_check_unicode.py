"""Math typed as unicode text, with or without dollar signs: superscript and subscript runs (W₁₁⁽¹⁾, xᵢ, ⁻¹),
unicode operators, K(i,j) entries and one-letter conjunctions in prose lines.

The notes here are invented for these tests. Their expected verdicts are worked out by hand:

* net f(x) = W⁽²⁾(W⁽¹⁾x + b⁽¹⁾) + b⁽²⁾ with W⁽¹⁾ = [2, 1]ᵀ, b⁽¹⁾ = [1, 0]ᵀ, W⁽²⁾ = [1, 3], b⁽²⁾ = 1 at x₁ = 1, x₂ = 0;
  gradient (x, 3x, 1, 3, 2x + 1, x, 1), rows (1, 3, 1, 3, 3, 1, 1) and (0, 0, 1, 3, 1, 0, 1),
  K = [[31, 14], [14, 12]], tr 43, det 176, λ = (43 ± √1145)/2 ≈ 38.4189, 4.5811;
* with ∂f/∂W₂₁⁽¹⁾ written W₁₁⁽²⁾ x = x (the wrong weight) the first row is (1, 1, 1, 3, 3, 1, 1), the second is
  right, K = [[23, 14], [14, 12]], λ² − 35λ + 80 = 0, λ = (35 ± √905)/2 ≈ 32.5416, 2.4584: carried.
"""

import math

import pytest

from symntk.check import check_notes
from symntk.check.normalise import normalise
from symntk.check.prose import _at_point, prose_segments

from reference import exact_jacobian, gram

LINEAR = ("f(x) = W⁽²⁾(W⁽¹⁾x + b⁽¹⁾) + b⁽²⁾ with W⁽¹⁾ = [2, 1]ᵀ, b⁽¹⁾ = [1, 0]ᵀ, W⁽²⁾ = [1, 3], b⁽²⁾ = 1.\n\n"
          "Data: x₁ = 1, x₂ = 0\n\n")


@pytest.mark.parametrize("written, read", [
    ("W₁₂⁽²⁾", r"W_{12}^{[2]}"),
    ("w₂₁⁽¹⁾", r"W_{21}^{[1]}"),
    ("b₂⁽¹⁾", r"b_{2}^{[1]}"),
    ("∂f/∂θ₁₂", r"\frac{\partial f}{\partial \theta_{12}}"),
    ("∂f(xⱼ)/∂θₖ", r"\frac{\partial f(x_{j})}{\partial \theta_{k}}"),
    ("(K⁻¹)ᵢⱼ", r"(K^{-1})_{ij}"),
    ("xᵀ x", r"x^T x"),
    ("12² − 4·8", r"12^{2} - 4\cdot 8"),
    ("K(2,1)", r"K_{21}"),
    ("K( 1 , 2 )", r"K_{12}"),
    ("Θ(1,1)", r"\Theta_{11}"),
    ("K(i, j)", r"K_{ij}"),
    ("∇θ f(x₂)", r"\nabla_\theta f(x_{2})"),
    ("zₐ ≤ 0", r"z_{a} \le 0"),
    ("K⁽²⁾(1,2)", r"K_{12}^{[2]}"),
    ("W = [2 −1]ᵀ", r"W = [2, -1]^T"),
    ("[0.5   1  -3]", r"[0.5, 1, -3]"),
    ("W⁽²⁾ = [1, 2]ᵀ (2×1)", r"W^{[2]} = [1, 2]^T"),
    (r"b = \begin{bmatrix} 0 \\ 0 \end{bmatrix} \ (2 \times 1), c = 1",
     r"b = \begin{bmatrix} 0 \\ 0 \end{bmatrix}, c = 1"),
])
def test_unicode_scripts_and_entries(written, read):
    assert normalise(written) == normalise(read)


def test_a_script_run_is_one_script_and_a_transpose_stands_alone():
    assert normalise("W⁽¹⁾ᵀ") == "W^{[1]}^T"     # never a layer "(1)T"
    assert normalise("x²³") == "x^{23}"


def test_unicode_notes_without_dollars_all_correct(tmp_path):
    rows = exact_jacobian([2, 1, 1, 0, 1, 3, 1], [1, 2, 1], ["identity"], [[1], [0]])
    assert rows == [[1, 3, 1, 3, 3, 1, 1], [0, 0, 1, 3, 1, 0, 1]]
    assert gram(rows) == [[31, 14], [14, 12]]
    assert f"{(43 + math.sqrt(1145)) / 2:.4f}" == "38.4189" and f"{(43 - math.sqrt(1145)) / 2:.4f}" == "4.5811"
    notes = tmp_path / "n.md"
    notes.write_text("# NTK by hand\n\nGiven: " + LINEAR + (
        "θ = (W₁₁⁽¹⁾, W₂₁⁽¹⁾, b₁⁽¹⁾, b₂⁽¹⁾, W₁₁⁽²⁾, W₁₂⁽²⁾, b⁽²⁾) = (2, 1, 1, 0, 1, 3, 1)\n\n"
        "- ∂f/∂W₁₁⁽¹⁾ = W₁₁⁽²⁾ · x = x\n- ∂f/∂W₂₁⁽¹⁾ = W₁₂⁽²⁾ × x = 3x\n- ∂f/∂b₁⁽¹⁾ = 1\n- ∂f/∂b₂⁽¹⁾ = 3\n"
        "- ∂f/∂W₁₁⁽²⁾ = h₁ = 2x + 1\n- ∂f/∂W₁₂⁽²⁾ = h₂ = x\n- ∂f/∂b⁽²⁾ = 1\n\n"
        "At x₁ = 1: ∇θ f(x₁) = (1, 3, 1, 3, 3, 1, 1)\n\nAt x₂ = 0: ∇θ f(x₂) = (0, 0, 1, 3, 1, 0, 1)\n\n"
        "- K(1,1) = 1 + 9 + 1 + 9 + 9 + 1 + 1 = 31\n- K(1,2) = 0 + 0 + 1 + 9 + 3 + 0 + 1 = 14\n"
        "- K(2,2) = 0 + 0 + 1 + 9 + 1 + 0 + 1 = 12\n\n"
        "tr K = 43, det K = 31·12 − 14² = 176\n\nλ² − 43λ + 176 = 0, so λ = (43 ± √1145)/2\n\n"
        "λ₁ ≈ 38,4189 and λ₂ ≈ 4,5811\n"))
    report = check_notes(notes)
    kinds = {j.claim.kind for j in report.judgements}
    assert {"theta", "gradient", "kernel_entry", "eigenvalues"} <= kinds
    assert all(j.verdict == "correct" for j in report.judgements)
    lines = {j.claim.line for j in report.judgements}
    assert {7, 9, 10, 11, 12, 13, 14, 15, 17, 19, 21, 22, 23, 25, 27, 29} <= lines
    assert report.exit_code == 0


def test_spanish_unicode_notes_with_the_wrong_weight(tmp_path):
    rows = exact_jacobian([2, 1, 1, 0, 1, 3, 1], [1, 2, 1], ["identity"], [[1], [0]])
    own = [[1, 1, 1, 3, 3, 1, 1], rows[1]]   # ∂f/∂W₂₁⁽¹⁾ = x
    assert gram(own) == [[23, 14], [14, 12]] and 23 * 12 - 14 ** 2 == 80
    assert f"{(35 + math.sqrt(905)) / 2:.4f}" == "32.5416" and f"{(35 - math.sqrt(905)) / 2:.4f}" == "2.4584"
    notes = tmp_path / "n.md"
    notes.write_text(
        "# Tarea\n\nLa red es f(x) = W⁽²⁾(W⁽¹⁾x + b⁽¹⁾) + b⁽²⁾, con W⁽¹⁾ = [2, 1]ᵀ, b⁽¹⁾ = [1, 0]ᵀ, W⁽²⁾ = [1, 3] y "
        "b⁽²⁾ = 1.\n\nPuntos: x₁ = 1, x₂ = 0\n\n"
        "- ∂f/∂W₁₁⁽¹⁾ = x\n- ∂f/∂W₂₁⁽¹⁾ = W₁₁⁽²⁾ x = x\n- ∂f/∂b₁⁽¹⁾ = 1\n- ∂f/∂b₂⁽¹⁾ = 3\n"
        "- ∂f/∂W₁₁⁽²⁾ = 2x + 1\n- ∂f/∂W₁₂⁽²⁾ = x\n- ∂f/∂b⁽²⁾ = 1\n\n"
        "Con x₁ = 1: ∇θ f(x₁) = (1, 1, 1, 3, 3, 1, 1)\n\nCon x₂ = 0: ∇θ f(x₂) = (0, 0, 1, 3, 1, 0, 1)\n\n"
        "K(1,1) = 23, K(1,2) = 14, K(2,2) = 12\n\nλ² − 35λ + 80 = 0\n\nλ₁ ≈ 32,5416 y λ₂ ≈ 2,4584\n")
    report = check_notes(notes)
    by_line = {}
    for j in report.judgements:
        by_line.setdefault(j.claim.line, []).append((j.verdict, j.carried))
    assert by_line[8] == [("wrong", False), ("wrong", True)]   # W₁₁⁽²⁾ x is wrong; = x follows from it
    assert by_line[7] == by_line[9] == by_line[13] == by_line[17] == [("correct", False)]
    assert by_line[15] == [("wrong", True)]
    assert by_line[19] == [("wrong", True), ("correct", False), ("correct", False)]
    assert by_line[21] == [("wrong", True)] and by_line[23] == [("wrong", True), ("wrong", True)]
    assert report.first_mistake.claim.line == 8 and report.exit_code == 1


@pytest.mark.parametrize("line, runs", [
    ("W = [1, 3] y b = 1", ["W = [1, 3]", "b = 1"]),
    ("a = 2 e c = 0", ["a = 2", "c = 0"]),
    ("f = 2 y + 1", ["f = 2 y + 1"]),          # y multiplies: no "and" here
    ("z = w x + b", ["z = w x + b"]),
])
def test_one_letter_and_between_relations(line, runs):
    assert [s.text for s in prose_segments(line, [])] == runs


@pytest.mark.parametrize("line, read", [
    ("x₁ = 1: (1, 0, 2)", " ∇f(x₁) = (1, 0, 2)"),
    ("x₁: (1, 0)ᵀ, x₂: (0, 1)ᵀ", " ∇f(x₁) = (1, 0)ᵀ, ∇f(x₂) = (0, 1)ᵀ"),
    ("x⁽²⁾: [3; 1]", " ∇f(x⁽²⁾) = [3; 1]"),
    ("x₁ = 1: h₁ = 1, h₂ = 2", "x₁ = 1: h₁ = 1, h₂ = 2"),                  # values of units, not a gradient
    ("x₁ = 1: (h₁, h₂) = (1, 2)", "x₁ = 1: (h₁, h₂) = (1, 2)"),            # names after the label
    ("x₂: (0, 1) + (1, 1)", "x₂: (0, 1) + (1, 1)"),                        # a sum: no bare vector
])
def test_a_datapoint_labels_a_bare_vector(line, read):
    assert _at_point(line) == read


DECIMAL_NOTE = [   # (line as typed, what it reads as): a notes file that writes decimal commas
    ("a = 3 · 0,25 − 1,5", r"a = 3 \cdot 0{,}25 - 1{,}5"),
    ("v = (0,125, 2,5, 1)ᵀ", r"v = (0{,}125, 2{,}5, 1)^T"),
    ("K = [[2, 0,75], [0,75, 4]]", r"K = [[2, 0{,}75], [0{,}75, 4]]"),
    ("p(λ) = (3,25 − λ)(1 − λ) − 0,5²", r"p(λ) = (3{,}25 - λ)(1 - λ) - 0{,}5^{2}"),
    ("λ = (5,25 ± √1,5)/2", r"\lambda = (5{,}25 \pm \sqrt{1{,}5})/2"),
    ("g(x₁) ≈ [0,5, 1]", r"\nabla_\theta f(x_{1}) \approx [0{,}5, 1]"),
    ("θ = (1,2,0,-1)", "θ = (1,2,0,-1)"),            # integers separated by bare commas
    ("K(2,1) = 4", "K_{21} = 4"),
    ("x = (1,0)ᵀ", "x = (1,0)^T"),
]


def test_unicode_lines_of_a_note_with_decimal_commas():
    from symntk.check.source import segments
    read = [normalise(s.text) for s in segments("\n\n".join(w for w, _ in DECIMAL_NOTE) + "\n")]
    assert read == [normalise(r) for _, r in DECIMAL_NOTE]


@pytest.mark.parametrize("written, read", [
    ("3·¾ + ⅛", r"3\cdot {\frac{3}{4}} + {\frac{1}{8}}"),
    ("spor(K) = 27", r"\operatorname{tr}(K) = 27"),
    ("tanh′(z) = 1 − tanh²(z)", r"\tanh'(z) = 1 - \tanh^{2}(z)"),
    ("σ′(z) = σ(z)(1 − σ(z))", r"σ'(z) = σ(z)(1 - σ(z))"),
    ("g⁽²⁾ = (0, 1, 3)", r"\nabla_\theta f(x_{2}) = (0, 1, 3)"),
    ("g₁ = [1, 0]", "g_{1} = [1, 0]"),     # g₁ may be the learner's own name for anything
    ("g(z) = (1 + z)", "g(z) = (1 + z)"),          # a function of z, no gradient
    ("g₁·g₂ = 12", "g_{1}·g_{2} = 12"),
    ("√12 ≈ 3.46", r"\sqrt{12} \approx 3.46"),
])
def test_more_unicode_spellings(written, read):
    assert normalise(written) == normalise(read)


def test_a_decimal_comma_does_not_split_a_claim():
    segs = prose_segments("Þá er g = 3 · 0,25 ≈ 0,75 og h = 1,5.", [])
    assert [s.text for s in segs] == ["g = 3 · 0,25 ≈ 0,75", "h = 1,5"]


def test_a_comma_and_space_before_a_decimal_relation_splits():
    from symntk.check.source import segments
    assert [s.text.replace("{,}", ",") for s in segments("D = 2,25 − 1 = 1,25, √1,25 ≈ 1,118\n")] == \
        ["D = 2,25 − 1 = 1,25", "√1,25 ≈ 1,118"]


@pytest.mark.parametrize("text, segs", [
    ("J =\n[ 0  1  1 ]\n[ 1  1  3 ]\n\nnext", ["J = [[ 0  1  1 ], [ 1  1  3 ]]"]),
    ("K =\n[2 -1]\n[-1 2]", ["K = [[2 -1], [-1 2]]"]),
    ("det(K − λI) = (3 − λ)(1 − λ) − 4 =\n\n(no time left)", ["det(K − λI) = (3 − λ)(1 − λ) − 4"]),
    ("a = b + 1 =\nb = 2", ["a = b + 1 = b = 2"]),        # continued on the next line: one chain as before
    ("K =\n\nthe kernel is symmetric", []),
])
def test_an_open_chain_takes_rows_below_or_ends(text, segs):
    assert [s.text for s in prose_segments(text, [])] == segs


@pytest.mark.parametrize("written, read", [
    ("K = [ 8 12 ; 12 19 ]", "K = [[8, 12], [12, 19]]"),
    ("[2 -1; -1 2; 0 1]", "[[2, -1], [-1, 2], [0, 1]]"),
    ("[[ 0  1  1 ], [ 1  1  3 ]]", "[[0, 1, 1], [1, 1, 3]]"),
])
def test_rows_with_spaces_and_semicolons(written, read):
    assert normalise(written) == normalise(read)


def test_a_label_after_one_outputs_derivatives_names_that_outputs_gradient():
    text = "- ∂f₂/∂W⁽¹⁾ = 3x\n\nx₁: (3, 1), x₂: (0, 1)\n\n- \\partial f_1 = 1\n\nx₁: (1, 0)\n"
    assert [s.text for s in prose_segments(text, [])][1:] == [
        "∇f_{2}(x₁) = (3, 1), ∇f_{2}(x₂) = (0, 1)", "\\partial f_1 = 1", "∇f_{1}(x₁) = (1, 0)"]


def test_unicode_index_letters_stand_for_every_unit(tmp_path):
    # the net above: ∂f/∂W_{i1}^{(1)} = W_{1i}^{(2)} x (right for i = 1, 2);
    # ∂f/∂b_i^{(1)} = W_{1i}^{(2)}, not W_{1i}^{(2)} x
    notes = tmp_path / "n.md"
    notes.write_text("Given: " + LINEAR + "In general: ∂f/∂Wᵢ₁⁽¹⁾ = W₁ᵢ⁽²⁾ · x\n\nand ∂f/∂bᵢ⁽¹⁾ = W₁ᵢ⁽²⁾ · x\n")
    lines = {}
    for j in check_notes(notes).judgements:
        lines.setdefault(j.claim.line, []).append(j.verdict)
    assert lines[5] == ["correct", "correct"]
    assert lines[7][0] == "wrong" and len(lines[7]) == 2


def test_index_scripts_only_where_an_index_letter_is():
    from symntk.check.scripts import index_scripts
    assert index_scripts("∂f/∂Wᵢⱼ⁽¹⁾ = W₁ᵢ⁽²⁾ xⱼ") == "∂f/∂W_{ij}^{(1)} = W_{1i}^{(2)} x_{j}"
    assert index_scripts("W₁₁⁽¹⁾ = 2") == "W₁₁⁽¹⁾ = 2"


@pytest.mark.parametrize("line, runs", [
    ("gradient i x₁ = 1: g₁ = (1, 0)", ["x₁ = 1", "g₁ = (1, 0)"]),   # i: "at" (Norwegian, Danish, Swedish)
    ("z = w x_1 + b", ["z = w x_1 + b"]),                            # w multiplies x_1 after an operator
    ("f = w x = 3", ["f = w x = 3"]),
])
def test_a_one_letter_at_before_a_datapoint(line, runs):
    assert [s.text for s in prose_segments(line, [])] == runs
