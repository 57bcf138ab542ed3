"""Notes in different styles, each with correct and deliberately wrong claims.

Expected verdicts are worked out by hand here (and re-derived with tests/reference.py where numbers are
involved), never taken from symntk:

* notes network, true gradient (x, 0, 1, 0, x, x + 1, 1), K = [[8, 12], [12, 19]], λ = (27 ∓ √697)/2;
* the learner's bias-only gradients give rows (x, 0, 1, 0, 0, 1, 0), so their K_ij = x_i x_j + 2;
* K = [[9, 12], [12, 19]] has trace 28 and determinant 27: λ² − 28λ + 27 = (λ − 1)(λ − 27);
* the tanh net f = v tanh(w x + b) + c at w = v = 1, b = c = 0, x = 1 has gradient (s, s, t, 1) with
  t = tanh 1, s = 1 − t², so K_11 = 2 s² + t² + 1 (checked against central differences).
"""

import csv
import math
from decimal import Decimal, getcontext

import numpy as np
import pytest
from check_helpers import problem as toml_problem

from symntk.check import check_notes
from symntk.cli import main

from conftest import ROOT
from reference import central_jacobian, exact_jacobian, gram

CORPUS = ROOT / "tests" / "check_corpus"


def verdicts(report):
    return [(j.claim.kind, j.verdict, j.carried) for j in report.judgements]


def codes(report):
    return [[f.code for f in j.feedback] for j in report.judgements]


def test_english_index_order_spacing_and_variants_all_correct():
    getcontext().prec = 30
    low = (27 - Decimal(697).sqrt()) / 2
    assert str(round(low, 4)) == "0.2996"  # the decimal written in the notes
    report = check_notes(CORPUS / "english_all_correct.md")
    assert verdicts(report) == [
        ("expansion", "correct", False), ("theta", "correct", False), ("parameter_count", "correct", False),
        ("gradient", "correct", False), ("gradient", "correct", False), ("gradient", "correct", False),
        ("gradient", "correct", False), ("kernel_entry", "correct", False), ("kernel_entry", "correct", False),
        ("kernel_matrix", "correct", False), ("eigenvalues", "correct", False), ("eigenvalues", "correct", False)]
    assert report.exit_code == 0


def test_english_with_a_wrong_term_and_a_sign_slip(tmp_path):
    # K_22 = Σ_k (∂f(2)/∂θ_k)²: true terms [2·2], [0·0], [1·1], [0·0], [2·2], [3·3], [1·1]; the sixth is written [3·2]
    row = exact_jacobian([1, 1, 0, 1, 1, 0, 0], [1, 2, 1], ["identity"], [[2]])[0]
    assert row == [2, 0, 1, 0, 2, 3, 1]
    notes = tmp_path / "n.md"
    notes.write_text((CORPUS / "english_all_correct.md").read_text() + (
        "\n$$\\frac{\\partial f}{\\partial \\theta_3} = -W_{1,1}^{[2]}$$\n\n"
        "$$K_{2,2} = [2 \\cdot 2] + [0 \\cdot 0] + [1 \\cdot 1] + [0 \\cdot 0] + [2 \\cdot 2] + [3 \\cdot 2]"
        " + [1 \\cdot 1] = 16$$\n"))
    report = check_notes(notes)
    # the sign slip, then K_22: the written terms (one wrong) and their total, which adds them up right
    assert verdicts(report)[-3:] == [("gradient", "wrong", False), ("kernel_entry", "wrong", False),
                                     ("kernel_entry", "wrong", True)]
    assert codes(report)[-3][0] == "sign"
    wrong_term = next(f for f in report.judgements[-2].feedback if f.code == "term_wrong")
    assert wrong_term.code == "term_wrong" and wrong_term.params["k"] == 6
    assert report.first_mistake.claim.kind == "gradient" and report.exit_code == 1


def test_icelandic_prose_with_slips():
    assert gram([[1, 0, 1, 0, 1, 2, 1]])[0][0] == 8  # the written terms of K_11 add up to 8, not 9
    report = check_notes(CORPUS / "icelandic_mistakes.md")
    assert verdicts(report) == [
        ("parameter_count", "wrong", False),   # 2+2+2+1 = 7, written 8
        ("gradient", "wrong", False),          # W_{2,1}^{[2]} x: indices swapped
        ("gradient", "correct", False),
        ("kernel_entry", "correct", False),    # the written terms of K_11 are right …
        ("kernel_entry", "wrong", False),      # … their total is not: an arithmetic slip
        ("kernel_matrix", "wrong", True),      # follows from their K_11 = 9
        ("eigenvalues", "wrong", True)]        # 1 and 27 are the eigenvalues of [[9, 12], [12, 19]]
    c = codes(report)
    assert "swapped_indices" in c[1] and "arithmetic" in c[4]
    assert report.first_mistake.claim.line == 15


