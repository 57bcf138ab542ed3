"""Notes in plain text with little LaTeX, in Danish or Norwegian: ``df/dW1_11 = W2_11 * x`` (a derivative by a
parameter named with its layer then its index), ``theta = [W1_11, …]`` (θ spelled out), ``7 parametre``, inline
code spans, ``K = [[31, 48], [48, 80]]``, ``sqrt(…)``, decimal commas and the Scandinavian words for eigenvalues,
trace, "if" and "otherwise".

Every expected verdict here was worked out by hand for the small networks below.
"""

from check_helpers import worst_verdicts

from symntk.check.facts import facts_of_line, relu_rule
from symntk.check.normalise import normalise


def _line(text: str, start: str) -> int:
    """The number of the first line of ``text`` that starts with ``start``."""
    return next(n for n, line in enumerate(text.split("\n"), start=1) if line.startswith(start))


# f(x) = W2 (W1 x + b1) + b2 with W1 = [2, -1]^T, b1 = [1, 0]^T, W2 = [1, 3], b2 = 1:
# h1 = 2x + 1, h2 = -x, f = -x + 2.  ∂f/∂W1_11 = W2_11 x = x, ∂f/∂W1_21 = W2_12 x = 3x, ∂f/∂b1_1 = 1,
# ∂f/∂b1_2 = 3, ∂f/∂W2_11 = h1 = 2x + 1, ∂f/∂W2_12 = h2 = -x, ∂f/∂b2 = 1.
# x_1 = 1: (1, 3, 1, 3, 3, -1, 1); x_2 = 2: (2, 6, 1, 3, 5, -2, 1).
# K_11 = 1 + 9 + 1 + 9 + 9 + 1 + 1 = 31, K_12 = 2 + 18 + 1 + 9 + 15 + 2 + 1 = 48,
# K_22 = 4 + 36 + 1 + 9 + 25 + 4 + 1 = 80.
# tr K = 111, det K = 2480 - 2304 = 176, λ = (111 ± sqrt(12321 - 704))/2 = (111 ± sqrt(11617))/2,
# sqrt(11617) ≈ 107.782, λ_1 ≈ 109.391, λ_2 ≈ 1.609.
NOTES = """# Opgave – NTK med to skjulte enheder

Givet: `f(x) = W2 (W1 x + b1) + b2`, ingen aktivering
`W1 = [2, -1]^T`, `b1 = [1, 0]^T`, `W2 = [1, 3]`, `b2 = 1`
datapunkter x_1 = 1, x_2 = 2

`theta = [W1_11, W1_21, b1_1, b1_2, W2_11, W2_12, b2]`, dvs 7 parametre

- `df/dW1_11 = W2_11 * x = x`
- `df/dW1_21 = W2_12 * x = 3x`
- `df/db1_1 = W2_11 = 1`
- `df/db1_2 = W2_12 = 3`
- `df/dW2_11 = h1 = 2x + 1`
- `df/dW2_12 = h2 = -x`
- `df/db2 = 1`

`K = [[31, 48], [48, 80]]`

spor = 111, det = 176

sqrt(11617) ≈ 107,78 så λ_1 ≈ 109,39 og λ_2 ≈ 1,61

Begge egenværdier er positive, så K er positiv definit.
"""


def test_derivatives_by_parameters_with_layer_then_index_are_read_and_judged():
    verdicts, report = worst_verdicts(NOTES)
    for start in ("- `df/dW1_11", "- `df/dW1_21", "- `df/db1_1", "- `df/db1_2", "- `df/dW2_11", "- `df/dW2_12"):
        assert verdicts.get(_line(NOTES, start)) == "correct", start
    assert report.exit_code == 0


def test_a_wrong_derivative_in_plain_text_is_the_first_mistake():
    notes = NOTES.replace("`df/dW1_21 = W2_12 * x = 3x`", "`df/dW1_21 = W2_11 * x = x`")   # W2_11 is 1, not 3
    verdicts, report = worst_verdicts(notes)
    line = _line(notes, "- `df/dW1_21")
    assert verdicts[line] == "wrong"
    assert report.first_mistake.line == line and report.exit_code == 1


def test_theta_spelled_out_and_the_count_in_danish_words():
    verdicts, _ = worst_verdicts(NOTES)
    assert verdicts.get(_line(NOTES, "`theta = [")) == "correct"
    wrong = NOTES.replace("dvs 7 parametre", "dvs 8 parametre")
    verdicts, _ = worst_verdicts(wrong)
    assert verdicts.get(_line(wrong, "`theta = [")) == "wrong"


