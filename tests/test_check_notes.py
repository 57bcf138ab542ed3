"""The checker on the notes' own calculation, claim by claim.

Every expectation is computed here independently of symntk:

* the true gradient at x is (x, 0, 1, 0, x, x + 1, 1): sympy.diff of f written out by hand below,
  and tests/reference.py's Fraction backprop at x = 1, 2;
* the learner's own gradients (W211 x, W212 x, W211, W212, b111, b121, 0) evaluated in Fractions give
  rows (1, 0, 1, 0, 0, 1, 0) and (2, 0, 1, 0, 0, 1, 0), so their K = [[3, 4], [4, 6]]: the notes' K entries
  follow from their own gradients (carried), not from the truth (K = [[8, 12], [12, 19]]);
* the eigenvalues of [[3, 4], [4, 6]] are (9 ∓ √73)/2 = 0.2279981…, 8.7720018…: 0.22799 is the first
  one cut after five decimals, 8.77200 the second rounded; the true ones are (27 ∓ √697)/2.
"""

import json
from decimal import Decimal, getcontext
from fractions import Fraction

import pytest
import sympy

from symntk.check import check_notes
from symntk.cli import main

from conftest import ROOT
from reference import exact_jacobian, gram

SEED = ROOT / "examples" / "notes.md"
W1, B1, W2, B2 = [[1], [1]], [[0], [1]], [[1, 0]], [[0]]
THETA = [1, 1, 0, 1, 1, 0, 0]


def _independent():
    w111, w121, b11, b12, w211, w212, b21, x = sympy.symbols("w111 w121 b11 b12 w211 w212 b21 x")
    f = w211 * (w111 * x + b11) + w212 * (w121 * x + b12) + b21
    params = [w111, w121, b11, b12, w211, w212, b21]
    values = dict(zip(params, THETA))
    true_grads = [sympy.diff(f, p) for p in params]
    learner = [w211 * x, w212 * x, w211, w212, b11, b12, sympy.Integer(0)]
    J_true = exact_jacobian(THETA, [1, 2, 1], ["identity"], [[1], [2]])
    J_own = [[Fraction(str(g.subs(values).subs(x, xi))) for g in learner] for xi in (1, 2)]
    return f, params, true_grads, learner, J_true, J_own


def test_independent_facts_behind_the_verdicts():
    f, params, true_grads, learner, J_true, J_own = _independent()
    x = sympy.Symbol("x")
    values = dict(zip(params, THETA))
    assert [g.subs(values) for g in true_grads] == [x, 0, 1, 0, x, x + 1, 1]
    assert gram(J_true) == [[8, 12], [12, 19]]
    assert gram(J_own) == [[3, 4], [4, 6]]
    wrong = [k + 1 for k, (a, b) in enumerate(zip(learner, true_grads)) if sympy.expand(a - b) != 0]
    assert wrong == [5, 6, 7]
    getcontext().prec = 40
    root = Decimal(73).sqrt()
    low, high = (9 - root) / 2, (9 + root) / 2
    assert str(low)[:7] == "0.22799" and round(low, 5) == Decimal("0.22800")  # cut, not rounded
    assert round(high, 5) == Decimal("8.77200")
    true_low = (27 - Decimal(697).sqrt()) / 2
    assert abs(true_low - Decimal("0.22799")) > Decimal("0.05")


# (line in examples/notes.md, kind, verdict, carried, a feedback code it must carry): every member of a chain is
# one judgement, so a written kernel sum and its total are two claims about the same entry
PINNED = [
    (28, "expansion", "correct", False, None),
    (34, "theta", "correct", False, None),
    (38, "theta", "correct", False, None),
    (38, "parameter_count", "correct", False, None),  # "θ er 7 stakka vektor": the count said in words
    (42, "parameter_count", "correct", False, None),
    (46, "gradient", "correct", False, None),
    (48, "gradient", "correct", False, None),
    (50, "gradient", "correct", False, None),
    (52, "gradient", "correct", False, None),
    (54, "gradient", "wrong", False, "missing_input_term"),
    (56, "gradient", "wrong", False, "missing_input_term"),
    (58, "gradient", "wrong", False, "bias_zero"),
    (62, "kernel_entry", "wrong", True, "carried"),
    (62, "kernel_entry", "wrong", True, "carried"),
    (64, "kernel_entry", "wrong", True, "carried"),
    (66, "kernel_entry", "wrong", True, "carried"),
    (66, "kernel_entry", "wrong", True, "carried"),
    (68, "kernel_entry", "wrong", True, "carried"),
    (68, "kernel_entry", "wrong", True, "carried"),
    (72, "kernel_matrix", "wrong", True, "carried"),
    (76, "eigenvalues", "wrong", True, "carried"),
]
SUMMARY = {"correct": 9, "wrong": 12, "carried": 9, "unreadable": 0}


