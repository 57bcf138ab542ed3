"""A pasted MATLAB/Octave session, and MATLAB's notation in plain text, read as claims (invented notes).

Expected verdicts are worked out by hand and checked with NumPy. LINEAR: f(x) = W2 (W1 x + b1) + b2 with W1 = 3,
b1 = 1, W2 = 2, b2 = 0, θ = (W1, b1, W2, b2), datapoints 1 and 2: ∇f(x) = (2x, 2, 3x + 1, 1), so
∇f(1) = (2, 2, 4, 1), ∇f(2) = (4, 2, 7, 1); K = [25 41; 41 70]; tr K = 95, det K = 1750 − 1681 = 69,
λ = (95 ± √8749)/2 ≈ 0.73195535, 94.26804465 (format short: 0.7320, 94.2680). With K_22 = 71 instead (a slip):
λ ≈ 0.98936291, 95.01063709.
"""

import pytest
from check_helpers import NETWORK_HEAD, problem
from check_helpers import verdicts as _verdicts

from symntk.check import check_text
from symntk.check.octave import is_session, literal, session_claims
from symntk.check.source import segments

LINEAR = problem([1, 1, 1], "identity", [1, 2], W1=3, b1=1, W2=2, b2=0)
HEAD = NETWORK_HEAD


def _check(tmp_path, body: str):
    """Verdicts by line of ``body`` (its first line is 1) and the line of the first mistake (0: none)."""
    found, first = _verdicts(tmp_path, LINEAR, HEAD + body)
    return {line - 2: v for line, v in found.items()}, max(first - 2, 0)


SESSION = """```matlab
>> J = [2 2 4 1; 4 2 7 1];
>> K = J*J'
K =

   25   41
   41   70

>> eig(K)
ans =

    0.7320
   94.2680

```
"""


def test_a_session_reads_the_typed_jacobian_the_printed_kernel_and_each_eigenvalue_on_its_row(tmp_path):
    verdicts, first = _check(tmp_path, SESSION)
    assert verdicts[2] == ["correct"]    # >> J = [...]; (the learner's own record, though its echo is suppressed)
    assert verdicts[4] == ["correct"]    # K = on its NAME = line
    assert verdicts[12] == ["correct"]   # 0.7320 is 0.73195535 rounded to 4 decimals
    assert verdicts[13] == ["correct"]
    assert first == 0


def test_a_slip_in_the_typed_jacobian_is_wrong_and_what_octave_printed_from_it_is_carried(tmp_path):
    notes = SESSION.replace("4 2 7 1]", "4 2 7 2]").replace("   25   41\n   41   70", "   25   42\n   42   73")
    notes = notes.replace("0.7320", "0.6265").replace("94.2680", "97.3735")   # λ of [25 42; 42 73]
    verdicts, first = _check(tmp_path, notes)
    assert verdicts[2] == ["wrong"]
    assert first == 2
    assert verdicts[4] == ["carried"]
    assert verdicts[12] == ["carried"] and verdicts[13] == ["carried"]


@pytest.mark.parametrize("printed, line, expected", [
    ("ans =\n\n   0.7319\n  94.2680\n", 6, ["correct", "correct"]),      # truncated to 4 decimals is also right
    ("ans =\n\n   0.7420\n  94.2680\n", 6, ["wrong", "correct"]),
    ("ans =\n\n   1.0e+01 *\n\n   0.0732\n   9.4268\n", 8, ["correct", "correct"]),   # a common factor
])
def test_eigenvalues_printed_in_a_column_are_approximations_at_their_printed_precision(tmp_path, printed, line,
                                                                                         expected):
    notes = f"```\n>> K = [25 41; 41 70];\n>> eig(K)\n{printed}\n```\n"
    verdicts, _ = _check(tmp_path, notes)
    assert verdicts[line] + verdicts[line + 1] == expected


def test_octave_prints_a_row_result_and_a_scalar_on_the_name_line(tmp_path):
    notes = "```octave\n>> K = [25 41; 41 70];\n>> eig(K)'\nans =\n\n    0.7320   94.2680\n\n" \
            ">> trace(K)\nans = 95\n>> det(K)\nans = 69.000\n>> e = eig(K)\ne =\n\n   0.7320\n  94.2680\n```\n"
    verdicts, first = _check(tmp_path, notes)
    assert verdicts[6] == ["correct", "correct"]
    assert verdicts[9] == ["correct"]
    assert verdicts[11] == ["correct"]
    assert verdicts[15] == ["correct"] and verdicts[16] == ["correct"]
    assert first == 0