def test_three_datapoints_carry_forward_and_fresh_mistake():
    points = [[1], [2], [3]]
    own = [[x, 0, 1, 0, 0, 1, 0] for (x,) in points]
    K_own = gram(own)
    assert K_own == [[3, 4, 5], [4, 6, 8], [5, 8, 11]]
    K_true = gram(exact_jacobian([1, 1, 0, 1, 1, 0, 0], [1, 2, 1], ["identity"], points))
    assert K_true[0][2] != 5 and K_true[1][2] != 7 and K_own[1][2] != 7
    report = check_notes(CORPUS / "three_points.md")
    assert verdicts(report) == [
        ("gradient", "correct", False),
        ("gradient", "wrong", False), ("gradient", "wrong", False), ("gradient", "wrong", False),
        ("kernel_entry", "wrong", True),       # K_13 = 5 follows from their gradients
        ("kernel_entry", "wrong", False),      # K_23 = 7 follows from nothing: a new mistake
        ("kernel_matrix", "wrong", True)]      # every entry is their own (K_23 = 8 from their gradients)
    assert report.judgements[5].feedback[0].code == "mismatch"


def _tanh_notes(tmp_path):
    t = math.tanh(1.0)
    s = 1 - t * t
    K11 = 2 * s * s + t * t + 1
    J = central_jacobian([1, 0, 1, 0], [1, 1, 1], ["tanh"], [[1.0]])
    assert np.allclose(J[0], [s, s, t, 1], atol=1e-8)
    assert abs(float(np.dot(J[0], J[0])) - K11) < 1e-7
    rounded = f"{K11:.4f}"
    truncated = str(math.floor(K11 * 1000) / 1000)
    wrong = f"{K11 + 0.01:.4f}"
    text = (CORPUS / "tanh_network.md").read_text()
    text = text.replace("@ROUNDED@", rounded).replace("@TRUNCATED@", truncated).replace("@WRONG@", wrong)
    path = tmp_path / "tanh.md"
    path.write_text(text)
    return path


def test_tanh_network_phi_prime_and_decimals(tmp_path):
    report = check_notes(_tanh_notes(tmp_path))
    assert report.problem.activations == ("tanh",)
    assert verdicts(report) == [
        ("expansion", "correct", False),       # the formula of a network of scalars is f written out
        ("gradient", "correct", False),        # sech² is 1 − tanh²
        ("gradient", "wrong", False),          # φ′ factor missing
        ("gradient", "correct", False),
        ("gradient", "correct", False),
        ("gradient", "correct", False),        # the bias by name, with 1 − tanh²
        ("kernel_entry", "correct", False),    # 4 decimals, rounded
        ("kernel_entry", "correct", False),    # 3 decimals, cut off
        ("kernel_entry", "wrong", False)]
    assert codes(report)[2][0] == "missing_phi_prime"


def test_problem_file_overrides_the_notes(tmp_path):
    notes = tmp_path / "n.md"
    notes.write_text("$$\\frac{\\partial f}{\\partial \\theta_7} = 1$$\n")
    assert main(["check", str(notes)]) == 2           # no problem in the notes
    assert main(["check", str(notes), "--problem", str(ROOT / "examples" / "notes.toml")]) == 0