def test_notes_verdicts_pinned():
    report = check_notes(SEED)
    got = [(j.claim.line, j.claim.kind, j.verdict, j.carried, [f.code for f in j.feedback])
           for j in report.judgements]
    assert [g[:4] for g in got] == [p[:4] for p in PINNED]
    for g, p in zip(got, PINNED):  # PINNED names the feedback code a claim must carry, or None for no pin
        assert p[4] is None or p[4] in g[4], (g, p)
    assert report.first_mistake.claim.line == 54
    eigen = report.judgements[-1].feedback
    assert [f.params["written"] for f in eigen if f.code == "precision"] == ["0.22799"]  # cut; 8.77200 is rounded
    assert report.summary == SUMMARY


def test_expected_values_in_notes_notation():
    report = check_notes(SEED)
    by_line = {j.claim.line: j for j in report.judgements}
    assert by_line[54].expected == r"W_{1,1}^{[1]} x + b_{1,1}^{[1]}"
    assert by_line[56].expected == r"W_{2,1}^{[1]} x + b_{2,1}^{[1]}"
    assert by_line[58].expected == "1"
    assert by_line[62].expected == "12"
    assert by_line[72].expected == r"\begin{bmatrix} 8 & 12 \\ 12 & 19 \end{bmatrix}"
    assert r"\sqrt{697}" in by_line[76].expected


def test_problem_read_from_notes_matches_the_exercise():
    report = check_notes(SEED)
    p = report.problem
    assert p.widths == (1, 2, 1) and p.activations == ("identity",)
    assert [list(W) for W in p.weights] == [[1, 1], [1, 0]]
    assert [list(b) for b in p.biases] == [[0, 1], [0]]
    assert p.points == ((1,), (2,))


@pytest.mark.parametrize("lang", ["en", "is"])
def test_json_report_shape_and_exit_code(capsys, lang):
    assert main(["check", str(SEED), "--format", "json", "--lang", lang]) == 1
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"problem", "claims", "context", "summary"}
    keys = {"id", "line", "kind", "target", "claimed", "expected", "verdict", "carried", "feedback"}
    assert all(keys <= set(c) for c in data["claims"])
    assert data["summary"] == SUMMARY
    theta5 = next(c for c in data["claims"] if c["line"] == 54)
    assert theta5["claimed"] == "b_{1,1}^{[1]}" and theta5["verdict"] == "wrong" and not theta5["carried"]
    assert "W_{11}^{[1]} x" in theta5["feedback"]
    assert data["problem"]["widths"] == [1, 2, 1]


def test_the_seed_file_itself_gives_the_same_verdicts():
    """examples/notes-original.txt is the learner's file exactly as handed in (notes.md adds prose)."""
    report = check_notes(ROOT / "examples" / "notes-original.txt")
    assert [(j.claim.kind, j.verdict, j.carried) for j in report.judgements] == [p[1:4] for p in PINNED]


def test_shipped_report_example_is_current(tmp_path):
    out = tmp_path / "r.json"
    assert main(["check", str(SEED), "--format", "json", "--out", str(out)]) == 1
    shipped = json.loads((ROOT / "examples" / "notes-report.json").read_text())
    fresh = json.loads(out.read_text())
    fresh["problem"]["source"] = shipped["problem"]["source"]
    assert fresh == shipped


@pytest.mark.parametrize("lang, first, carried", [("en", "First real mistake: line 54", "carried forward"),
                                                  ("is", "Fyrsta raunverulega villan: lína 54", "borið áfram")])
def test_terminal_report_names_the_first_real_mistake(capsys, lang, first, carried):
    assert main(["check", str(SEED), "--lang", lang]) == 1
    out = capsys.readouterr().out
    assert first in out and carried in out and "W⁽¹⁾₁₁·x" in out
    assert out.index(first) < out.index("line  28" if lang == "en" else "lína  28")