def test_theta_in_a_prose_line_with_its_count_after_it():
    notes = NOTES.replace("`theta = [W1_11, W1_21, b1_1, b1_2, W2_11, W2_12, b2]`, dvs 7 parametre",
                          "theta = [W1_11, W1_21, b1_1, b1_2, W2_11, W2_12, b2], 7 parametere")
    verdicts, report = worst_verdicts(notes)
    line = _line(notes, "theta = [")
    assert verdicts.get(line) == "correct"
    assert {j.line for j in report.judgements if j.line == line and j.verdict == "correct"}
    out_of_order = notes.replace("theta = [W1_11, W1_21,", "theta = [W1_21, W1_11,")
    verdicts, _ = worst_verdicts(out_of_order)
    assert verdicts.get(line) == "wrong"


def test_kernel_trace_determinant_and_eigenvalues_with_decimal_commas():
    verdicts, report = worst_verdicts(NOTES)
    assert verdicts[_line(NOTES, "`K = [[")] == "correct"
    assert verdicts[_line(NOTES, "spor = 111")] == "correct"
    assert verdicts[_line(NOTES, "sqrt(11617)")] == "correct"
    assert verdicts[_line(NOTES, "Begge egenværdier")] == "correct"
    wrong = NOTES.replace("spor = 111, det = 176", "spor = 111, det = 186").replace("λ_2 ≈ 1,61", "λ_2 ≈ 1,71")
    verdicts, _ = worst_verdicts(wrong)
    assert verdicts[_line(wrong, "spor = 111")] == "wrong"
    assert verdicts[_line(wrong, "sqrt(11617)")] == "wrong"


def test_normalised_spellings():
    assert normalise("df/dW1_11 = W2_11 * x") == r"\frac{\partial f}{\partial W^{[1]}_{11}} = W^{[2]}_{11} * x"
    assert normalise("df/db1_2 = 3") == r"\frac{\partial f}{\partial b^{[1]}_{2}} = 3"
    assert normalise("theta = [W1_11, b2]") == r"\theta = [W^{[1]}_{11}, b_{2}]"
    assert normalise("lambda_1 ≈ 2") == r"\lambda_1 \approx 2"
    assert normalise("thetas = 2") == "thetas = 2"          # a word that only starts like a Greek name
    assert normalise("add W1_1") == r"add W^{[1]}_{1}"       # a word ending in d before a plain name


def test_scandinavian_words_for_eigenvalue_statements():
    assert facts_of_line("Begge egenværdier er positive") == ["eig_pos"]
    assert facts_of_line("egenverdiene er positive") == ["eig_pos"]
    assert facts_of_line("Den mindste egenværdi er 0") == ["eig_zero"]
    assert facts_of_line("K er singulær") == ["eig_zero"]
    assert facts_of_line("K er ikke singulær") == ["not:eig_zero"]
    assert facts_of_line("egenværdien er næsten 0") == []


def test_relu_derivative_by_cases_in_danish_and_norwegian():
    assert relu_rule("relu'(z) = 1 hvis z > 0 ellers 0") == "relu:1,0"
    assert relu_rule("den afledte af relu er 1 når z > 0, 0 når z < 0") == "relu:1,0"
    assert relu_rule("relu'(z) = 0 hvis z > 0 ellers 1") == "relu:0,1"


def test_gradient_as_a_word_and_quantities_named_before_their_value():
    assert normalise("grad f(x_1) = [1, 3]") == r"\nabla_\theta f(x_1) = [1, 3]"
    assert normalise("grad_theta f_2 = [x, 1]") == r"\nabla_\theta f_2 = [x, 1]"
    assert normalise("grad = [1, 2]") == r"\nabla_\theta f = [1, 2]"
    assert normalise("grads = [1, 2]") == "grads = [1, 2]"
    notes = NOTES.replace("spor = 111, det = 176", "spor 111, det 2480 - 2304 = 176") + (
        "\nSå `grad f(x_1) = [1, 3, 1, 3, 3, -1, 1]` og `grad f(x_2) = [2, 6, 1, 3, 5, -2, 1]`.\n"
        "\ngrad f(x_2) = [2, 6, 1, 3, 5, 2, 1]\n")
    verdicts, _ = worst_verdicts(notes)
    assert verdicts[_line(notes, "spor 111")] == "correct"
    assert verdicts[_line(notes, "Så `grad")] == "correct"
    assert verdicts[_line(notes, "grad f(x_2) = [2, 6, 1, 3, 5, 2, 1]")] == "wrong"   # ∂f/∂W2_12 = -x = -2
    wrong = notes.replace("spor 111, det 2480 - 2304 = 176", "spor 112, det 2480 - 2304 = 176")
    verdicts, _ = worst_verdicts(wrong)
    assert verdicts[_line(wrong, "spor 112")] == "wrong"


