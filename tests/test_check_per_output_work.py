"""Each output's own work in notes about a network with two outputs: the kernel chosen, said in words; J_o and K_o
named by a subscript (also in a code cell); an output's gradients listed after its name; a plain vector after a
datapoint label; ∂y_o x_i/∂θ; the gradient of output o named in plain words; a table with one row per output.

Two outputs (by hand): f_1 = W^{[2]}_{11} h + b^{[2]}_1, f_2 = W^{[2]}_{21} h + b^{[2]}_2, h = W^{[1]} x + b^{[1]} with
W^{[1]} = 1, b^{[1]} = 0, W^{[2]} = (1, 2)^T, b^{[2]} = 0, x = 1, 2; θ = (W1, b1, W2_11, W2_21, b2_1, b2_2).
∇f_1 = (x, 1, x, 0, 1, 0): (1,1,1,0,1,0) and (2,1,2,0,1,0), so K^{(1)} = [[4, 6], [6, 10]];
∇f_2 = (2x, 2, 0, x, 0, 1): (2,2,0,1,0,1) and (4,2,0,2,0,1), so K^{(2)} = [[10, 15], [15, 25]].
The per-output kernels are 2 × 2, the full kernel over (datapoint, output) pairs 4 × 4.
"""

import pytest
from check_helpers import NETWORK_HEAD, problem, verdicts

from symntk.check.kernel_choice import kernel_choice
from symntk.check.output_lists import output_listed

TWO = problem([1, 1, 2], "identity", [1, 2], W1=[[1]], b1=[0], W2=[[1], [2]], b2=[0, 0])
ONE = problem([1, 1, 1], "identity", [1, 2], W1=[[1]], b1=[0], W2=[[1]], b2=[0])
F1 = ("(1, 1, 1, 0, 1, 0)", "(2, 1, 2, 0, 1, 0)")
F2 = ("(2, 2, 0, 1, 0, 1)", "(4, 2, 0, 2, 0, 1)")


def _line(tmp_path, notes: str, line: int, network: str = TWO) -> set:
    found, _ = verdicts(tmp_path, network, NETWORK_HEAD + notes)
    return set(found.get(line, []))


@pytest.mark.parametrize("sentence, verdict", [
    ("I compute the $2\\times 2$ kernel of each output separately.", "correct"),
    ("Ég reikna 2×2 kjarnann fyrir hvort úttak fyrir sig (ekki 4×4).", "correct"),
    ("Ich mache den vollen $4\\times 4$-Kernel.", "correct"),
    ("I compute the 3×3 kernel of each output.", "wrong")])
def test_the_kernel_chosen_is_a_claim(tmp_path, sentence, verdict):
    assert _line(tmp_path, sentence + "\n", 3) == {verdict}


def test_one_output_makes_no_choice(tmp_path):
    assert _line(tmp_path, "I compute the 2×2 kernel of each output.\n", 3, ONE) == set()
    assert kernel_choice("The kernel is symmetric.") is None


@pytest.mark.parametrize("name, rows, verdict", [
    ("J_1", F1, "correct"), ("\\mathbf{J}_2", F2, "correct"), ("J_2", F1, "wrong"), ("J_{f_1}", F2, "wrong")])
def test_a_subscript_names_the_outputs_jacobian(tmp_path, name, rows, verdict):
    matrix = " \\\\ ".join(r.strip("()").replace(",", " &") for r in rows)
    notes = f"$${name} = \\begin{{bmatrix}} {matrix} \\end{{bmatrix}}$$\n"
    assert _line(tmp_path, notes, 3) == {verdict}


@pytest.mark.parametrize("name, matrix, verdict", [
    ("K_1", "4 & 6 \\\\ 6 & 10", "correct"), ("K_{f_2}", "10 & 15 \\\\ 15 & 25", "correct"),
    ("K_2", "4 & 6 \\\\ 6 & 10", "wrong")])