def test_claims_toml_beside_problem_toml(tmp_path):
    claims = tmp_path / "claims.toml"
    claims.write_text(
        'theta = ["W_{1,1}^{[1]}", "W_{2,1}^{[1]}", "b_{1,1}^{[1]}", "b_{2,1}^{[1]}", "W_{1,1}^{[2]}", '
        '"W_{1,2}^{[2]}", "b_{1,1}^{[2]}"]\n'
        'parameter_count = 7\n'
        'kernel_matrix = [[3, 4], [4, 6]]\n'
        'eigenvalues = ["0.22799", "8.77200"]\n'
        '[gradients]\n5 = "b_{1,1}^{[1]}"\n6 = "b_{2,1}^{[1]}"\n7 = 0\n"W_{1,1}^{[1]}" = "W_{1,1}^{[2]} x"\n'
        '[kernel]\n"1,2" = "[1 \\\\cdot 2] + [0 \\\\cdot 0] + [1 \\\\cdot 1] + [0 \\\\cdot 0] + [0 \\\\cdot 0] + '
        '[1 \\\\cdot 1] + [0] = 4"\n"2,2" = 19\n')
    from symntk.check import check_claims

    report = check_claims(claims, ROOT / "examples" / "notes.toml")
    got = {(j.claim.kind, j.target or j.claim.target): (j.verdict, j.carried) for j in report.judgements}
    assert got[("theta", r"\theta")] == ("correct", False)
    assert got[("parameter_count", "P")] == ("correct", False)
    assert got[("gradient", r"\frac{\partial f}{\partial W_{11}^{[2]}}")] == ("wrong", False)     # θ_5
    assert got[("gradient", r"\frac{\partial f}{\partial b^{[2]}}")] == ("wrong", False)     # θ_7
    assert got[("gradient", r"\frac{\partial f}{\partial W_{11}^{[1]}}")] == ("correct", False)   # θ_1
    assert got[("kernel_entry", "K_{1,2}")] == ("wrong", True)
    assert got[("kernel_entry", "K_{2,2}")] == ("correct", False)
    assert got[("eigenvalues", r"\lambda")] == ("wrong", True)
    assert all(j.claim.line > 0 for j in report.judgements)


def test_batch_folder_writes_gradebook(tmp_path):
    folder = tmp_path / "class"
    folder.mkdir()
    (folder / "anna.md").write_text((CORPUS / "english_all_correct.md").read_text())
    (folder / "bjorn.md").write_text((ROOT / "examples" / "notes.md").read_text())
    (folder / "empty.md").write_text("no math at all\n")
    out = tmp_path / "grades.csv"
    assert main(["check", str(folder), "--out", str(out)]) == 1
    rows = list(csv.reader(out.read_text().splitlines()))
    assert rows[0][:5] == ["file", "correct", "wrong", "carried", "unreadable"]
    by_name = {r[0]: r for r in rows[1:]}
    assert by_name["anna.md"][1:5] == ["12", "0", "0", "0"]
    assert by_name["bjorn.md"][1:7] == ["9", "12", "9", "0", "21", "54"]
    assert by_name["empty.md"][-1].startswith("error:")


@pytest.mark.parametrize("fmt", ["md", "tex", "html"])
def test_feedback_sheets_in_both_languages(tmp_path, fmt):
    for lang, word in (("en", "carried forward"), ("is", "borið áfram")):
        out = tmp_path / f"r.{lang}.{fmt}"
        assert main(["check", str(ROOT / "examples" / "notes.md"), "--format", fmt, "--lang", lang,
                     "--out", str(out)]) == 1
        assert word in out.read_text()


def test_tex_sheet_compiles_without_shell_escape(tmp_path):
    import shutil
    import subprocess

    if shutil.which("pdflatex") is None:
        pytest.skip("pdflatex is not installed")
    out = tmp_path / "sheet.tex"
    assert main(["check", str(ROOT / "examples" / "notes.md"), "--format", "tex", "--lang", "is",
                 "--out", str(out)]) == 1
    run = subprocess.run(["pdflatex", "-no-shell-escape", "-interaction=nonstopmode", "-halt-on-error", out.name],
                         cwd=tmp_path, capture_output=True, text=True, errors="replace", timeout=120)
    assert run.returncode == 0, run.stdout[-2000:]
    assert (tmp_path / "sheet.pdf").stat().st_size > 1000


def test_data_as_a_list_and_labels_are_read(tmp_path):
    notes = tmp_path / "n.md"
    notes.write_text("The data: $x = 1, 2$ with labels $y_1 = 0$.\n\n"
                     "$$y = W^{[2]} (W^{[1]} x + b^{[1]}) + b^{[2]}$$\n"
                     "$$W^{[1]} = [1, 1]^T \\quad b^{[1]} = [0, 1]^T \\quad W^{[2]} = [1, 0] \\quad b^{[2]} = 0$$\n"
                     "$$K_{2,2} = 19$$\n")
    report = check_notes(notes)
    assert report.problem.points == ((1,), (2,)) and verdicts(report) == [("kernel_entry", "correct", False)]