# f: R -> R^2, h = W1 x + b1, f_1 = W2_11 h + b2_1, f_2 = W2_21 h + b2_2 with W1 = 2, b1 = -1, W2 = [1, 3]^T,
# b2 = [0, 1]^T; θ = [W1, b1, W2_11, W2_21, b2_1, b2_2]; h(1) = 1, h(2) = 3.
# ∇f_2 = [W2_21 x, W2_21, 0, h, 0, 1]: at x_1 = 1 (3, 3, 0, 1, 0, 1), at x_2 = 2 (6, 3, 0, 3, 0, 1);
# ∇f_1 at x_1 = (1, 1, 1, 0, 1, 0).
TWO_OUTPUTS = """Givet: `f: R -> R^2`, `f(x) = W2 (W1 x + b1) + b2`, ingen aktivering
`W1 = 2`, `b1 = -1`, `W2 = [1, 3]^T`, `b2 = [0, 1]^T`, x_1 = 1, x_2 = 2

h = W1*x + b1, f_1 = W2_11*h + b2_1, f_2 = W2_21*h + b2_2

theta = [W1, b1, W2_11, W2_21, b2_1, b2_2] -> 6 parametre

grad f_2 = [W2_21*x, W2_21, 0, h, 0, 1]

x_1: [3, 3, 0, 1, 0, 1]
x_2: [6, 3, 0, 3, 0, 1]
"""


def test_datapoint_labels_after_the_gradient_of_one_output_in_words():
    verdicts, report = worst_verdicts(TWO_OUTPUTS)
    assert verdicts[_line(TWO_OUTPUTS, "theta = [")] == "correct"
    assert verdicts[_line(TWO_OUTPUTS, "grad f_2")] == "correct"
    assert verdicts[_line(TWO_OUTPUTS, "x_1: [")] == verdicts[_line(TWO_OUTPUTS, "x_2: [")] == "correct"
    assert report.exit_code == 0
    wrong = TWO_OUTPUTS.replace("x_1: [3, 3, 0, 1, 0, 1]", "x_1: [1, 1, 1, 0, 1, 0]")   # f_1's gradient, not f_2's
    verdicts, _ = worst_verdicts(wrong)
    assert verdicts[_line(wrong, "x_1: [")] == "wrong"


def test_ascii_implication_and_rows_numbered_by_datapoint():
    # det(K - λI) = λ^2 - 111λ + 176 for K = [[31, 48], [48, 80]]
    notes = NOTES + ("\nλ^2 - 111λ + 176 = 0  =>  λ = (111 ± sqrt(11617))/2\n"
                     "\nλ^2 - 111λ + 186 = 0  =>  λ = 1\n"
                     "\nJ (række 1 = x_1, række 2 = x_2):\n")
    verdicts, _ = worst_verdicts(notes)
    assert verdicts[_line(notes, "λ^2 - 111λ + 176")] == "correct"
    assert verdicts[_line(notes, "λ^2 - 111λ + 186")] == "wrong"
    assert _line(notes, "J (række") not in verdicts          # a label of the rows, not a claim x_1 = 1


def test_quantity_named_in_words_before_its_value():
    from symntk.check.plain_words import quantity_run
    grad = r"\nabla_\theta f"
    assert quantity_run([r"\det K", "390", "-", "361", "=", "29"], grad) == [r"\det K", "=", "390", "-", "361", "=",
                                                                             "29"]
    assert quantity_run([r"\operatorname{tr} K", "43,"], grad) == [r"\operatorname{tr} K", "=", "43,"]
    assert quantity_run([grad, "f_2(x_1)", "=", "[1]"], grad) == [r"\nabla_\theta f_2(x_1)", "=", "[1]"]
    assert quantity_run([r"\det K", "of", "K"], grad) == ["of", "K"]


def test_a_quantity_word_ending_a_clause_names_nothing_after_it():
    from symntk.check.prose_runs import math_runs
    runs = math_runs("(111 = spor, 2480 = 31 * 80 og 2304 = 48 * 48)")
    assert not any(r"\operatorname{tr} K" in run for run in runs)
    assert any(r"\operatorname{tr} K = 111" in run for run in math_runs("spor 111, det 176"))
