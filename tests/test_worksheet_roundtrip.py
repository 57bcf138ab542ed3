"""Round trip: every generated notes-style answer key is judged all correct by
``symntk check``; the same key with one injected mistake is flagged at that claim."""

from __future__ import annotations

import re
from fractions import Fraction

import pytest

from symntk.check import check_notes
from symntk.worksheet import WorksheetOptions, generate, notes_key
from symntk.worksheet.problems import problem_toml

from reference import exact_jacobian, flatten

CASES = [
    WorksheetOptions(seed=11, variants=3, activation="identity"),
    WorksheetOptions(seed=12, variants=3, activation="relu"),
    WorksheetOptions(seed=13, variants=2, activation="quadratic", param_range=(-1, 1), x_range=(-1, 2)),
    WorksheetOptions(seed=14, variants=2, activation="relu", widths=(2, 2, 1)),
    WorksheetOptions(seed=15, variants=2, activation="identity", widths=(1, 2, 2)),
    WorksheetOptions(seed=16, variants=2, activation="tanh"),
    WorksheetOptions(seed=17, variants=2, activation="relu", points=3, lang="is"),
]
_TERM = re.compile(r"\[[^\[\]]*\]")


def _ids(o):
    return f"{o.activation}-{'x'.join(map(str, o.widths))}-{o.lang}"


@pytest.fixture(scope="module", params=CASES, ids=_ids)
def keys(request, tmp_path_factory):
    options = request.param
    folder = tmp_path_factory.mktemp("keys")
    out = []
    for v in generate(options):
        notes = folder / f"notes-{v.label}.md"
        notes.write_text(notes_key(v, options), encoding="utf-8")
        problem = folder / f"problem-{v.label}.toml"
        problem.write_text(problem_toml(v, v.problem.title), encoding="utf-8")
        out.append((v, notes, problem))
    return options, out


def _line(text: str, prefix: str) -> int:
    return next(n for n, line in enumerate(text.split("\n"), start=1) if line.startswith(prefix))


@pytest.mark.slow
def test_every_key_is_judged_all_correct(keys):
    _, items = keys
    for v, notes, problem in items:
        for report in (check_notes(notes), check_notes(notes, problem)):
            assert report.problem.weights == v.problem.weights and report.problem.points == v.problem.points
            wrong = [(j.claim.line, j.verdict, j.claim.claimed) for j in report.judgements if j.verdict != "correct"]
            assert wrong == [], notes.read_text()
            kinds = {j.claim.kind for j in report.judgements}
            assert len(report.judgements) >= 10 and len(kinds) >= 4


def _flagged_at(report, line: int) -> None:
    first = report.first_mistake
    assert first is not None and first.claim.line == line and first.verdict == "wrong" and not first.carried
    assert report.exit_code == 1


@pytest.mark.slow
def test_a_wrong_gradient_is_flagged_at_that_claim(keys, tmp_path):
    _, items = keys
    for v, notes, _ in items:
        text = notes.read_text(encoding="utf-8")
        P = v.solution.network.parameter_count
        prefix = rf"$$\frac{{\partial f{'_{' + str(v.problem.widths[-1]) + '}' if v.problem.widths[-1] > 1 else ''}}}"
        prefix += rf"{{\partial \theta_{{{P}}}}} = "
        line = _line(text, prefix)
        lines = text.split("\n")
        assert lines[line - 1] == prefix + "1$$"     # the output bias: ∂f/∂b^{[L]} = 1
        lines[line - 1] = prefix + "0$$"             # the notes' own slip
        bad = tmp_path / f"bad-gradient-{v.label}.md"
        bad.write_text("\n".join(lines), encoding="utf-8")
        _flagged_at(check_notes(bad), line)


@pytest.mark.slow
def test_a_wrong_term_of_a_kernel_sum_is_flagged_at_that_claim(keys, tmp_path):
    options, items = keys
    for v, notes, _ in items:
        p = v.problem
        theta = flatten([[[Fraction(str(c)) for c in W.row(r)] for r in range(W.rows)] for W in p.weights],
                        [[[Fraction(str(c)) for c in b.row(r)] for r in range(b.rows)] for b in p.biases])
        if options.activation == "tanh":
            J = [[float(c) for c in row] for row in v.solution.jacobian_numeric.tolist()]
        else:
            J = exact_jacobian(theta, list(p.widths), list(p.activations), [[Fraction(str(c)) for c in x]
                                                                             for x in p.points])
        text = notes.read_text(encoding="utf-8")
        line = _line(text, "$$K_{1,2} = [")
        k = next(k for k in range(len(J[0])) if abs(J[0][k] * J[1][k]) > 1e-9)
        lines = text.split("\n")
        terms = list(_TERM.finditer(lines[line - 1]))
        target = terms[k]
        lines[line - 1] = lines[line - 1][:target.start()] + r"[0 \cdot 0]" + lines[line - 1][target.end():]
        bad = tmp_path / f"bad-term-{v.label}.md"
        bad.write_text("\n".join(lines), encoding="utf-8")
        _flagged_at(check_notes(bad), line)