def test_kernel_as_a_function_of_two_points(tmp_path):
    notes = tmp_path / "k.md"
    notes.write_text("$$y = W^{[2]} (W^{[1]} x + b^{[1]}) + b^{[2]}$$\n"
                     "$$W^{[1]} = (1, 1)^T \\quad b^{[1]} = [0, 1]^T \\quad W^{[2]} = [1, 0] \\quad b^{[2]} = 0$$\n"
                     "$$x_1 = 1 \\quad x_2 = 2$$\n$$K(x_1, x_2) = 12$$\n$$K(x_2,x_2) = 18$$\n")
    report = check_notes(notes)  # K_12 = 12 and K_22 = 19 (see the module doc)
    assert verdicts(report) == [("kernel_entry", "correct", False), ("kernel_entry", "wrong", False)]


NOTES_PROBLEM = ("$$y = W^{[2]} (W^{[1]} x + b^{[1]}) + b^{[2]}$$\n"
                 "$$W^{[1]} = [1, 1]^T \\quad b^{[1]} = [0, 1]^T \\quad W^{[2]} = [1, 0] \\quad b^{[2]} = 0$$\n"
                 "$$x_1 = 1 \\quad x_2 = 2$$\n")


def test_gradients_that_follow_the_learners_own_theta_order(tmp_path):
    # θ written output layer first: θ_1 = W_{1,1}^{[2]}, whose true derivative is W_{1,1}^{[1]} x + b_{1,1}^{[1]}
    notes = tmp_path / "t.md"
    notes.write_text(NOTES_PROBLEM + "$$\\theta = [W_{1,1}^{[2]}, W_{1,2}^{[2]}, b_{1,1}^{[2]}, W_{1,1}^{[1]}, "
                     "W_{2,1}^{[1]}, b_{1,1}^{[1]}, b_{2,1}^{[1]}]^T$$\n"
                     "$$\\frac{\\partial f}{\\partial \\theta_1} = W_{1,1}^{[1]} x + b_{1,1}^{[1]}$$\n"
                     "$$\\frac{\\partial f}{\\partial \\theta_2} = W_{1,1}^{[1]} x$$\n")
    report = check_notes(notes)
    assert verdicts(report) == [("theta", "wrong", False), ("gradient", "wrong", True), ("gradient", "wrong", False)]
    assert codes(report)[0][0] == "theta_entry"


def test_gradient_that_follows_the_learners_own_expansion(tmp_path):
    # the expansion drops W_{1,2}^{[2]} b_{2,1}^{[1]}; then ∂f/∂W_{1,2}^{[2]} = W_{2,1}^{[1]} x follows from it
    notes = tmp_path / "e.md"
    notes.write_text(NOTES_PROBLEM + "$$f = W_{1,1}^{[2]} W_{1,1}^{[1]} x + W_{1,2}^{[2]} W_{2,1}^{[1]} x + "
                     "W_{1,1}^{[2]} b_{1,1}^{[1]} + b_{1,1}^{[2]}$$\n"
                     "$$\\frac{\\partial f}{\\partial W_{1,2}^{[2]}} = W_{2,1}^{[1]} x$$\n"
                     "$$\\frac{\\partial f}{\\partial b_{2,1}^{[1]}} = W_{1,2}^{[2]}$$\n")
    report = check_notes(notes)
    assert verdicts(report) == [("expansion", "wrong", False), ("gradient", "wrong", True),
                                ("gradient", "correct", False)]


def test_two_outputs_relu_network_with_a_problem_file(tmp_path):
    problem = tmp_path / "p.toml"
    problem.write_text(toml_problem([2, 2, 2], "relu", [[1, 2], [0, 1]], W1=[[1, -1], [2, 1]], b1=[0, 1],
                                    W2=[[1, 0], [1, 1]], b2=[0, 0]))
    theta = [1, -1, 2, 1, 0, 1, 1, 0, 1, 1, 0, 0]
    K = gram(exact_jacobian(theta, [2, 2, 2], ["relu"], [[1, 2], [0, 1]]))  # rows (point, output), point-major
    notes = tmp_path / "n.md"
    notes.write_text(
        # z_1^{[1]}(x_1) = 1 − 2 + 0 < 0, so relu′ = 0 there: W_{2,1}^{[2]} x_1 misses the φ′ factor
        "$$\\frac{\\partial f_2}{\\partial \\theta_1} = W_{2,1}^{[2]} x_1$$\n"
        f"$$K_{{1,1}} = {K[0][0]}$$\n$$K_{{2,4}} = {K[1][3] + 1}$$\n")
    report = check_notes(notes, problem=problem)
    assert verdicts(report) == [("gradient", "wrong", False), ("kernel_entry", "correct", False),
                                ("kernel_entry", "wrong", False)]
    assert codes(report)[0][0] == "missing_phi_prime"
