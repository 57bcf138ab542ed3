"""Worksheets in the ntk parameterization and with several outputs: every graded number
(K's upper triangle, the eigenvalues, or the gradient entries) agrees with the independent
references of tests/reference.py (a float backprop, central differences, an exact backprop
in Fractions), and the sheet, the problem file and the notes key say which network it is."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from fractions import Fraction

import numpy as np
import pytest
import sympy

from symntk import load_problem
from symntk.check import check_notes
from symntk.errors import InputError
from symntk.solution import derive
from symntk.worksheet import WorksheetOptions, generate, key_numbers, notes_key, question_bank
from symntk.worksheet.documents import student_sheet
from symntk.worksheet.problems import problem_toml

from reference import backprop_jacobian, central_jacobian, exact_jacobian, flatten, gram


def _theta(variant):
    p = variant.problem
    weights = [[[Fraction(str(v)) for v in W.row(i)] for i in range(W.rows)] for W in map(sympy.Matrix, p.weights)]
    biases = [[[Fraction(str(v))] for v in b] for b in map(sympy.Matrix, p.biases)]
    return flatten(weights, biases)


def _reference(variant, ntk):
    """J by the float backprop (checked against central differences) and K = J Jᵀ."""
    p = variant.problem
    points = [[float(Fraction(str(c))) for c in x] for x in p.points]
    theta = [float(t) for t in _theta(variant)]
    J = backprop_jacobian(theta, p.widths, p.activations, points, ntk=ntk)
    assert np.allclose(J, central_jacobian(theta, p.widths, p.activations, points, ntk=ntk), atol=1e-6)
    return J, J @ J.T


NTK_CASES = [WorksheetOptions(seed=21, variants=2, parameterization="ntk"),
             WorksheetOptions(seed=22, variants=2, activation="relu", widths=(2, 2, 1), parameterization="ntk"),
             WorksheetOptions(seed=23, variants=1, activation="tanh", widths=(1, 3, 1), parameterization="ntk",
                              parts=("gradients", "gradient_values"))]


@pytest.mark.parametrize("options", NTK_CASES, ids=lambda o: f"{o.activation}-{'x'.join(map(str, o.widths))}")
def test_ntk_variants_are_graded_on_the_reference_numbers(options):
    for v in generate(options):
        assert v.problem.parameterization == "ntk"
        J, K = _reference(v, ntk=True)
        eig = np.linalg.eigvalsh(K)
        items = key_numbers(v, options)
        assert items and not all(i.exact for i in items)  # irrational or fractional numbers: graded in decimals
        for item in items:
            value = float(sympy.N(item.value, 30))
            kind, *index = item.key.split("_")
            if kind == "K":
                assert value == pytest.approx(K[int(index[0]) - 1, int(index[1]) - 1], abs=1e-9)
            elif kind == "lambda":
                assert value == pytest.approx(eig[int(index[0]) - 1], abs=1e-9)
            else:
                assert value == pytest.approx(J[int(index[0]) - 1, int(index[1]) - 1], abs=1e-9)
        if options.asks_kernel:
            assert np.min(np.diff(eig)) > 2 * float(options.tolerance) and np.max(np.abs(K)) <= options.max_entry


def test_ntk_sheet_problem_file_and_notes_key_name_the_parameterization(tmp_path):
    options = NTK_CASES[1]
    v = generate(options)[0]
    sheet = student_sheet([v], options, "tex")
    assert "NTK parameterization" in sheet and r"f(x) = \tfrac{1}{\sqrt{2}} W^{[2]} \operatorname{relu}" in sheet
    assert r"\left(\tfrac{1}{\sqrt{2}} W^{[1]} x + b^{[1]}\right)" in sheet
    icelandic = student_sheet([v], WorksheetOptions(**{**options.__dict__, "lang": "is"}), "tex")
    assert "NTK-stikun" in icelandic and "hefðbundinni" not in icelandic
    standard = WorksheetOptions(seed=22, variants=1, activation="relu", widths=(2, 2, 1))
    assert "standard parameterization" in student_sheet(generate(standard), standard, "tex")
    toml = tmp_path / "problem.toml"
    toml.write_text(problem_toml(v, "ntk"), encoding="utf-8")
    assert 'parameterization = "ntk"' in toml.read_text()
    assert derive(load_problem(toml)).kernel == v.solution.kernel
    notes = tmp_path / "notes.md"
    notes.write_text(notes_key(v, options), encoding="utf-8")
    report = check_notes(notes, toml)
    assert report.problem.parameterization == "ntk"
    assert [j.verdict for j in report.judgements if j.verdict != "correct"] == [] and len(report.judgements) >= 10


def test_ntk_moodle_answers_are_the_reference_kernel_to_six_decimals():
    options = NTK_CASES[0]
    variants = generate(options)
    root = ET.fromstring(question_bank(variants, options))
    cloze = [q.find("questiontext/text").text for q in root.iter("question") if q.get("type") == "cloze"]
    assert len(cloze) == len(variants)
    for v, text in zip(variants, cloze):
        _, K = _reference(v, ntk=True)
        fields = [float(x) for x in re.findall(r"\{1:NUMERICAL:=([-0-9.]+):", text)]
        upper = [K[r, c] for r in range(K.shape[0]) for c in range(r, K.shape[1])]
        assert len(fields) == len(upper) + K.shape[0]  # K's upper triangle, then the eigenvalues
        assert fields[:len(upper)] == pytest.approx(upper, abs=5e-7)


def test_two_output_variants_are_graded_on_the_exact_block_kernel():
    options = WorksheetOptions(seed=24, variants=2, widths=(1, 2, 2))
    for v in generate(options):
        p = v.problem
        J = exact_jacobian(_theta(v), p.widths, p.activations, [[Fraction(str(c)) for c in x] for x in p.points])
        K = gram(J)  # (point, output) pairs, point-major: 2 points × 2 outputs
        assert len(K) == 4
        items = {i.key: i.value for i in key_numbers(v, options)}
        for r in range(4):
            for c in range(r, 4):
                assert items[f"K_{r + 1}_{c + 1}"] == sympy.Rational(K[r][c].numerator, K[r][c].denominator)
        lambdas = sorted(float(sympy.N(items[f"lambda_{m}"], 30)) for m in range(1, 5))
        assert lambdas == pytest.approx(np.linalg.eigvalsh(np.array(K, dtype=float)), abs=1e-9)
        assert "f_{1}" in notes_key(v, options) and "f_{2}" in notes_key(v, options)


def test_a_bad_parameterization_is_refused_naming_the_option():
    with pytest.raises(InputError, match="--parameterization"):
        WorksheetOptions(parameterization="mean-field")