def test_the_diagonal_of_d_from_v_d_eig_holds_the_eigenvalues(tmp_path):
    notes = "```\n>> [V, D] = eig(K)\nV =\n\n  -0.8606   0.5094\n   0.5094   0.8606\n\nD =\n\nDiagonal Matrix\n\n" \
            "   0.7320         0\n        0   94.2680\n\n```\n"
    verdicts, first = _check(tmp_path, notes)
    assert verdicts[12] == ["correct"] and verdicts[13] == ["correct"]
    assert 3 not in verdicts   # V (eigenvectors) is not judged
    assert first == 0


def test_a_wrong_kernel_printed_under_its_name_is_wrong(tmp_path):
    notes = "```\nK =\n\n   25   41\n   41   71\n\n```\n"
    verdicts, first = _check(tmp_path, notes)
    assert verdicts[2] == ["wrong"]
    assert first == 2


def test_the_kernel_of_one_output_is_that_outputs_and_a_cross_product_is_no_claim():
    body = ">> K1 = J1*J1'\nK1 =\n\n   7   10\n  10   15\n\n>> eig(K1)\nans =\n\n   0.2297\n  21.7703\n\n" \
           ">> h = W1*[1;0]\nh =\n\n   1\n   0\n\n>> W1*[0;1]\nans =\n\n   2\n   1\n\n" \
           ">> K = J1*J2'\nK =\n\n   1   2\n   3   4\n"
    assert is_session(body)
    assert [c for _, c, _ in session_claims(body)] == [
        "K^{[1]} = [[7, 10], [10, 15]]", "\\lambda^{[1]} \\approx 0.2297", "\\lambda^{[1]} \\approx 21.7703",
        "W^{[1]} \\cdot [[0], [1]] = [[2], [1]]"]   # arithmetic on a parameter; h (the learner's name) is not read


TWO_OUTPUTS = problem([1, 1, 2], "identity", [1, 2], W1=2, b1=0, W2=[[1], [3]], b2=[0, 0])


def test_per_output_kernels_and_their_eigenvalues_in_a_session(tmp_path):
    # h = 2x; output 1: (x, 1, 2x, 0, 1, 0) → K1 = [7 12; 12 22], λ ≈ 0.3490283, 28.6509717;
    # output 2: (3x, 3, 0, 2x, 0, 1) → K2 = [23 36; 36 62], λ ≈ 1.55796781, 83.44203219.
    notes = "Network $f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$, the kernel of each output.\n\n```matlab\n" \
            ">> J1 = [1 1 2 0 1 0; 2 1 4 0 1 0];\n>> K1 = J1*J1'\nK1 =\n\n    7   12\n   12   22\n\n>> eig(K1)\n" \
            "ans =\n\n    0.3490\n   28.6510\n\n>> K2 = [23 36; 36 61];\n>> eig(K2)\nans =\n\n    1.2937\n" \
            "   82.7063\n\n```\n"
    found, first = _verdicts(tmp_path, TWO_OUTPUTS, notes)
    assert found[4] == ["correct"] and found[6] == ["correct"]
    assert found[14] == ["correct"] and found[15] == ["correct"]
    assert found[17] == ["wrong"] and first == 17   # K2_22 is 62
    assert found[21] == ["carried"] and found[22] == ["carried"]   # eig([23 36; 36 61]) ≈ 1.29374, 82.70626


def test_the_echo_of_a_typed_literal_is_no_second_claim_and_a_gradient_needs_its_point():
    body = ">> g1 = [2 2 4 1]\ng1 =\n\n   2   2   4   1\n\n>> g = [4 2 7 1]\n"
    assert [c for _, c, _ in session_claims(body)] == ["\\nabla_\\theta f(x_{1}) = (2, 2, 4, 1)"]


