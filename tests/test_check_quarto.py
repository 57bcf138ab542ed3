"""Quarto notes (.qmd): ```{python} chunks read as code, inline ``{python} expr`` with the value typed beside it,
equation labels after display math and callout fences (symntk/check/quarto.py); Org src blocks' literal arrays
(symntk/check/cell_output.py).

Worked by hand: f(x) = W2 (W1 x + b1) + b2 with W1 = (1, 1)ᵀ, b1 = (0, 1)ᵀ, W2 = (1, 0), b2 = 0, x1 = 1, x2 = 2:
∇f(x) = (x, 0, 1, 0, x, x + 1, 1), so J = [[1, 0, 1, 0, 1, 2, 1], [2, 0, 1, 0, 2, 3, 1]], K = J Jᵀ = [[8, 12],
[12, 19]], λ = (27 ± √697)/2 ≈ 0.2996, 26.7004. For tanh: tanh'(z) = 1 - tanh²(z), not 1 - tanh(z).
"""

from check_helpers import line_verdicts

from symntk.check import check_text
from symntk.check.quarto import quarto_notes

GIVEN = ("$f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$ with $W^{[1]} = (1, 1)^T$, $b^{[1]} = (0, 1)^T$, "
         "$W^{[2]} = (1, 0)$, $b^{[2]} = 0$, datapoints $x_1 = 1$, $x_2 = 2$.")
NOTES = "\n".join([
    "---", 'title: "NTK by hand"', "format: pdf", "---", "", GIVEN, "",            # 1-7
    "```{python}", "#| echo: false", "import numpy as np",                      # 8-10
    "J = np.array([[1, 0, 1, 0, 1, 2, 1],", "              [2, 0, 1, 0, 2, 3, 1]])",   # 11-12
    "K = J @ J.T", "lam = np.linalg.eigvalsh(K)", "```", "",                    # 13-16
    "$$", "K_{11} = 1 + 0 + 1 + 0 + 1 + 4 + 1 = 8", "$$ {#eq-k11}", "",         # 17-20
    "With @eq-k11: $K_{12}$ = `{python} int(K[0,1])` (I get 12), $K_{22}$ = `{python} int(K[1,1])` = 20.",  # 21
    "", "::: {.callout-note}", "`{python} lam` gives $[0.2996, 26.7004]$.", ":::", ""])   # 22-26


def test_quarto_lines_stay_where_they_are():
    """The rewrite keeps every line: the chunk's option line and the fence lines are blank, the label goes."""
    out = quarto_notes(NOTES, "hw.qmd").split("\n")
    assert len(out) == len(NOTES.split("\n"))
    assert out[7] == out[8] == out[14] == "" and out[18] == "$$" and out[22] == out[24] == ""


def test_quarto_chunks_and_inline_values_are_judged():
    """The J typed in the chunk is correct; K_12 = 12 typed beside inline code is correct, K_22 = 20 is wrong; the
    eigenvalues typed after ``{python} lam`` are correct; K_11 = 8 in display math with a label is correct."""
    verdicts = line_verdicts(check_text(NOTES, "hw.qmd"))
    assert verdicts[11] == ["correct"]
    assert "correct" in verdicts[18]
    assert verdicts[21] == ["correct", "wrong"]
    assert set(verdicts[24]) == {"correct"}
    assert 9 not in verdicts and 23 not in verdicts


def test_a_lambda_in_a_chunk_is_a_function_claim():
    """``dtanh = lambda z: 1 - np.tanh(z)`` in a chunk claims tanh'(z) = 1 - tanh(z): wrong (it is 1 - tanh²)."""
    notes = "\n".join(["$f(x) = W^{[2]}\\tanh(W^{[1]}x + b^{[1]}) + b^{[2]}$, $W^{[1]} = 1$, $b^{[1]} = 0$, "
                       "$W^{[2]} = 2$, $b^{[2]} = 0$, datapoints $x_1 = 0$, $x_2 = 1$.", "",
                       "```{python}", "dtanh = lambda z: 1 - np.tanh(z)", "```", ""])
    verdicts = line_verdicts(check_text(notes, "hw.qmd"))
    assert verdicts[4] == ["wrong"]


def test_org_block_literal_arrays_are_claims():
    """In an Org src block followed by its results, the J the code assigns as a literal is a claim: the right J is
    correct, a J with a wrong entry (K_22's row has 4 for ∂f/∂W2 at x2, hand value 3) is wrong."""
    block = "\n".join([GIVEN, "", "#+begin_src python :results output", "import numpy as np",
                       "J = np.array([[1,0,1,0,1,2,1],[2,0,1,0,2,ENTRY,1]])", "print(J @ J.T)", "#+end_src", "",
                       "#+RESULTS:", ": [[ 8 12]", ":  [12 K22]]", ""])
    right = line_verdicts(check_text(block.replace("ENTRY", "3").replace("K22", "19"), "hw.org"))
    wrong = line_verdicts(check_text(block.replace("ENTRY", "4").replace("K22", "22"), "hw.org"))
    assert right[5] == ["correct"] and wrong[5] == ["wrong"]


def test_inline_list_of_rows_and_an_approximation():
    """``{python} K.tolist()` = [[8, 12], [12, 19]]`` is K, ``$K_{22}$ = `{python} round(K[1,1], 4)` ≈ 19.0`` is
    K₂₂ ≈ 19 (the kernel of the sheet's exercise A, worked by hand: [[8, 12], [12, 19]])."""
    notes = quarto_notes("(`{python} K.tolist()` = [[8, 12], [12, 19]], same.)\n"
                         "Check: $K_{22}$ = `{python} round(K[1,1], 4)` ≈ 19.0.\n", "n.qmd")
    first, second = notes.split("\n")[:2]
    assert "$K = [[8, 12], [12, 19]]$" in first
    assert "$K_{22} \\approx 19.0$" in second
