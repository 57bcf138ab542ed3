"""Hostile and broken submissions are rejected harmlessly: unreadable claims (with their line) or one
error line and exit code 2; nothing is executed, nothing is written, LaTeX/HTML output stays inert."""

import json

import pytest

from symntk.check import check_notes
from symntk.check.syntax import UnreadableError, parse
from symntk.cli import main

from conftest import ROOT

PROBLEM = str(ROOT / "examples" / "notes.toml")

PAYLOADS = [
    r"\frac{\partial f}{\partial \theta_1} = __import__('os').system('touch PWNED')",
    r"K_{1,1} = eval(\"open('PWNED', 'w')\")",
    r"\input{/etc/passwd}",
    r"\immediate\write18{touch PWNED}",
    r"\write18{rm -rf /}",
    r"K_{1,1} = \def\x{\x}\x",
    r"\frac{\partial f}{\partial \theta_1} = x^{99999999999}",
    r"\frac{\partial f}{\partial \theta_1} = 2^{2^{2^{2^{2}}}}",
    r"K_{1,1} = " + "9" * 500,
    r"\frac{\partial f}{\partial \theta_1} = " + "(" * 200 + "x" + ")" * 200,
    r"\frac{\partial f}{\partial \theta_1} = " + " + ".join(["x"] * 3000),
    r"K_{1,1} = <script>alert(1)</script>",
]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payload_is_unreadable_with_its_line(tmp_path, monkeypatch, payload):
    monkeypatch.chdir(tmp_path)
    notes = tmp_path / "evil.md"
    notes.write_text(f"Some prose.\nimport os; os.system('touch PWNED')\n\n$${payload}$$\n")
    report = check_notes(notes, problem=PROBLEM)
    assert [(j.claim.line, j.verdict) for j in report.judgements] == [(4, "unreadable")]
    assert report.judgements[0].feedback[0].code == "unreadable"
    assert not (tmp_path / "PWNED").exists()


def test_reports_escape_learner_text(tmp_path):
    notes = tmp_path / "evil.md"
    notes.write_text("$$K_{1,1} = <script>alert(1)</script>$$\n\n$$\\write18{touch PWNED} = 1$$\n")
    for fmt in ("html", "tex", "md"):
        out = tmp_path / f"r.{fmt}"
        assert main(["check", str(notes), "--problem", PROBLEM, "--format", fmt, "--out", str(out)]) == 1
        text = out.read_text()
        if fmt == "html":
            # the page has KaTeX's own <script> elements; the learner's never appears unescaped
            assert "<script>alert(1)" not in text and "&lt;script&gt;alert(1)" in text
        if fmt == "tex":
            assert "\\write18" not in text and "\\textbackslash{}write18" in text
        if fmt == "md":
            assert "`K_{1,1} = <script>alert(1)</script>`" in text  # inert inside a code span
    assert not (tmp_path / "PWNED").exists()


def test_grammar_bounds():
    with pytest.raises(UnreadableError, match="exponent"):
        from symntk import derive, notes_problem
        from symntk.check.meaning import Scope, to_sympy

        sol = derive(notes_problem())
        to_sympy(parse("x^{13}").members[0].node, Scope(sol.network, sol.problem.points))
    with pytest.raises(UnreadableError, match="nested"):
        parse("(" * 30 + "x" + ")" * 30)
    with pytest.raises(UnreadableError):
        parse("x" * 5000)


def test_large_power_is_judged_without_expanding(tmp_path):
    notes = tmp_path / "big.md"
    power = "((x + W_{1,1}^{[2]} + b_{1,1}^{[1]} + 1)^{12})^{12}"
    notes.write_text(f"$$\\frac{{\\partial f}}{{\\partial \\theta_1}} = {power}$$\n")
    report = check_notes(notes, problem=PROBLEM)
    assert [j.verdict for j in report.judgements] == ["wrong"]


@pytest.mark.parametrize("content, fragment", [
    (b"\x00\x01binary", "binary"),
    (b"\xff\xfe not utf-8 \xff", "UTF-8"),
    (b"Only prose here, and no math at all.\n", "at least one claim"),
])
def test_unreadable_files_exit_2(tmp_path, capsys, content, fragment):
    path = tmp_path / "bad.md"
    path.write_bytes(content)
    assert main(["check", str(path), "--problem", PROBLEM]) == 2
    err = capsys.readouterr().err
    assert err.startswith("symntk: error: ") and fragment in err and "Traceback" not in err


def test_missing_and_huge_files_exit_2(tmp_path, capsys):
    assert main(["check", str(tmp_path / "nope.md")]) == 2
    huge = tmp_path / "huge.md"
    huge.write_text("$$x_1 = 1$$\n" * 60000)
    assert main(["check", str(huge)]) == 2
    assert "KiB" in capsys.readouterr().err


def test_out_file_not_written_on_error(tmp_path):
    out = tmp_path / "report.json"
    assert main(["check", str(tmp_path / "nope.md"), "--format", "json", "--out", str(out)]) == 2
    assert not out.exists()


def test_unreadable_line_reported_in_json(tmp_path, capsys):
    notes = tmp_path / "n.md"
    notes.write_text("$$\\frac{\\partial f}{\\partial \\theta_7} = 1$$\n\ntext\n\n$$K_{1,1} = \\input{x}$$\n")
    assert main(["check", str(notes), "--problem", PROBLEM, "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert [(c["line"], c["verdict"]) for c in data["claims"]] == [(1, "correct"), (5, "unreadable")]
    assert data["claims"][1]["kind"] == "kernel_entry" and data["summary"]["unreadable"] == 1