@pytest.mark.parametrize("text, rows", [
    ("[1 0; 2 1]", (("1", "0"), ("2", "1"))),
    ("[1, 0; 2, 1]", (("1", "0"), ("2", "1"))),
    ("[1; -2]", (("1",), ("-2",))),
    ("[1 -2]'", (("1",), ("-2",))),
    ("[0.5 .25]", (("0.5", "0.25"),)),
    ("[1 2; 3]", None),
    ("[x 1]", None),
    ("zeros(2)", None),
])
def test_matlab_literals(text, rows):
    assert literal(text) == rows


def test_prose_and_program_listings_are_not_sessions():
    assert not is_session("J = [1 2; 3 4];\nK = J*J';\ndisp(K)\n")
    assert not is_session("K = the kernel\n\nwhich is symmetric\n")


def test_a_session_in_an_untagged_fence_is_not_read_twice_as_plain_math():
    text = "```\n>> K = [25 41; 41 70]\nK =\n\n   25   41\n   41   70\n\n```\n"
    assert [s.text for s in segments(text)] == ["K = [[25, 41], [41, 70]]"]


@pytest.mark.parametrize("notes, line, expected", [
    ("Values as given.\n\ntheta = [W1 b1 W2 b2]'\n", 3, ["correct"]),
    ("ok.\n\n$\\nabla f(x_1) = [2 2 4 1]'$\n", 3, ["correct"]),
])
def test_matlab_transpose_after_a_bracket(tmp_path, notes, line, expected):
    verdicts, _ = _check(tmp_path, notes)
    assert verdicts[line] == expected


@pytest.mark.parametrize("line", ["K1: tr 29, $\\lambda = (29 \\pm \\sqrt{801})/2$",
                                  "check: K1 has $\\lambda = (29 \\pm \\sqrt{801})/2$",
                                  "- K_1 is $\\lambda = (29 \\pm \\sqrt{801})/2$"])
def test_a_line_about_one_outputs_kernel_judges_its_eigenvalues_against_that_kernel(tmp_path, line):
    # K1 = [7 12; 12 22]: tr 29, det 154 − 144 = 10, λ = (29 ± √(841 − 40))/2 = (29 ± √801)/2; K2 = [23 36; 36 62]:
    # tr 85, det 1426 − 1296 = 130, λ = (85 ± √(7225 − 520))/2 = (85 ± √6705)/2.
    notes = ("Network $f(x) = W^{[2]}(W^{[1]}x + b^{[1]}) + b^{[2]}$, the kernel of each output.\n\n"
             "$K^{[2]} = [[23, 36], [36, 62]]$\n\n" + line + "\n\n"
             + line.replace("(29", "(85").replace("801", "6705").replace("K1", "K2").replace("K_1", "K_2") + "\n\n"
             + line.replace("K1", "K2").replace("K_1", "K_2") + "\n")
    found, first = _verdicts(tmp_path, TWO_OUTPUTS, notes)
    assert found[5] == ["correct"] and found[7] == ["correct"]
    assert found[9] == ["wrong"] and first == 9   # K1's eigenvalues said of K2


def test_arithmetic_on_the_parameters_in_a_session_is_a_claim_about_their_values(tmp_path):
    # W1 = 3, b1 = 1: W1*2 + b1 = 7; W2*(W1*x1 + b1) is not read (a call-like bracket), W1*2 = 5 is wrong.
    notes = "```\n>> W1*2 + b1\nans = 7\n>> W1*2\nans = 5\n>> W2*(W1*1 + b1)\nans = 8\n```\n"
    verdicts, first = _check(tmp_path, notes)
    assert verdicts[3] == ["correct"]
    assert verdicts[5] == ["wrong"] and first == 5
    assert 7 not in verdicts


@pytest.mark.parametrize("line", ["grad at x(2): [4 2 7 1]", "gradient at x_2: [4 2 7 1]", "grad at x2 [4, 2, 7, 1]"])
def test_a_gradient_named_in_words_at_a_datapoint(tmp_path, line):
    verdicts, _ = _check(tmp_path, line + "\n\n" + line.replace("4 2 7 1", "4 2 8 1").replace("4, 2, 7", "4, 2, 8")
                         + "\n")
    assert verdicts[1] == ["correct"]
    assert verdicts[3] == ["wrong"]


