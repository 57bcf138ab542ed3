"""Observable (JavaScript) notebooks exported as text: md`…` cells with ${tex`…`} literals as Markdown math, code
cells spelt as Python, what Observable displays below a cell as claims of its code (invented notes).

Expected values worked out by hand: f(x) = W2 (W1 x + b1) + b2 with W1 = 3, b1 = 1, W2 = 2, b2 = 0,
θ = (W¹, b¹, W², b²), datapoints 1 and 2: ∇f(x) = (2x, 2, 3x + 1, 1), so ∇f(1) = (2, 2, 4, 1),
∇f(2) = (4, 2, 7, 1); K_11 = 4 + 4 + 16 + 1 = 25, K_12 = 8 + 4 + 28 + 1 = 41, K_22 = 16 + 4 + 49 + 1 = 70;
tr K = 95, det K = 1750 − 1681 = 69, λ = (95 ± √8749)/2 ≈ 94.268, 0.732.
"""

from check_helpers import problem
from check_helpers import verdicts as _verdicts

from symntk.check.observable import is_observable, js_spelling, observable_notes
from symntk.check.observable_values import displayed

LINEAR = problem([1, 1, 1], "identity", [1, 2], W1=3, b1=1, W2=2, b2=0)

NOTEBOOK = """md`# An invented exercise`

md`Network ${tex`f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}`}, by hand ${tex.block`K_{11} = 4 + 4 + 16 + 1 = 25`}`

grad = x => [2 * x, 2, 3 * x + 1, 1]
ƒ(x)

g1 = grad(1)
Array(4) [2, 2, 4, 1]

g2 = grad(2)
Array(4) [4, 2, 7, 1]

J = [g1, g2]
Array(2) [Array(4), Array(4)]

K = math.multiply(J, math.transpose(J))
Array(2) [
  0: Array(2) [25, 41]
  1: Array(2) [41, 70]
]

[math.dot(g1, g1), math.dot(g1, g2), math.dot(g2, g2)]
Array(3) [25, 41, 70]

math.eigs(K).values.map(v => math.round(v, 3))
Array(2) [0.732, 94.268]
"""


def test_cells_and_displays_are_claims_where_they_stand(tmp_path):
    verdicts, first = _verdicts(tmp_path, LINEAR, NOTEBOOK)
    assert set(verdicts[3]) == {"correct"} and len(verdicts[3]) >= 2   # the formula, and K_11 in a tex.block literal
    assert verdicts[5] == ["correct"]                          # grad = x => […]: ∇f(x)
    assert verdicts[9] == ["correct"] and verdicts[12] == ["correct"]   # grad(1), grad(2) displayed
    assert 15 not in verdicts                                  # a collapsed display shows no value
    assert verdicts[18] == ["correct"]                         # the kernel on the display's first line
    assert verdicts[19] == ["correct", "correct"] and verdicts[20] == ["correct", "correct"]   # a row a line
    assert verdicts[24] == ["correct"] * 3                     # dot(g_i, g_j): K_ij
    assert verdicts[27] == ["correct", "correct"]              # math.eigs: the eigenvalues, rounded
    assert first == 0


def test_a_wrong_display_and_a_wrong_typed_value_are_wrong(tmp_path):
    verdicts, first = _verdicts(tmp_path, LINEAR, NOTEBOOK.replace("[41, 70]\n]", "[41, 71]\n]"))
    assert "wrong" in verdicts[20] and first in (18, 20)
    typed = NOTEBOOK.replace("g2 = grad(2)\nArray(4) [4, 2, 7, 1]", "g2 = [4, 2, 7, 2]\nArray(4) [4, 2, 7, 2]")
    verdicts, first = _verdicts(tmp_path, LINEAR, typed)
    assert verdicts[11] == ["wrong"] and first == 11          # a typed value: claimed on its code line


def test_reading_is_gated_and_keeps_line_numbers():
    assert not is_observable("We have $f(x) = 2x$ and `code` here.\n")
    text = observable_notes(NOTEBOOK)
    assert len(text.split("\n")) == len(NOTEBOOK.split("\n"))
    assert text.split("\n")[2].endswith("$$K_{11} = 4 + 4 + 16 + 1 = 25$$")


def test_javascript_spellings_and_displays():
    assert js_spelling("K = math.multiply(J, math.transpose(J));") == "K = J @ J.T"
    assert js_spelling("math.eigs(K).values.map(v => math.round(v, 4))") == "eigvals(K)"
    assert js_spelling("math.round(Math.sqrt(605), 6)") == "sqrt(605)"
    assert displayed(["Array(3) [1, -2, 0.5]"]) == ([["1", "-2", "0.5"]], [0])
    assert displayed(["Array(2) [Array(2), Array(2)]"]) is None
    assert displayed(["ƒ(x)"]) is None
    assert displayed(["Array(2) [", "  0: Array(2) [7, 11]", "  1: Array(2) [11, 18]", "]"]) == \
        ([["7", "11"], ["11", "18"]], [1, 2])