def test_a_subscript_names_the_outputs_kernel(tmp_path, name, matrix, verdict):
    assert _line(tmp_path, f"${name} = \\begin{{bmatrix}} {matrix} \\end{{bmatrix}}$\n", 3) == {verdict}


@pytest.mark.parametrize("label, vectors, verdict", [
    ("$f_1$", F1, "correct"), ("$f_2$", F2, "correct"), ("Output 2", F2, "correct"), ("$f_2$", F1, "wrong")])
def test_an_outputs_gradients_listed_after_its_name(tmp_path, label, vectors, verdict):
    notes = f"- {label}: ${vectors[0]}$ og ${vectors[1]}$\n"
    assert _line(tmp_path, notes, 3) == {verdict}


def test_one_vector_after_an_output_is_not_placed():
    text = "- $f_1$: $(1, 1, 1, 0, 1, 0)$\n"
    assert output_listed(text, text.index("$("), "(1, 1, 1, 0, 1, 0)") is None


@pytest.mark.parametrize("vectors, verdict", [(F2, "correct"), (F1, "wrong")])
def test_plain_vectors_after_datapoint_labels(tmp_path, vectors, verdict):
    notes = (f"$\\nabla_\\theta f_2 = (2x, 2, 0, x, 0, 1)$\n\n"
             f"$x_1$: [{vectors[0].strip('()')}], $x_2$: [{vectors[1].strip('()')}]\n")
    assert _line(tmp_path, notes, 5) == {verdict}


@pytest.mark.parametrize("numerator, vector, verdict", [
    ("y_2 x_1", "2 & 2 & 0 & 1 & 0 & 1", "correct"), ("y_1 x_2", "2 & 1 & 2 & 0 & 1 & 0", "correct"),
    ("f_2 x_2", "2 & 1 & 2 & 0 & 1 & 0", "wrong"), ("y_2(x_1)", "2 & 2 & 0 & 1 & 0 & 1", "correct")])
def test_output_and_datapoint_in_a_numerator(tmp_path, numerator, vector, verdict):
    notes = (f"$$\\frac{{\\partial {numerator}}}{{\\partial \\theta}} = "
             f"\\begin{{bmatrix}} {vector} \\end{{bmatrix}}^T$$\n")
    assert _line(tmp_path, notes, 3) == {verdict}


@pytest.mark.parametrize("output, vector, verdict", [
    ("1", "[x, 1, x, 0, 1, 0]", "correct"), ("2", "[2x, 2, 0, x, 0, 1]", "correct"),
    ("1", "[2x, 2, 0, x, 0, 1]", "wrong")])
def test_an_outputs_gradient_named_in_plain_words(tmp_path, output, vector, verdict):
    assert _line(tmp_path, f"Jacobian of output {output} wrt theta: {vector}\n", 3) == {verdict}


def test_a_table_with_one_row_per_output(tmp_path):
    notes = ("| | $\\partial/\\partial W^{[1]}$ | $\\partial/\\partial b^{[1]}$ |\n|---|---|---|\n"
             "| $f_1$ | $x$ | $1$ |\n| $f_2$ | $x$ | $2$ |\n")
    found, _ = verdicts(tmp_path, TWO, NETWORK_HEAD + notes)
    assert found[5] == ["correct", "correct"] and sorted(found[6]) == ["correct", "wrong"]


@pytest.mark.parametrize("name, matrix, verdict", [
    ("K1", "[[4., 6.], [6., 10.]]", "correct"), ("K2", "[[10, 15], [15, 25]]", "correct"),
    ("K2", "[[4, 6], [6, 10]]", "wrong"), ("J2", "[[2, 2, 0, 1, 0, 1], [4, 2, 0, 2, 0, 1]]", "correct")])
def test_an_outputs_matrix_in_a_code_cell(tmp_path, name, matrix, verdict):
    notes = f"```python\nimport numpy as np\n{name} = np.array({matrix})\n```\n"
    assert _line(tmp_path, notes, 5) == {verdict}