THREE = LINEAR.replace("x = [1, 2]", "x = [0, 1, 2]")


@pytest.mark.parametrize("given", ["x = [0 1 2]", "data: x = [0, 1, 2]"])
def test_the_learners_g_at_a_datapoint_listed_as_one_row_is_the_gradient_there(tmp_path, given):
    # ∇f(x) = (2x, 2, 3x + 1, 1): ∇f(0) = (0, 2, 1, 1), ∇f(1) = (2, 2, 4, 1), ∇f(2) = (4, 2, 7, 1).
    notes = HEAD + given + "\n\ng(0) = [0 2 1 1]\ng(2) = [4 2 7 1]\n\ng(1) = [2 2 5 1]\n"
    found, first = _verdicts(tmp_path, THREE, notes)
    assert found[5] == ["correct"] and found[6] == ["correct"]
    assert found[8] == ["wrong"] and first == 8


def test_row_points_are_one_row_of_distinct_scalars():
    from symntk.check.at_value import row_points

    assert row_points("x = [0 1 2]") == {(0,): 1, (1,): 2, (2,): 3}
    assert row_points("x = [1 2]'") == {}          # a column: one point of two inputs
    assert row_points("x = [1 2], later x = [3 4]") == {}


def test_a_session_pasted_without_a_fence_is_read_and_the_prose_after_it_too(tmp_path):
    notes = ("numbers:\n\n>> g1 = [2 2 4 1]\n>> g2 = [4 2 7 2]\n\nK11 = 25\n\nK =\n    25   41\n   41   70\n\n"
             "so the kernel is symmetric, tr = 95\n")
    verdicts, first = _check(tmp_path, notes)
    assert verdicts[3] == ["correct"]
    assert verdicts[4] == ["wrong"] and first == 4
    assert verdicts[8] == ["correct"]   # the true K, printed under K =
    assert verdicts[12] == ["correct"]


def test_unfenced_runs_stop_at_prose_and_never_enter_math():
    from symntk.check.octave import unfenced_runs

    text = "Intro\n>> K = J*J'\nK =\n\n   8   12\n  12   19\n\nSo K is symmetric.\n$$\nK =\n[8]\n$$\n"
    runs = unfenced_runs(text, [(text.index("$$"), len(text))])
    assert [text[a:b] for a, b in runs] == [">> K = J*J'\nK =\n\n   8   12\n  12   19"]
    assert unfenced_runs("K = [8 12; 12 19] is the kernel\n", []) == []


@pytest.mark.parametrize("line, expected", [
    ("det(K - lambda I) = (25-lambda)(70-lambda) - 1681 = lambda^2 - 95 lambda + 69", ["correct", "correct"]),
    ("det(K - lambda I) = lambda^2 - 95 lambda + 96", ["wrong"]),
    ("lambda = (95 +- sqrt(9025 - 276))/2 = (95 +- sqrt(8749))/2", ["correct", "correct"]),
    ("lambda = (95 +- sqrt(8747))/2", ["wrong"]),
])
def test_the_characteristic_polynomial_and_eigenvalues_typed_in_ascii(tmp_path, line, expected):
    # K = [25 41; 41 70]: det(K − λI) = (25 − λ)(70 − λ) − 41² = λ² − 95λ + 69; λ = (95 ± √(9025 − 276))/2.
    verdicts, _ = _check(tmp_path, "K = [25 41; 41 70]\n\n" + line + "\n")
    assert verdicts[3] == expected


@pytest.mark.parametrize("given", ["W1 = 3     b1 = 1\nW2 = 2     b2 = 0", "W1 = [3]  b1 = [1]  W2 = [2]  b2 = [0]"])
def test_definitions_side_by_side_in_plain_text_are_the_data(tmp_path, given):
    # f = 2(3x + 1): ∇f = (2x, 2, 3x + 1, 1), K_11 at x_1 = 1: 4 + 4 + 16 + 1 = 25 (by hand)
    notes = given + "\n\nx_1 = 1, x_2 = 2\n\n$K_{11} = 25$\n"
    report = check_text(notes, "notes.md")
    entries = [(j.line, j.verdict) for j in report.judgements if j.kind == "kernel_entry"]
    assert entries == [(notes.count("\n"), "correct")]