def test_spread_entries_of_a_typed_list_and_of_a_list_function():
    notes = ("md`# spread`\n\nmd`${tex`f(x) = v h(x) + c`}`\n\nv = [2, 0]\nArray(2) [2, 0]\n\n"
             "h = x => [3 * x + 1, x]\nƒ(x)\n\nm = x => [x, 1]\nƒ(x)\n\ngrad = x => [...v, ...h(x), 1]\nƒ(x)\n")
    text = observable_notes(notes).split("\n")
    assert text[7] == "h(x) = [3 * x + 1, x]"                   # a hidden layer's function: h(x)
    assert text[10] == ""                                       # another list function: code only
    assert text[13] == "∇f(x) = [2, 0, 3 * (x) + 1, (x), 1]"    # the spread entries written out


def test_more_displays_and_a_tex_cell_over_lines(tmp_path):
    notes = NOTEBOOK + ("\nK[0][1]\n41\n\nmath.eigs(K)\nObject {values: Array(2) [0.732, 94.268], vectors: Array(2)}\n"
                        "\ntex.block`\nK = \\begin{pmatrix} 25 & 41 \\\\\n41 & 70 \\end{pmatrix}\n`\n")
    verdicts, first = _verdicts(tmp_path, LINEAR, notes)
    assert verdicts[30] == ["correct"]                         # K[0][1]: K_12
    assert verdicts[33] == ["correct", "correct"]              # math.eigs(K) displayed as an Object: its values
    assert verdicts.get(35, verdicts.get(36)) == ["correct"]   # a tex cell over lines: one display
    assert first == 0
    wrong, first = _verdicts(tmp_path, LINEAR, notes.replace("K[0][1]\n41", "K[0][1]\n42"))
    assert wrong[30] == ["wrong"] and first == 30


TWO_OUTPUTS = problem([1, 1, 2], "identity", [1, 2], W1=1, b1=1, W2=[[1], [2]], b2=[0, 0])
# h = x + 1; θ = (W¹, b¹, W²_1, W²_2, b²_1, b²_2): ∇f_1(x) = (x, 1, h, 0, 1, 0), ∇f_2(x) = (2x, 2, 0, h, 0, 1);
# K^(1) = [[7, 10], [10, 15]], λ = 11 ± 2√29 ≈ 0.2297, 21.7703; K^(2) = [[13, 19], [19, 30]], λ ≈ 0.6853, 42.3147

PER_OUTPUT = """md`# two outputs, one kernel each`
md`(exercise G)`

K1 = [[7, 10], [10, 15]]
Array(2) [Array(2), Array(2)]

K2 = math.multiply(J2, math.transpose(J2))
Array(2) [
  0: Array(2) [13, 19]
  1: Array(2) [19, 30]
]

math.eigs(K1).values
Array(2) [0.22967, 21.77033]

g1_out2 = grad2(1)
Array(6) [2, 2, 0, 2, 0, 1]
"""


def test_names_numbering_an_output_claim_that_outputs_kernel(tmp_path):
    verdicts, first = _verdicts(tmp_path, TWO_OUTPUTS, PER_OUTPUT)
    assert verdicts[4] == ["correct"] and verdicts[8] == ["correct"] and verdicts[9] == ["correct", "correct"]
    assert verdicts[14] == ["correct", "correct"] and verdicts[17] == ["correct"]
    assert first == 0
    swapped = PER_OUTPUT.replace("math.eigs(K1)", "math.eigs(K2)").replace("[2, 2, 0, 2, 0, 1]", "[1, 1, 2, 0, 1, 0]")
    verdicts, first = _verdicts(tmp_path, TWO_OUTPUTS, swapped)
    assert "wrong" in verdicts[14] and verdicts[17] == ["wrong"] and first == 14


def test_strings_typed_arrays_and_numbered_eigenvalues():
    from symntk.check.observable_values import shown_claims
    assert displayed(['Array(2) ["94.268", "0.732"]']) == ([["94.268", "0.732"]], [0])
    assert displayed(["Float64Array(2) [94.268, 0.732]"]) == ([["94.268", "0.732"]], [0])
    assert js_spelling("((95 + Math.sqrt(8749)) / 2).toFixed(3)") == "(95 + sqrt(8749)) / 2"
    assert shown_claims("lam1 = (95 + sqrt(8749)) / 2", displayed(['"94.268"']), set()) == \
        [(0, r"\lambda_{1} \approx 94.268")]
